package org.sanctionsplatform.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.config.AbstractKafkaConsumerConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Adds {@link ConsumerLagReporter} to the configuration of every consumer micronaut-kafka builds (the listeners'), next
 * to any reporter the configuration names, with this context's registry.
 */
@Singleton
public class KafkaClientsMetrics implements BeanCreatedEventListener<AbstractKafkaConsumerConfiguration<?, ?>> {

    private final MeterRegistry registry;

    public KafkaClientsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public AbstractKafkaConsumerConfiguration<?, ?> onCreated(BeanCreatedEvent<AbstractKafkaConsumerConfiguration<?, ?>> event) {
        Properties config = event.getBean().getConfig();
        List<String> reporters = new ArrayList<>();
        Object configured = config.get(CommonClientConfigs.METRIC_REPORTER_CLASSES_CONFIG);
        if (configured instanceof String names && !names.isBlank()) {
            for (String name : names.split(",")) {
                reporters.add(name.trim());
            }
        } else if (configured instanceof List<?> list) {
            list.forEach(r -> reporters.add(r instanceof Class<?> c ? c.getName() : String.valueOf(r)));
        }
        if (!reporters.contains(ConsumerLagReporter.class.getName())) {
            reporters.add(ConsumerLagReporter.class.getName());
        }
        config.put(CommonClientConfigs.METRIC_REPORTER_CLASSES_CONFIG, String.join(",", reporters));
        config.put(ConsumerLagReporter.REGISTRY, registry);
        return event.getBean();
    }
}
