package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.EmbeddedKafkaBroker;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * Every Kafka client of a service (the topic creation's admin client, the event producer of the outbox relay and the
 * dead letters, the listeners' consumers) takes the same {@code kafka.*} security settings, with no service code for
 * it: against a broker that requires SCRAM sign-in, a service with the right credentials starts, publishes through its
 * outbox and consumes what it published; with a wrong password it refuses to start and says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaslBrokerTest {

    private EmbeddedKafkaBroker broker;

    @BeforeAll
    void startBroker() {
        broker = EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Config.defaults().scramUser("support-svc", "right-password"));
    }

    @AfterAll
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void withTheRightCredentialsTheServicePublishesThroughItsOutboxAndConsumesItsEvents() {
        String jdbcUrl = PostgresFixture.shared().createDatabase("sasl");
        CaseEventsTraffic traffic = new CaseEventsTraffic(jdbcUrl);
        try (ApplicationContext context = ApplicationContext.run(properties(jdbcUrl, "right-password"), "support-test");
             HttpClient http = HttpClient.create(context.getBean(EmbeddedServer.class).start().getURL())) {
            // a widget's row and its event commit together; the relay publishes it over SASL, the listener (SASL too)
            // consumes it back
            String id = http.toBlocking().retrieve(HttpRequest.POST("/widgets", Map.of("name", "signed-in widget",
                    "amount", 1)).bearerAuth(LocalIdentityProvider.shared().token("CASE_OFFICER")));

            await().atMost(Duration.ofSeconds(60)).until(() -> traffic.seen(id) == 1);
            assertThat(traffic.count("select count(*) from outbox_event where sent_at is null")).isZero();
        } finally {
            traffic.close();
        }
    }

    @Test
    void withAWrongPasswordTheServiceDoesNotStartAndSaysAuthenticationFailed() {
        String jdbcUrl = PostgresFixture.shared().createDatabase("sasl_wrong");

        assertThatThrownBy(() -> ApplicationContext.run(properties(jdbcUrl, "wrong-password"), "support-test").close())
                .rootCause().hasMessageContaining("Authentication failed");
    }

    private Map<String, Object> properties(String jdbcUrl, String password) {
        PostgresFixture pg = PostgresFixture.shared();
        Map<String, Object> p = new HashMap<>();
        p.put("kafka.bootstrap.servers", broker.saslBootstrapServers());
        p.put("kafka.security.protocol", "SASL_PLAINTEXT");
        p.put("kafka.sasl.mechanism", EmbeddedKafkaBroker.SCRAM_MECHANISM);
        p.put("kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"support-svc\" password=\"" + password + "\";");
        p.put("datasources.default.url", jdbcUrl);
        p.put("datasources.default.username", pg.username());
        p.put("datasources.default.password", pg.password());
        p.put("micronaut.server.port", -1);
        p.putAll(LocalIdentityProvider.shared().serviceProperties());
        return p;
    }
}
