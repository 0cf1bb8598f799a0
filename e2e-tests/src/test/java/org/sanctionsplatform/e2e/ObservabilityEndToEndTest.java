package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.support.security.Roles;

/**
 * Issue 11.2–11.3 across the four services on the real broker: one case's journey is one trace (the intake request's
 * trace id is on the spans of the assessment, deadline and publication consumers, also on those of records an
 * assessment wrote in turn), and each service's Prometheus scrape shows its own work (assessments computed, records
 * processed per topic, the outbox drained).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityEndToEndTest {

    static final String TRACING = "e2e.tracing";
    private static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");

    private PlatformFixture platform;

    @BeforeAll
    void start() {
        platform = PlatformFixture.start(Instant.parse("2026-03-02T10:00:00Z"), Map.of(TRACING, "true"));
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void oneCasesJourneyAcrossTheFourServicesIsOneTraceAndEachServiceCountsItsWork() {
        Map<String, Object> opened = platform.post("intake", "/cases", PlatformFixture.selfReportedCase("Traced Trading Ltd"));
        String caseId = String.valueOf(opened.get("caseId") != null ? opened.get("caseId") : opened.get("id"));

        SpanData request = await().atMost(Duration.ofSeconds(30)).until(() -> spans("intake").stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/cases")).findFirst(), Optional::isPresent)
                .orElseThrow();
        String traceId = request.getTraceId();

        for (String service : List.of("assessment", "deadline", "publication")) {
            await(service + " consumes the case events in the request trace").atMost(Duration.ofSeconds(60))
                    .until(() -> consumerSpans(service, caseId).stream().anyMatch(s -> s.getTraceId().equals(traceId)));
        }
        // a second hop: CaseAssessed, written by assessment while it consumed the intake's event, continues the trace
        // into its consumers (deadline and publication read enforcement.assessments.v1)
        await().atMost(Duration.ofSeconds(60)).until(() -> consumerSpans("publication", caseId).stream()
                .anyMatch(s -> s.getTraceId().equals(traceId) && s.getName().startsWith("enforcement.assessments.v1")));
        assertThat(consumerSpans("assessment", caseId)).allMatch(s -> s.getTraceId().equals(traceId));
        // the trace as an operator would see it in a tracing back end: one line per span of the case's journey
        System.out.printf("trace %s: intake %s %s%n", traceId, request.getKind(), request.getName());
        for (String service : List.of("assessment", "deadline", "publication")) {
            consumerSpans(service, caseId).stream().filter(s -> s.getTraceId().equals(traceId)).forEach(s -> System.out
                    .printf("trace %s: %s %s %s (parent %s)%n", traceId, service, s.getKind(), s.getName(),
                            s.getParentSpanId()));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String assessment = scrape("assessment");
            assertThat(value(assessment, "sep_assessments_computed_total")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
            // each series names its level: a case not rated yet is NOT_RATED, never level="null"
            assertThat(assessment).contains("sep_assessments_computed_total{level=\"").doesNotContain("level=\"null\"");
            assertThat(value(assessment, "sep_consumer_records_total", "consumer=\"assessment-service\"",
                    "outcome=\"processed\"", "topic=\"enforcement.case-events.v1\"")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
            String intake = scrape("intake");
            assertThat(value(intake, "sep_outbox_published_events_total", "topic=\"enforcement.case-events.v1\""))
                    .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
            assertThat(value(intake, "sep_outbox_backlog_events", "service=\"intake-service\"")).contains(0.0);
            assertThat(value(intake, "http_server_requests_seconds_count", "uri=\"/cases\"", "method=\"POST\"", "status=\"201\""))
                    .contains(1.0);
            String deadline = scrape("deadline");
            assertThat(value(deadline, "sep_timers_due", "service=\"deadline-service\"")).isPresent();
            assertThat(value(deadline, "sep_loops_failing", "loop=\"deadline-timer-sweep\"")).contains(0.0);
            assertThat(value(scrape("publication"), "kafka_consumer_records_lag_records", "topic=\"enforcement.assessments.v1\""))
                    .isPresent();
        });
    }

    private List<SpanData> spans(String service) {
        return platform.running().context(service).getBean(InMemorySpanExporter.class).getFinishedSpanItems();
    }

    private List<SpanData> consumerSpans(String service, String caseId) {
        return spans(service).stream().filter(s -> s.getKind() == SpanKind.CONSUMER)
                .filter(s -> caseId.equals(s.getAttributes().get(KEY))).toList();
    }

    private String scrape(String service) {
        return platform.http(service).retrieve(HttpRequest.GET("/prometheus")
                .bearerAuth(platform.running().token(Roles.OPERATOR)));
    }

    /** The value of the first sample of {@code metric} whose labels contain every one of {@code labels}. */
    private static Optional<Double> value(String scrape, String metric, String... labels) {
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
