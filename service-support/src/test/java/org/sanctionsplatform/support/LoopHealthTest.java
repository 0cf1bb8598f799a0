package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.support.testapp.FlakyLoop;

/**
 * A background loop that keeps failing must not fail silently, but only a loop the service cannot serve without turns
 * readiness DOWN. A readiness-critical loop (the deadline timer sweep; here a test loop) failing for longer than
 * {@code sep.loops.unhealthy-after} turns readiness DOWN naming it and its last error (never a stack trace), and UP
 * again once a round succeeds. The outbox relay failing as long (Kafka or its lock away) keeps the service ready
 * (issue 11.4: the outbox holds the writes), and says so in the health details and on the metrics.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopHealthTest implements TestPropertyProvider {

    private CaseEventsTraffic database;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    FlakyLoop flaky;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        String jdbcUrl = pg.createDatabase("loops");
        database = new CaseEventsTraffic(jdbcUrl);
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "sep.loops.unhealthy-after", "1s",
                "sep.loops.max-backoff", "200ms",
                "support-test.flaky-loop", "true"));
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void aCriticalLoopFailingLongerThanTheLimitTurnsReadinessDownNamingItAndUpAgainOnceARoundSucceeds() {
        await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);

        flaky.fail(true);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 503);
            HealthProbe readiness = HealthProbe.get(http, "/health/readiness");
            assertThat(readiness.indicator("backgroundLoops")).as(readiness.text()).containsEntry("status", "DOWN");
            Map<String, Object> loops = readiness.indicatorDetails("backgroundLoops");
            assertThat(loops.get(FlakyLoop.NAME).toString()).contains("FAILING").contains("store is away");
            assertThat(readiness.text()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(HealthProbe.get(http, "/health").status()).isEqualTo(503);
        } finally {
            flaky.fail(false);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);
        assertThat(HealthProbe.get(http, "/health/readiness").indicator("backgroundLoops")).containsEntry("status", "UP");
    }

    @Test
    void theOutboxRelayFailingLongerThanTheLimitKeepsTheServiceReadyAndIsReportedInTheDetails() {
        await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);

        database.execute("alter table outbox_relay_lock rename to outbox_relay_lock_gone");
        try {
            // failing for longer than the limit (1 s): several failed rounds, the first more than a second ago
            await().atMost(Duration.ofSeconds(60)).until(() -> failedRounds(HealthProbe.get(http, "/health/readiness")) >= 8);
            HealthProbe readiness = HealthProbe.get(http, "/health/readiness");
            assertThat(readiness.status()).as(readiness.text()).isEqualTo(200);
            assertThat(readiness.indicator("backgroundLoops")).containsEntry("status", "UP");
            assertThat(readiness.indicatorDetails("backgroundLoops").get("outbox-relay").toString())
                    .contains("FAILING").contains("outbox_relay_lock");
            assertThat(readiness.indicator("outbox")).containsEntry("status", "UP");
            assertThat(readiness.indicatorDetails("outbox")).containsKeys("pending", "oldestPendingAgeSeconds");
            assertThat(readiness.text()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("select ");
        } finally {
            database.execute("alter table outbox_relay_lock_gone rename to outbox_relay_lock");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !HealthProbe.get(http, "/health/readiness")
                .indicatorDetails("backgroundLoops").getOrDefault("outbox-relay", "").toString().contains("FAILING"));
    }

    /** How many rounds in a row the relay has failed, as the readiness details say (0 when it is not failing). */
    static long failedRounds(HealthProbe readiness) {
        return readiness.indicatorDetails("backgroundLoops").get("outbox-relay") instanceof Map<?, ?> relay
                && relay.get("failedRounds") instanceof Number n ? n.longValue() : 0;
    }
}
