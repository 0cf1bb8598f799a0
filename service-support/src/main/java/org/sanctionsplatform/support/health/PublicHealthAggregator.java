package org.sanctionsplatform.support.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Health answers are read by anyone who can reach a probe, so they never carry what only the log should: Micronaut's
 * own indicators put a failure's class and message under {@code error} (a JDBC failure's message may quote SQL) and
 * the deadlocked-threads indicator adds each thread's {@code stackTrace}. Those are replaced by a pointer to the log
 * (where Micronaut logs them in full) and removed; statuses and every other detail are kept.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
public class PublicHealthAggregator extends DefaultHealthAggregator {

    static final String SEE_THE_LOG = "failed; the cause is in the service's log";

    public PublicHealthAggregator(ApplicationConfiguration applicationConfiguration) {
        super(applicationConfiguration);
    }

    @Override
    protected Object aggregateDetails(List<HealthResult> results) {
        return super.aggregateDetails(results.stream().map(PublicHealthAggregator::withoutInternals).toList());
    }

    static HealthResult withoutInternals(HealthResult result) {
        return HealthResult.builder(result.getName(), result.getStatus()).details(clean(result.getDetails())).build();
    }

    private static Object clean(Object details) {
        if (details instanceof Map<?, ?> map) {
            Map<Object, Object> kept = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                if ("error".equals(key)) {
                    kept.put(key, SEE_THE_LOG);
                } else if (!"stackTrace".equals(key)) {
                    kept.put(key, clean(value));
                }
            });
            return kept;
        }
        if (details instanceof Collection<?> items) {
            return items.stream().map(PublicHealthAggregator::clean).toList();
        }
        return details;
    }
}
