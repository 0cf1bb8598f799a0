package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/** A listener whose consumer has stopped no longer processes anything: the service must say so on its health. */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoppedConsumerHealthTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsumerRegistry consumers;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("stopped"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @Test
    void aListenerWhoseConsumerHasStoppedTurnsHealthAndReadinessDown() {
        await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);
        String caseEvents = consumers.getConsumerIds().stream()
                .filter(id -> consumers.getConsumerSubscription(id).contains(Topics.CASE_EVENTS.name()))
                .findFirst().orElseThrow();

        // Ends the consumer's poll loop the way a shutdown does: the consumer closes and its thread returns. An Error
        // escaping a listener ends it too, but micronaut-kafka 5.9 then never completes its own close (its issue #995).
        consumers.getConsumer(caseEvents).wakeup();

        await().atMost(Duration.ofSeconds(30)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 503);
        HealthProbe readiness = HealthProbe.get(http, "/health/readiness");
        assertThat(readiness.body()).containsEntry("status", "DOWN");
        assertThat(readiness.indicator("kafkaConsumers")).as(readiness.text()).containsEntry("status", "DOWN");
        @SuppressWarnings("unchecked")
        Map<String, Object> listeners = (Map<String, Object>) readiness.indicatorDetails("kafkaConsumers").get("listeners");
        assertThat(listeners).containsKey(caseEvents);
        assertThat(listeners.get(caseEvents).toString()).contains("STOPPED").contains(Topics.CASE_EVENTS.name());
        assertThat(readiness.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.apache");

        HealthProbe health = HealthProbe.get(http, "/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.indicator("kafkaConsumers")).containsEntry("status", "DOWN");
    }
}
