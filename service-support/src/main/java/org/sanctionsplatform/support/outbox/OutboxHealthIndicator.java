package org.sanctionsplatform.support.outbox;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The outbox on the readiness answer, as information only: it is always UP, because the outbox exists so that the
 * service keeps taking writes while Kafka is away (issue 11.4). Its details (for operators) say how many events wait
 * to be published and how long the oldest has waited; the alert on that age is Prometheus's
 * ({@code sep_outbox_oldest_age_seconds}). A database that does not answer is the data source indicator's to report.
 */
@Singleton
@Readiness
public class OutboxHealthIndicator implements HealthIndicator {

    static final String NAME = "outbox";

    private final OutboxMeters outbox;

    public OutboxHealthIndicator(OutboxMeters outbox) {
        this.outbox = outbox;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            OutboxMeters.Reading reading = outbox.read();
            details.put("pending", reading.pending());
            details.put("oldestPendingAgeSeconds", reading.oldestAgeSeconds());
        } catch (RuntimeException e) { // the database: reported by its own indicator; this one stays informative
            details.put("pending", "unknown (the database did not answer)");
        }
        return Publishers.just(HealthResult.builder(NAME, HealthStatus.UP).details(details).build());
    }
}
