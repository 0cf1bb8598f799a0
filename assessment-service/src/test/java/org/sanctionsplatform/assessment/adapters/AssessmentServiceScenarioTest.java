package org.sanctionsplatform.assessment.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.assessments.LikelyOutcome;
import org.sanctionsplatform.events.assessments.RulebookVersion;
import org.sanctionsplatform.events.cases.Actor;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachType;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseFactor;
import org.sanctionsplatform.events.cases.CaseFactorsAssessed;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseOrigin;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.ConductRating;
import org.sanctionsplatform.events.cases.FactorEffect;
import org.sanctionsplatform.events.cases.FactorFinding;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.cases.PenaltyDecisionRecorded;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.cases.SeverityRating;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * A case told by its events on a real broker, assessed into a real PostgreSQL: a company makes £3,000,000
 * available to a designated person (medium severity, neutral conduct → Level 3), receives a notice of
 * intention in March 2026 and a baseline of £900,000. Every event yields one CaseAssessed; a redelivered event
 * yields none; the latest assessment is answered over HTTP. Who caused each case event (its actor) is kept with
 * the assessment it caused and travels on its CaseAssessed (issue 9.3).
 */
@MicronautTest(environments = "assessment", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentServiceScenarioTest implements TestPropertyProvider {

    private static final Actor DECISION_MAKER = Actor.newBuilder().setSubject("dm-3").setName("Dana Decider")
            .setRole("DECISION_MAKER").build();
    private static final Actor CASE_OFFICER = Actor.newBuilder().setSubject("officer-7").setName("Olive Officer")
            .setRole("CASE_OFFICER").build();

    private final String caseId = UUID.randomUUID().toString();
    private String jdbcUrl;
    private KafkaProducer<String, byte[]> producer;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("assessment");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @AfterAll
    void closeProducer() {
        if (producer != null) {
            producer.close();
        }
    }

    @Test
    void eachCaseEventIsAssessedOnceAndTheLatestAssessmentIsServed() throws SQLException {
        CaseEventEnvelope penaltyDecision = envelope(PenaltyDecisionRecorded.newBuilder()
                .setSubjectId("s-1").setDecidedOn(LocalDate.of(2026, 5, 4)).setDecisionMaker("Head of Enforcement")
                .setBaseline(new BigDecimal("900000.00")).build(), DECISION_MAKER);
        List<CaseEventEnvelope> story = List.of(
                envelope(CaseOpened.newBuilder()
                        .setCaseReference("OFSI-2026-0042").setOpenedOn(LocalDate.of(2026, 1, 12))
                        .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                        .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Canary Trading Ltd")
                                .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                        .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES).build()),
                envelope(BreachRecorded.newBuilder()
                        .setBreachId("b-1").setSubjectId("s-1").setBreachType(BreachType.MAKING_FUNDS_AVAILABLE)
                        .setRegime("Russia")
                        .setRegulation("The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12")
                        .setDescription("Payments to a designated person's account")
                        .setBreachDate(LocalDate.of(2025, 11, 4)).setEstimatedValue(new BigDecimal("3000000.00"))
                        .setEstablishedOnBalanceOfProbabilities(true).build()),
                envelope(CaseFactorsAssessed.newBuilder()
                        .setFindings(List.of(FactorFinding.newBuilder().setFactor(CaseFactor.B_VALUE)
                                .setEffect(FactorEffect.MEDIUM).setRationale("£3m over six payments").build()))
                        .setSeverity(SeverityRating.MEDIUM).setConduct(ConductRating.NEUTRAL)
                        .setAssessedBy("case officer").setAssessedOn(LocalDate.of(2026, 2, 20)).build()),
                envelope(ProcedureMilestoneRecorded.newBuilder()
                        .setMilestoneId("m-1").setMilestone(MilestoneType.NOTICE_OF_INTENTION)
                        .setOccurredOn(LocalDate.of(2026, 3, 2)).build()),
                penaltyDecision);

        story.forEach(this::publish);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(caseAssessed()).hasSize(story.size()));
        publish(penaltyDecision); // redelivered: the same event id
        CaseEventEnvelope correction = envelope(ProcedureMilestoneRecorded.newBuilder()
                .setMilestoneId("m-2").setMilestone(MilestoneType.NOTICE_OF_INTENTION)
                .setOccurredOn(LocalDate.of(2026, 3, 3)).setCorrectsMilestoneId("m-1").build(), CASE_OFFICER);
        publish(correction);

        // The correction follows the redelivery on the case's partition: once it is assessed, so is the redelivery.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(caseAssessed()).extracting(AssessmentEventEnvelope::getCausationId)
                        .contains(correction.getEventId()));
        List<AssessmentEventEnvelope> assessed = caseAssessed();
        assertThat(assessed).hasSize(story.size() + 1);
        assertThat(assessed).filteredOn(e -> e.getCausationId().equals(penaltyDecision.getEventId())).singleElement()
                .satisfies(e -> assertThat(e.getActor()).as("who caused it travels on (issue 9.3)").isEqualTo(DECISION_MAKER));
        assertThat(assessed).filteredOn(e -> e.getCausationId().equals(correction.getEventId())).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(CASE_OFFICER));
        assertThat(assessed).filteredOn(e -> !e.getCausationId().equals(penaltyDecision.getEventId())
                && !e.getCausationId().equals(correction.getEventId())).hasSize(story.size() - 1)
                .allSatisfy(e -> assertThat(e.getActor()).as("a case event without an actor causes none").isNull());

        CaseAssessed latest = (CaseAssessed) assessed.get(assessed.size() - 1).getPayload();
        assertThat(latest.getInputVersion()).isEqualTo(6); // the redelivery is not an input
        assertThat(latest.getRulebook()).isEqualTo(RulebookVersion.GUIDANCE_2026);
        assertThat(latest.getIndicativeLevel()).isEqualTo(3);
        assertThat(latest.getLikelyOutcome()).isEqualTo(LikelyOutcome.CIVIL_MONETARY_PENALTY);
        assertThat(latest.getStatutoryMaximum()).isEqualTo(new BigDecimal("1500000.00"));
        assertThat(latest.getBaselineBand().getUpperAmount()).isEqualTo(new BigDecimal("1125000.00"));
        assertThat(latest.getPenalties()).singleElement().satisfies(p -> {
            assertThat(p.getSubjectName()).isEqualTo("Canary Trading Ltd");
            assertThat(p.getBaselineOutsideBand()).isFalse();
            assertThat(p.getDiscounts()).isEmpty();
            assertThat(p.getFinalPenalty()).isEqualTo(new BigDecimal("900000.00"));
        });
        assertThat(latest.getExplanation()).anySatisfy(s -> assertThat(s.getOutcome()).contains("no discount applies"));

        Map<String, Object> body = http.toBlocking().retrieve(HttpRequest.GET("/cases/" + caseId + "/assessment"),
                Argument.mapOf(String.class, Object.class));
        assertThat(body).containsEntry("caseId", caseId).containsEntry("caseReference", "OFSI-2026-0042")
                .containsEntry("rulebook", "GUIDANCE_2026").containsEntry("severity", "MEDIUM")
                .containsEntry("conduct", "NEUTRAL").containsEntry("indicativeLevel", 3).containsEntry("level", 3)
                .containsEntry("decidedLevel", null).containsEntry("seriousness", "Level 3 (high)")
                .containsEntry("likelyOutcome", "CIVIL_MONETARY_PENALTY")
                .containsEntry("publicInterestStopsAction", false);
        assertThat(money(body.get("statutoryMaximum"))).isEqualByComparingTo("1500000.00");
        // who caused the latest assessment: the case officer who corrected the notice, as their token named them
        assertThat(body.get("changedBy")).isEqualTo(Map.of("subject", "officer-7", "name", "Olive Officer",
                "role", "CASE_OFFICER"));
        assertThat(body.get("assessedAt")).isNotNull();
        String raw = http.toBlocking().retrieve(HttpRequest.GET("/cases/" + caseId + "/assessment"));
        assertThat(raw).contains("\"statutoryMaximum\":1500000.00", "\"finalPenalty\":900000.00");
        assertThat(money(body.get("aggregatedValue"))).isEqualByComparingTo("3000000.00");
        assertThat((List<?>) body.get("breaches")).hasSize(1);
        assertThat(((Map<?, ?>) body.get("baselineBand")).get("lowerInclusive")).isEqualTo(false);
        assertThat((List<?>) body.get("penalties")).singleElement()
                .satisfies(p -> assertThat(money(((Map<?, ?>) p).get("finalPenalty"))).isEqualByComparingTo("900000.00"));
        assertThat((List<?>) body.get("explanation")).hasSize(latest.getExplanation().size());

        assertThat(rows("select count(*) from case_breach where case_id = ?")).isEqualTo(1);
        // the notice and its correction, both kept in the order recorded (the windows replay them)
        assertThat(rows("select count(*) from case_milestone where case_id = ?")).isEqualTo(2);
        assertThat(rows("select count(*) from case_assessment where case_id = ?")).isEqualTo(1);
    }

    @Test
    void anUnknownCaseIsAnsweredWithAProblem() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/cases/no-such-case/assessment")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
                    assertThat(e.getResponse().getContentType().map(Object::toString))
                            .contains("application/problem+json");
                });
    }

    private void publish(CaseEventEnvelope event) {
        if (producer == null) {
            producer = KafkaFixture.shared().newProducer();
        }
        try {
            producer.send(new ProducerRecord<>(Topics.CASE_EVENTS.name(), event.getCaseId(),
                    Topics.CASE_EVENTS.encode(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + event.getEventId(), e);
        }
    }

    private List<AssessmentEventEnvelope> caseAssessed() {
        return KafkaFixture.shared().readAll(Topics.ASSESSMENTS.name(), Duration.ofSeconds(2), Integer.MAX_VALUE)
                .stream()
                .filter(r -> caseId.equals(r.key()))
                .map(r -> Topics.ASSESSMENTS.decode(r.value()))
                .toList();
    }

    private CaseEventEnvelope envelope(Object payload) {
        return envelope(payload, null);
    }

    private CaseEventEnvelope envelope(Object payload, Actor actor) {
        Instant now = Instant.now();
        return CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId)
                .setOccurredAt(now)
                .setRecordedAt(now)
                .setProducer("intake-service")
                .setPayload(payload)
                .setActor(actor)
                .build();
    }

    private long rows(String sql) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
