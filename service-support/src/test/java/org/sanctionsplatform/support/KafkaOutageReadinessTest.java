package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.testkit.EmbeddedKafkaBroker;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * Issue 11.4: a Kafka outage does not take the HTTP API out of service. With its broker stopped, a service stays ready
 * well past {@code sep.loops.unhealthy-after} while its relay fails round after round, takes writes into its outbox
 * (the row and its event commit together, the event waits), and reports the waiting event in its health details and
 * on its metrics.
 */
class KafkaOutageReadinessTest {

    @Test
    void withItsBrokerStoppedTheServiceStaysReadyAndTakesWritesIntoItsOutbox() {
        String jdbcUrl = PostgresFixture.shared().createDatabase("outage");
        CaseEventsTraffic database = new CaseEventsTraffic(jdbcUrl);
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        try (ApplicationContext context = ApplicationContext.run(properties(broker, jdbcUrl), "support-test");
             // the context's client: its EveryRoleCallerToken filter signs each request (health details need OPERATOR)
             HttpClient http = context.createBean(HttpClient.class, context.getBean(EmbeddedServer.class).start().getURL())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);

            broker.close();
            String widget = http.toBlocking().retrieve(HttpRequest.POST("/widgets", Map.of("name", "while Kafka is away",
                    "amount", 1)));

            // the relay has failed round after round, for longer than sep.loops.unhealthy-after (1 s)
            await().atMost(Duration.ofSeconds(120)).until(() -> LoopHealthTest.failedRounds(
                    HealthProbe.get(http, "/health/readiness")) >= 3);
            HealthProbe readiness = HealthProbe.get(http, "/health/readiness");
            assertThat(readiness.status()).as(readiness.text()).isEqualTo(200);
            assertThat(readiness.indicatorDetails("outbox")).containsEntry("pending", 1);
            assertThat(HealthProbe.get(http, "/health/liveness").status()).isEqualTo(200);
            // and it still takes writes: the rows are there, their events wait in the outbox
            String another = http.toBlocking().retrieve(HttpRequest.POST("/widgets", Map.of("name", "still taking writes",
                    "amount", 1)));
            assertThat(database.count("select count(*) from widget where id in ('" + widget + "', '" + another + "')"))
                    .isEqualTo(2);
            assertThat(database.count("select count(*) from outbox_event where sent_at is null")).isEqualTo(2);
            String scrape = http.toBlocking().retrieve(HttpRequest.GET("/prometheus"));
            assertThat(PrometheusScrapeTest.value(scrape, "sep_loops_failing", "loop=\"outbox-relay\"")).contains(1.0);
        } finally {
            if (!broker.isClosed()) {
                broker.close();
            }
            database.close();
        }
    }

    private static Map<String, Object> properties(EmbeddedKafkaBroker broker, String jdbcUrl) {
        PostgresFixture pg = PostgresFixture.shared();
        Map<String, Object> p = new HashMap<>(LocalIdentityProvider.shared().serviceProperties());
        p.put("kafka.bootstrap.servers", broker.bootstrapServers());
        p.put("datasources.default.url", jdbcUrl);
        p.put("datasources.default.username", pg.username());
        p.put("datasources.default.password", pg.password());
        p.put("micronaut.server.port", -1);
        p.put("sep.loops.unhealthy-after", "1s");
        p.put("sep.loops.max-backoff", "500ms");
        p.put("sep.outbox.metrics-cache", "0s");
        return p;
    }
}
