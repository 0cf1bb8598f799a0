package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineOpened;
import org.sanctionsplatform.events.publications.PublicationDrafted;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.DeadLetters;
import org.sanctionsplatform.testkit.KafkaFixture;

/**
 * The foundation slice across all four services, through the broker and PostgreSQL: a case officer opens a
 * case, rates it and records a notice of intention and a penalty decision; the case is assessed, its
 * representations window opens and its monetary penalty summary is drafted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementSliceEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * The services live on Tuesday 2 June 2026, the day after the notices below: the windows they open stay open
     * while the test looks, whatever the date the suite runs on.
     */
    private static final Instant TODAY = Instant.parse("2026-06-02T09:00:00Z");

    private PlatformFixture platform;

    @BeforeAll
    void start() {
        platform = PlatformFixture.start(TODAY);
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aCaseOpenedAtIntakeIsAssessedGetsItsRepresentationsWindowAndAPenaltySummary() {
        // The officer opens a case against a company: two breaches worth £600,000 and £1,900,000.
        Map<String, Object> opened = platform.post("intake", "/cases", openCase("Harbourline Shipping Ltd",
                List.of(breach("MAKING_FUNDS_AVAILABLE", "2025-09-15", "600000.00"),
                        breach("DEALING_WITH_FROZEN_FUNDS", "2025-10-03", "1900000.00"))));
        String caseId = String.valueOf(opened.get("id"));
        @SuppressWarnings("unchecked")
        String subjectId = String.valueOf(((List<Map<String, Object>>) opened.get("subjects")).get(0).get("subjectId"));

        // Medium severity, neutral conduct: Figure 5A level 3. Notice of intention on Monday 1 June 2026.
        platform.put("intake", "/cases/" + caseId + "/factors", factors("MEDIUM", "NEUTRAL"));
        platform.post("intake", "/cases/" + caseId + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-06-01"));
        platform.post("intake", "/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", subjectId, "decidedOn", "2026-06-01",
                "baseline", new BigDecimal("500000.00"), "settlementDiscountClaimed", false));

        // Assessment: level 3, a civil monetary penalty, maximum 50% of £2,500,000, the baseline as the penalty.
        AtomicReference<Map<String, Object>> assessment = new AtomicReference<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            Optional<Map<String, Object>> found = platform.getObject("assessment", "/cases/" + caseId + "/assessment");
            assertThat(found).as("assessment of " + caseId).isPresent();
            Map<String, Object> a = found.get();
            assertThat(a.get("penalties").toString()).contains("finalPenalty=500000.0");
            assessment.set(a);
        });
        assertThat(assessment.get()).containsEntry("level", 3).containsEntry("likelyOutcome", "CIVIL_MONETARY_PENALTY")
                .containsEntry("rulebook", "GUIDANCE_2026");
        assertThat(new BigDecimal(assessment.get().get("statutoryMaximum").toString())).isEqualByComparingTo("1250000.00");

        // Deadline: representations due 30 business days after the notice (§7.1), in England and Wales.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getList("deadline", "/cases/" + caseId + "/deadlines"))
                .anySatisfy(w -> assertThat(w).containsEntry("kind", "REPRESENTATIONS").containsEntry("dueDate", "2026-07-13")
                        .containsEntry("state", "OPEN")));

        // Publication: a monetary penalty summary naming the company and its penalty, drafted, not released.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getList("publication", "/cases/" + caseId + "/publications"))
                .singleElement().satisfies(p -> {
                    assertThat(p).containsEntry("kind", "MONETARY_PENALTY_SUMMARY").containsEntry("state", "DRAFTED");
                    assertThat(p.get("text").toString()).contains("Harbourline Shipping Ltd").contains("£500,000.00");
                }));

        // The same facts went over the topics, keyed by case id, for any other service to read.
        KafkaFixture kafka = KafkaFixture.shared();
        List<ConsumerRecord<String, byte[]>> assessed = kafka.readAll(Topics.ASSESSMENTS.name(), PATIENCE, r -> caseId.equals(r.key()), 4);
        assertThat(assessed).isNotEmpty();
        AssessmentEventEnvelope last = Topics.ASSESSMENTS.decode(assessed.get(assessed.size() - 1).value());
        assertThat(((CaseAssessed) last.getPayload()).getIndicativeLevel()).isEqualTo(3);
        assertThat(((CaseAssessed) last.getPayload()).getExplanation()).isNotEmpty();
        // each CaseAssessed's id is derived from the case event that caused it and sorts with it (version 8 ids that
        // start with the cause's millisecond: Envelopes.deterministicEventIdAfter), as the case events' own ids do
        assertThat(assessed).extracting(r -> Topics.ASSESSMENTS.decode(r.value())).allSatisfy(a -> {
            assertThat(UUID.fromString(a.getEventId()).version()).isEqualTo(8);
            assertThat(UUID.fromString(a.getCausationId()).version()).isEqualTo(7);
            assertThat(a.getEventId().substring(0, 13)).isEqualTo(a.getCausationId().substring(0, 13));
        });

        List<ConsumerRecord<String, byte[]>> windows = kafka.readAll(Topics.DEADLINES.name(), PATIENCE, r -> caseId.equals(r.key()), 1);
        assertThat(windows).extracting(r -> Topics.DEADLINES.decode(r.value()))
                .extracting(DeadlineEventEnvelope::getPayload)
                .anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(DeadlineOpened.class,
                        o -> assertThat(o.getDueDate()).hasToString("2026-07-13")));

        List<ConsumerRecord<String, byte[]>> drafts = kafka.readAll(Topics.PUBLICATIONS.name(), PATIENCE, r -> caseId.equals(r.key()), 1);
        assertThat(drafts).extracting(r -> Topics.PUBLICATIONS.decode(r.value()))
                .extracting(PublicationEventEnvelope::getPayload)
                .singleElement().isInstanceOf(PublicationDrafted.class);

        // The case id is made in order (version 7, its first 48 bits the millisecond intake opened it), and the ids
        // derived from it sort with it (version 8 ids that start with the same millisecond: OrderedIds.after): the
        // windows, their events and the publication events, so each service appends a case's rows to its indexes. The
        // publication's own id does not: it is public (the register's addresses) and must not tell when the case opened.
        String opening = caseId.substring(0, 13);
        assertThat(UUID.fromString(caseId).version()).isEqualTo(7);
        assertThat(windows).extracting(r -> Topics.DEADLINES.decode(r.value())).allSatisfy(d -> {
            assertThat(d.getEventId()).startsWith(opening);
            assertThat(UUID.fromString(d.getEventId()).version()).isEqualTo(8);
        });
        assertThat(windows).extracting(r -> Topics.DEADLINES.decode(r.value()).getPayload())
                .filteredOn(DeadlineOpened.class::isInstance)
                .allSatisfy(o -> assertThat(((DeadlineOpened) o).getWindow().getWindowId()).startsWith(opening));
        assertThat(drafts).extracting(r -> Topics.PUBLICATIONS.decode(r.value())).allSatisfy(d -> {
            assertThat(d.getEventId()).startsWith(opening);
            assertThat(UUID.fromString(((PublicationDrafted) d.getPayload()).getPublicationId()).version()).isEqualTo(3);
        });
    }

    @Test
    void undecodableBytesOnTheCaseEventsTopicAreDeadLetteredByEachConsumerAndTheNextCaseIsStillProcessed() throws Exception {
        String poisonKey = "garbage-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = KafkaFixture.shared().newProducer()) {
            producer.send(new ProducerRecord<>(Topics.CASE_EVENTS.name(), poisonKey, "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8))).get();
        }
        Map<String, Object> opened = platform.post("intake", "/cases", openCase("After Garbage Ltd",
                List.of(breach("MAKING_FUNDS_AVAILABLE", "2025-11-01", "1000.00"))));
        String caseId = String.valueOf(opened.get("id"));

        List<ConsumerRecord<String, byte[]>> dead = KafkaFixture.shared().readAll(Topics.CASE_EVENTS.dlq(), PATIENCE,
                r -> poisonKey.equals(r.key()), 3);
        assertThat(dead).extracting(r -> header(r, DeadLetters.CONSUMER))
                .containsExactlyInAnyOrder("assessment-service", "deadline-service", "publication-service");
        assertThat(dead).allSatisfy(r -> {
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\":\"avro\"}");
            assertThat(header(r, DeadLetters.ERROR_CLASS)).isEqualTo("org.apache.kafka.common.errors.SerializationException");
            assertThat(header(r, DeadLetters.ERROR_MESSAGE)).contains("not Avro single-object encoding");
            assertThat(header(r, DeadLetters.SOURCE_TOPIC)).isEqualTo(Topics.CASE_EVENTS.name());
        });
        await().atMost(PATIENCE).until(() -> platform.getObject("assessment", "/cases/" + caseId + "/assessment").isPresent());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aFixedPenaltyCaseEscalatedAfterAnEarlier10000PoundPenaltyRunsTheFullProcesssWindows() {
        // Opened as a fixed-penalty case, but the subject already had a £10,000 fixed penalty: Figure 13A escalates
        // it to the full process, so assessment says no halved windows and the deadline service runs 30 business
        // days for representations instead of the 15 of §13.3
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("openedOn", "2026-03-02");
        c.put("procedure", "FIXED_MONETARY_PENALTY");
        c.put("origin", "OFSI_INVESTIGATION");
        c.put("calendarDivision", "ENGLAND_AND_WALES");
        c.put("subjects", List.of(Map.of("name", "Repeat Reporter Ltd", "subjectType", "LEGAL_PERSON",
                "priorFixedPenalty", new BigDecimal("10000.00"))));
        Map<String, Object> late = new LinkedHashMap<>();
        late.put("subjectIndex", 0);
        late.put("breachType", "LATE_REPORTING");
        late.put("regime", "Russia");
        late.put("regulation", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 70");
        late.put("description", "Annual frozen-asset review filed late");
        late.put("breachDate", "2025-10-31");
        late.put("establishedOnBalanceOfProbabilities", true);
        c.put("breaches", List.of(late));
        String caseId = String.valueOf(platform.post("intake", "/cases", c).get("id"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            Optional<Map<String, Object>> found = platform.getObject("assessment", "/cases/" + caseId + "/assessment");
            assertThat(found).as("assessment of " + caseId).isPresent();
            Map<String, Object> a = found.get();
            assertThat(a).containsEntry("halvedWindows", false);
            assertThat(a.get("fixedPenalty").toString()).contains("escalateToFullProcess=true");
        });
        platform.post("intake", "/cases/" + caseId + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-06-01"));

        // 30 business days after Monday 1 June 2026: Monday 13 July (15 would have been Monday 22 June). Whichever of
        // the notice and the assessment reaches the deadline service first, the window that stands is the full one
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getList("deadline", "/cases/" + caseId + "/deadlines"))
                .filteredOn(w -> "REPRESENTATIONS".equals(w.get("kind")) && !"CANCELLED".equals(w.get("state")))
                .singleElement().satisfies(w -> assertThat(w).containsEntry("dueDate", "2026-07-13").containsEntry("state", "OPEN")
                        .containsEntry("length", "30 business days").containsEntry("fixedPenaltyCase", false)));
    }

    private static Map<String, Object> openCase(String subject, List<Map<String, Object>> breaches) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("openedOn", "2026-03-02");
        c.put("procedure", "CIVIL_MONETARY_PENALTY");
        c.put("origin", "SELF_REPORT");
        c.put("calendarDivision", "ENGLAND_AND_WALES");
        c.put("subjects", List.of(Map.of("name", subject, "subjectType", "LEGAL_PERSON")));
        c.put("breaches", breaches);
        return c;
    }

    private static Map<String, Object> breach(String type, String date, String value) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("subjectIndex", 0);
        b.put("breachType", type);
        b.put("regime", "Russia");
        b.put("regulation", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12");
        b.put("description", "Payment to a designated person's company");
        b.put("breachDate", date);
        b.put("estimatedValue", new BigDecimal(value));
        b.put("establishedOnBalanceOfProbabilities", true);
        return b;
    }

    private static Map<String, Object> factors(String severity, String conduct) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("findings", List.of(Map.of("factor", "B_VALUE", "effect", severity, "rationale", "value of the funds")));
        f.put("severity", severity);
        f.put("conduct", conduct);
        f.put("assessedOn", "2026-05-11");
        f.put("publicInterestStopsAction", false);
        return f;
    }
}
