package org.sanctionsplatform.support.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Every meter of a service carries the tag {@code service} (its {@code micronaut.application.name}), so one Prometheus
 * query can compare the four services, and the launcher's four contexts (one registry each) stay apart.
 */
@Factory
public class MetricsSetup {

    /** The common tag naming the service on every meter. */
    public static final String SERVICE_TAG = "service";

    @Bean
    @Singleton
    MeterFilter serviceTag(@Value("${micronaut.application.name:service}") String application) {
        return MeterFilter.commonTags(java.util.List.of(io.micrometer.core.instrument.Tag.of(SERVICE_TAG, application)));
    }
}
