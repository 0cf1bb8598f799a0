package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.security.Roles;
import org.sanctionsplatform.testkit.KafkaFixture;

/**
 * Issue 9.3 through the real broker and PostgreSQL: who did what comes from the token, travels on the case events, and
 * an auditor reads the trail; a refused attempt leaves no trace in the case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private PlatformFixture platform;

    @BeforeAll
    void start() {
        platform = PlatformFixture.start(Instant.parse("2026-06-02T09:00:00Z"));
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theCaseEventsCarryWhoActedAndTheAuditorReadsTheTrailWithTheRequestIds() {
        String officer = platform.caseTeamToken("Ann Officer");
        String requestId = "audit-" + UUID.randomUUID();
        Map<String, Object> opened = platform.http("intake").retrieve(HttpRequest.POST("/cases", PlatformFixture.selfReportedCase("Audit Trail Shipping Ltd"))
                .bearerAuth(officer).header("X-Correlation-Id", requestId), Argument.mapOf(String.class, Object.class));
        String caseId = String.valueOf(opened.get("id"));

        // an auditor may read but not change: 403, and the case's trail and events are as before
        assertThatThrownBy(() -> platform.http("intake").exchange(HttpRequest.POST("/cases/" + caseId + "/milestones",
                Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-06-01"))
                .bearerAuth(platform.running().token(Roles.AUDITOR))))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(403));

        List<CaseEventEnvelope> events = await().atMost(PATIENCE).until(() -> caseEvents(caseId), l -> !l.isEmpty());
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getActor()).as("the actor of %s", event.getEventId()).isNotNull();
            assertThat(event.getActor().getSubject()).isEqualTo("e2e-case-team");
            assertThat(event.getActor().getName()).isEqualTo("Ann Officer");
            assertThat(event.getActor().getRole()).isEqualTo(Roles.CASE_OFFICER);
        });

        List<Map<String, Object>> history = platform.getList("intake", "/cases/" + caseId + "/history");
        assertThat(history).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry).containsEntry("principal", "e2e-case-team").containsEntry("name", "Ann Officer")
                    .containsEntry("role", Roles.CASE_OFFICER).containsEntry("requestId", requestId);
            assertThat(entry.get("recordedAt")).isNotNull();
            assertThat(entry.get("change")).isNotNull();
        });
        assertThat(history).extracting(e -> e.get("eventId"))
                .containsExactlyInAnyOrderElementsOf(events.stream().map(CaseEventEnvelope::getEventId).toList());
        assertThat(history.toString()).doesNotContain("NOTICE_OF_INTENTION");
    }

    private static List<CaseEventEnvelope> caseEvents(String caseId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaFixture.shared().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "audit-e2e-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<CaseEventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CASE_EVENTS.name()));
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos(); // a timeout, not a date
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (caseId.equals(r.key())) {
                        found.add(Topics.CASE_EVENTS.decode(r.value()));
                    }
                }
            }
        }
        return found;
    }
}
