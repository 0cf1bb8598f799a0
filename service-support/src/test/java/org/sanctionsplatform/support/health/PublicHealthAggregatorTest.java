package org.sanctionsplatform.support.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class PublicHealthAggregatorTest {

    @Test
    void aFrameworkIndicatorsErrorAndStackTracesAreReplacedByAPointerToTheLog() {
        HealthIndicator jdbc = () -> Publishers.just(HealthResult.builder("jdbc", HealthStatus.DOWN)
                .exception(new SQLException("syntax error at or near \"selec\"\n  select secret_column from widget")).build());
        HealthIndicator threads = () -> Publishers.just(HealthResult.builder("deadlockedThreads", HealthStatus.DOWN)
                .details(List.of(Map.of("threadName", "outbox-relay", "stackTrace", "at org.example.Relay.run(Relay.java:42)")))
                .build());
        HealthIndicator disk = () -> Publishers.just(HealthResult.builder("diskSpace", HealthStatus.UP)
                .details(Map.of("free", 1000L)).build());

        HealthResult result = Mono.from(new PublicHealthAggregator(new ApplicationConfiguration())
                .aggregate(new HealthIndicator[] {jdbc, threads, disk}, HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS)).block();

        assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
        String answer = String.valueOf(rendered(result.getDetails()));
        assertThat(answer).doesNotContain("SQLException").doesNotContain("secret_column").doesNotContain("selec")
                .doesNotContain("Relay.java").contains(PublicHealthAggregator.SEE_THE_LOG)
                .contains("outbox-relay").contains("free=1000");
    }

    /** The details as the endpoint serializes them: each indicator's result as its status and details. */
    private static Object rendered(Object details) {
        if (details instanceof HealthResult r) {
            return Map.of("status", r.getStatus().getName(), "details", String.valueOf(rendered(r.getDetails())));
        }
        if (details instanceof Map<?, ?> map) {
            return map.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()), e -> rendered(e.getValue())));
        }
        return details;
    }

    @Test
    void aPublicReasonIsTheFirstLineOfTheDeepestMessageNeverAStackTrace() {
        Exception failure = new IllegalStateException("cannot publish the batch",
                new SQLException("ERROR: relation \"outbox_relay_lock\" does not exist\n  Position: 16"));

        assertThat(PublicReason.of(failure)).isEqualTo("ERROR: relation \"outbox_relay_lock\" does not exist");
        assertThat(PublicReason.of(new StackOverflowError())).isEqualTo("StackOverflowError");
        assertThat(PublicReason.of(new IllegalStateException("x".repeat(500)))).hasSize(PublicReason.MAX_LENGTH);
    }
}
