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
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.cases.Actor;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineOpened;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.publications.PublicationDrafted;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.security.Roles;
import org.sanctionsplatform.testkit.KafkaFixture;

/**
 * Issue 9.3 through the real broker and PostgreSQL: who did what comes from the token, travels on the case events, and
 * an auditor reads the trail; a refused attempt leaves no trace in the case. Every service keeps who caused each of
 * its effects (the assessment, the window, the draft), carries it on its own events and shows it in its reads.
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

    @Test
    void whoCausedEachChangeEndsOnTheAssessmentTheWindowAndTheDraftAndInTheirReads() {
        String officer = platform.running().identityProvider().token("e2e-officer", "Olive Officer", Duration.ofHours(1),
                List.of(Roles.CASE_OFFICER));
        String decisionMaker = platform.running().identityProvider().token("e2e-decision-maker", "Dana Decider",
                Duration.ofHours(1), List.of(Roles.DECISION_MAKER));
        Map<String, Object> opened = platform.post("intake", "/cases",
                PlatformFixture.selfReportedCase("Attributed Freight Ltd"), officer);
        String caseId = String.valueOf(opened.get("id"));
        @SuppressWarnings("unchecked")
        String subjectId = String.valueOf(((List<Map<String, Object>>) opened.get("subjects")).get(0).get("subjectId"));

        // the officer rates the case and records the notice of intention; the decision maker decides the penalty
        Map<String, Object> factors = new java.util.LinkedHashMap<>();
        factors.put("findings", List.of(Map.of("factor", "B_VALUE", "effect", "MEDIUM", "rationale", "value of the funds")));
        factors.put("severity", "MEDIUM");
        factors.put("conduct", "NEUTRAL");
        factors.put("assessedOn", "2026-05-11");
        factors.put("publicInterestStopsAction", false);
        platform.put("intake", "/cases/" + caseId + "/factors", factors, officer);
        platform.post("intake", "/cases/" + caseId + "/milestones",
                Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-06-01"), officer);
        platform.post("intake", "/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", subjectId,
                "decidedOn", "2026-06-01", "baseline", new java.math.BigDecimal("500000.00"),
                "settlementDiscountClaimed", false), decisionMaker);
        Map<String, Object> officerSeen = Map.of("subject", "e2e-officer", "name", "Olive Officer",
                "role", Roles.CASE_OFFICER);
        Map<String, Object> decisionMakerSeen = Map.of("subject", "e2e-decision-maker", "name", "Dana Decider",
                "role", Roles.DECISION_MAKER);

        // the assessment: made from the decision maker's decision, and says so
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getObject("assessment", "/cases/" + caseId + "/assessment"))
                .hasValueSatisfying(a -> {
                    assertThat(a.get("penalties").toString()).contains("finalPenalty=500000.0");
                    assertThat(a.get("changedBy")).isEqualTo(decisionMakerSeen);
                    assertThat(a.get("assessedAt")).isNotNull();
                }));
        // the representations window: opened by the officer's notice
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getList("deadline", "/cases/" + caseId + "/deadlines"))
                .filteredOn(w -> "REPRESENTATIONS".equals(w.get("kind"))).singleElement()
                .satisfies(w -> assertThat(w.get("openedByActor")).isEqualTo(officerSeen)));
        // the penalty summary: drafted because of the decision maker's decision
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getList("publication", "/cases/" + caseId + "/publications"))
                .singleElement().satisfies(p -> {
                    assertThat(p).containsEntry("kind", "MONETARY_PENALTY_SUMMARY").containsEntry("state", "DRAFTED");
                    assertThat(p.get("draftedBy")).isEqualTo(decisionMakerSeen);
                }));

        // and on the topics, for every other service: each effect carries the person who caused it
        Actor officerActor = Actor.newBuilder().setSubject("e2e-officer").setName("Olive Officer")
                .setRole(Roles.CASE_OFFICER).build();
        Actor decisionMakerActor = Actor.newBuilder().setSubject("e2e-decision-maker").setName("Dana Decider")
                .setRole(Roles.DECISION_MAKER).build();
        KafkaFixture kafka = KafkaFixture.shared();
        List<AssessmentEventEnvelope> withPenalty = kafka.readAll(Topics.ASSESSMENTS.name(), PATIENCE,
                r -> caseId.equals(r.key()) && decidesAPenalty(Topics.ASSESSMENTS.decode(r.value())), 1)
                .stream().map(r -> Topics.ASSESSMENTS.decode(r.value())).toList();
        assertThat(withPenalty).singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(decisionMakerActor));
        assertThat(kafka.readAll(Topics.ASSESSMENTS.name(), Duration.ofSeconds(2), r -> caseId.equals(r.key()), 99))
                .extracting(r -> Topics.ASSESSMENTS.decode(r.value()).getActor()).isNotEmpty()
                .allSatisfy(a -> assertThat(a).isIn(officerActor, decisionMakerActor));
        List<DeadlineEventEnvelope> windows = kafka.readAll(Topics.DEADLINES.name(), PATIENCE,
                r -> caseId.equals(r.key()), 1).stream().map(r -> Topics.DEADLINES.decode(r.value())).toList();
        assertThat(windows).filteredOn(e -> e.getPayload() instanceof DeadlineOpened o
                        && o.getWindow().getKind() == WindowKind.REPRESENTATIONS).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(officerActor));
        List<PublicationEventEnvelope> drafts = kafka.readAll(Topics.PUBLICATIONS.name(), PATIENCE,
                r -> caseId.equals(r.key()), 1).stream().map(r -> Topics.PUBLICATIONS.decode(r.value())).toList();
        assertThat(drafts).singleElement().satisfies(e -> {
            assertThat(e.getPayload()).isInstanceOf(PublicationDrafted.class);
            assertThat(e.getActor()).isEqualTo(decisionMakerActor);
        });
    }

    private static boolean decidesAPenalty(AssessmentEventEnvelope envelope) {
        return envelope.getPayload() instanceof CaseAssessed a
                && a.getPenalties().stream().anyMatch(p -> p.getFinalPenalty() != null);
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
