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

/**
 * A background loop that keeps failing must not fail silently: once the outbox relay has failed for longer than
 * {@code sep.loops.unhealthy-after}, readiness turns DOWN naming the loop and its last error (never a stack trace),
 * and it turns UP again once a round succeeds.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopHealthTest implements TestPropertyProvider {

    private CaseEventsTraffic database;

    @Inject
    @Client("/")
    HttpClient http;

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
                "sep.loops.max-backoff", "200ms"));
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void aRelayFailingLongerThanTheLimitTurnsReadinessDownNamingItAndUpAgainOnceARoundSucceeds() {
        await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);

        database.execute("alter table outbox_relay_lock rename to outbox_relay_lock_gone");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 503);
            HealthProbe readiness = HealthProbe.get(http, "/health/readiness");
            assertThat(readiness.indicator("backgroundLoops")).as(readiness.text()).containsEntry("status", "DOWN");
            Map<String, Object> loops = readiness.indicatorDetails("backgroundLoops");
            assertThat(loops).containsKey("outbox-relay");
            assertThat(loops.get("outbox-relay").toString()).contains("FAILING").contains("outbox_relay_lock");
            assertThat(readiness.text()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("select ");
            assertThat(HealthProbe.get(http, "/health").status()).isEqualTo(503);
        } finally {
            database.execute("alter table outbox_relay_lock_gone rename to outbox_relay_lock");
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);
        assertThat(HealthProbe.get(http, "/health/readiness").indicator("backgroundLoops")).containsEntry("status", "UP");
    }
}
