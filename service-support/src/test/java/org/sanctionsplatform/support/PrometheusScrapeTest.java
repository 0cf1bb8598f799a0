package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sanctionsplatform.support.CaseEventsTraffic.deadLetterFor;
import static org.sanctionsplatform.support.CaseEventsTraffic.envelope;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * An operator's Prometheus scrape of a running service after real work on the broker: HTTP and JVM meters, and the
 * platform's own with values: records processed and dead-lettered per topic, outbox events published and the backlog
 * left, the consumer's lag per partition, and the background loops' failures. Anybody else is refused the scrape.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusScrapeTest implements TestPropertyProvider {

    private static final String CASE_EVENTS = "enforcement.case-events.v1";

    private CaseEventsTraffic traffic;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        String jdbcUrl = pg.createDatabase("metrics");
        traffic = new CaseEventsTraffic(jdbcUrl);
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "sep.outbox.metrics-cache", "0s"));
    }

    @AfterAll
    void closeTraffic() {
        traffic.close();
    }

    @Test
    void theScrapeShowsTheWorkDoneThroughTheOutboxTheConsumerAndItsDeadLetters() {
        // two widgets: two rows whose events the relay publishes and the service's own listener consumes
        String first = createWidget("first");
        String second = createWidget("second");
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.seen(first) == 1 && traffic.seen(second) == 1);
        // a poison record: retried, then dead-lettered
        String poison = "poison-" + UUID.randomUUID();
        traffic.send(envelope(poison));
        deadLetterFor(poison);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(value(scrape, "sep_consumer_records_total", "consumer=\"support-test\"", "outcome=\"processed\"",
                    "topic=\"" + CASE_EVENTS + "\"", "service=\"support-test\"")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(2));
            assertThat(value(scrape, "sep_consumer_records_total", "outcome=\"dead_lettered\"", "topic=\"" + CASE_EVENTS + "\""))
                    .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
            assertThat(value(scrape, "sep_outbox_published_events_total", "topic=\"" + CASE_EVENTS + "\""))
                    .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(2));
            assertThat(value(scrape, "sep_outbox_backlog_events", "service=\"support-test\"")).contains(0.0);
            assertThat(value(scrape, "sep_outbox_oldest_age_seconds", "service=\"support-test\"")).contains(0.0);
            // every partition the listener reads has its lag, and it has read everything
            assertThat(value(scrape, "kafka_consumer_records_lag_records", "group=\"support-test\"",
                    "topic=\"" + CASE_EVENTS + "\"", "partition=\"0\"")).contains(0.0);
            assertThat(value(scrape, "kafka_consumer_records_lag_records", "partition=\"2\"")).contains(0.0);
            assertThat(value(scrape, "sep_loops_failures_total", "loop=\"outbox-relay\"")).contains(0.0);
            assertThat(value(scrape, "sep_loops_failing", "loop=\"outbox-relay\"")).contains(0.0);
            assertThat(value(scrape, "http_server_requests_seconds_count", "uri=\"/widgets\"", "status=\"201\""))
                    .contains(2.0);
            assertThat(value(scrape, "jvm_memory_used_bytes")).hasValueSatisfying(v -> assertThat(v).isPositive());
        });
    }

    @Test
    void onlyAnOperatorMayScrape() throws Exception {
        // a plain client: this module's Micronaut client adds a token with every role (EveryRoleCallerToken)
        java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = server.getURI().resolve("/prometheus");
        assertThat(plain.send(java.net.http.HttpRequest.newBuilder(uri).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(plain.send(java.net.http.HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + LocalIdentityProvider.shared().token("CASE_OFFICER")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(plain.send(java.net.http.HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + LocalIdentityProvider.shared().token("OPERATOR")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private String createWidget(String name) {
        return http.toBlocking().retrieve(HttpRequest.POST("/widgets", Map.of("name", name, "amount", 1))
                .bearerAuth(LocalIdentityProvider.shared().token("CASE_OFFICER")));
    }

    private String scrape() {
        return http.toBlocking().retrieve(HttpRequest.GET("/prometheus")
                .bearerAuth(LocalIdentityProvider.shared().token("OPERATOR")));
    }

    /** The value of the first sample of {@code metric} whose labels contain every one of {@code labels}. */
    static Optional<Double> value(String scrape, String metric, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*\\})? (\\S+)$").matcher(scrape);
        while (m.find()) {
            String found = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Optional.of(Double.parseDouble(m.group(2)));
            }
        }
        return Optional.empty();
    }
}
