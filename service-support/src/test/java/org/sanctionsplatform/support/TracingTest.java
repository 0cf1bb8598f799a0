package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * One trace from the HTTP request through the outbox row and the Kafka record's headers into the consumer: the
 * request's server span and the consumer's span of the event it wrote share the trace id, the consumer's span is a
 * child of the request's, and the outbox row keeps the W3C traceparent it was published with.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingTest implements TestPropertyProvider {

    private CaseEventsTraffic traffic;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    InMemorySpanExporter spans;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        String jdbcUrl = pg.createDatabase("tracing");
        traffic = new CaseEventsTraffic(jdbcUrl);
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @AfterAll
    void closeTraffic() {
        traffic.close();
    }

    @Test
    void theConsumerOfAnEventContinuesTheTraceOfTheRequestThatWroteIt() {
        String widget = http.toBlocking().retrieve(HttpRequest.POST("/widgets", Map.of("name", "traced", "amount", 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.seen(widget) == 1);

        SpanData consumed = await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER)
                .filter(s -> widget.equals(s.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey(
                        "messaging.kafka.message.key"))))
                .findFirst(), Optional::isPresent).orElseThrow();
        List<SpanData> server = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/widgets")).toList();

        assertThat(server).as("the request's server span").isNotEmpty();
        SpanData request = server.stream().filter(s -> s.getTraceId().equals(consumed.getTraceId())).findFirst()
                .orElseThrow(() -> new AssertionError("no server span of trace " + consumed.getTraceId() + " among " + server));
        assertThat(consumed.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(consumed.getName()).isEqualTo("enforcement.case-events.v1 process");
        assertThat(traffic.count("select count(*) from outbox_event where trace_parent like '00-" + consumed.getTraceId()
                + "-%'")).isEqualTo(1);
    }
}
