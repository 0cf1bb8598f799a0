package org.sanctionsplatform.publication.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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
import org.sanctionsplatform.events.assessments.AssessedProcedure;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.BreachAssessment;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.assessments.ExplanationStep;
import org.sanctionsplatform.events.assessments.LikelyOutcome;
import org.sanctionsplatform.events.assessments.RulebookVersion;
import org.sanctionsplatform.events.assessments.SubjectPenalty;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachType;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseOrigin;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.DisclosureGround;
import org.sanctionsplatform.events.cases.DisclosureIntended;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.cases.PenaltyOutcome;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.cases.PublicationDecision;
import org.sanctionsplatform.events.cases.PublicationDecisionRecorded;
import org.sanctionsplatform.events.cases.PublicationReleaseAuthorised;
import org.sanctionsplatform.events.cases.PublicationScope;
import org.sanctionsplatform.events.cases.PublicationTextShared;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.events.cases.WithheldCoverage;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineExpired;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.deadlines.WindowRef;
import org.sanctionsplatform.events.publications.PublicationAmended;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.events.publications.PublicationKind;
import org.sanctionsplatform.events.publications.PublicationReleased;
import org.sanctionsplatform.events.publications.PublicationSharedForAccuracy;
import org.sanctionsplatform.events.publications.PublicationWithheld;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The publication lifecycle on a real broker and a real PostgreSQL (issue 10): case events, assessments and deadline
 * events arrive on their topics; publication-service releases, amends and withholds through the outbox and puts
 * releases and amendments on the public register (the tests' {@link RecordingPublicRegister} until the register's
 * adapter is merged). Fixed scenario dates.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationLifecycleScenarioTest implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    private KafkaProducer<String, byte[]> producer;

    @Inject
    @Client("/")
    HttpClient http;

    /** Present until the register's adapter is merged; then its own tests read the register (see the class doc). */
    @Inject
    java.util.Optional<RecordingPublicRegister> recording;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                "micronaut.http.client.read-timeout", "60s",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("publication"),
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
    void aPenaltySummaryIsReleasedWhenTheReviewWindowExpiresThenAmendedWhenTheTribunalQuashesThePenalty() {
        String caseId = aPenalisedCase();
        await().atMost(WAIT).until(() -> ofKind(caseId, null).stream().anyMatch(e -> e.getPayload()
                instanceof org.sanctionsplatform.events.publications.PublicationDrafted));
        assertThat(ofKind(caseId, PublicationReleased.class)).as("held while the review window is open").isEmpty();

        sendDeadline(caseId, expired(WindowKind.REVIEW_REQUEST, null));

        PublicationReleased released = (PublicationReleased) await().atMost(WAIT)
                .until(() -> ofKind(caseId, PublicationReleased.class), l -> !l.isEmpty()).get(0).getPayload();
        assertThat(released.getReason()).contains("review window elapsed");
        assertThat(released.getContent().getKind()).isEqualTo(PublicationKind.MONETARY_PENALTY_SUMMARY);
        assertThat(released.getContent().getWhyPublished()).contains("Level 3 (high)").contains("Figure 5A");
        recording.ifPresent(register -> assertThat(register.entries()).anySatisfy(e -> {
            assertThat(e.publicationId()).isEqualTo(released.getPublicationId());
            assertThat(e.supersedesVersion()).isNull();
        }));

        ProcedureMilestoneRecorded tribunal = milestone(MilestoneType.TRIBUNAL_DECIDED, LocalDate.of(2026, 8, 20),
                PenaltyOutcome.PENALTY_QUASHED);
        tribunal.setReason("The tribunal found that no breach was established.");
        sendCase(caseId, tribunal);

        PublicationAmended amended = (PublicationAmended) await().atMost(WAIT)
                .until(() -> ofKind(caseId, PublicationAmended.class), l -> !l.isEmpty()).get(0).getPayload();
        assertThat(amended.getSupersedesVersion()).isEqualTo(1);
        // the officer's words for the tribunal's decision are the amended summary's statement (§11.4)
        assertThat(amended.getContent().getStatement()).isEqualTo("On 20 August 2026 the Upper Tribunal quashed the "
                + "monetary penalty. The tribunal found that no breach was established.");
        recording.ifPresent(register -> assertThat(register.entries())
                .anySatisfy(e -> assertThat(e.supersedesVersion()).isEqualTo(1)));
        List<Map<String, Object>> publications = publications(caseId);
        assertThat(publications).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("state", "AMENDED").containsEntry("version", 2);
            assertThat((List<?>) p.get("versions")).as("the original is kept").hasSize(2);
        });
    }

    @Test
    void aCaseDecidedNotToBePublishedIsWithheldAndOnlyAnAnonymisedReportReachesTheRegister() {
        String caseId = aPenalisedCase();
        sendCase(caseId, PublicationDecisionRecorded.newBuilder().setDecisionId("d-1")
                .setPublication(PublicationScope.PENALTY_SUMMARY).setDecision(PublicationDecision.DO_NOT_PUBLISH)
                .setReason("disproportionate for Jane Canary").setCoverage(WithheldCoverage.ANONYMISED_REPORT)
                .setDecidedOn(LocalDate.of(2026, 6, 1)).setDecidedBy("Decision Maker").build());

        PublicationWithheld withheld = (PublicationWithheld) await().atMost(WAIT)
                .until(() -> ofKind(caseId, PublicationWithheld.class), l -> !l.isEmpty()).get(0).getPayload();
        assertThat(withheld.getSection()).isEqualTo("§11.3");
        assertThat(withheld.getCoverage()).isEqualTo("ANONYMISED_REPORT");
        PublicationReleased report = (PublicationReleased) await().atMost(WAIT)
                .until(() -> ofKind(caseId, PublicationReleased.class), l -> !l.isEmpty()).get(0).getPayload();
        assertThat(report.getContent().getKind()).isEqualTo(PublicationKind.ANONYMISED_REPORT);
        assertThat(report.toString()).doesNotContain("Canary", "OFSI-2026-0088", "regulation 12");
        recording.ifPresent(register -> assertThat(register.entries().stream().filter(e -> e.caseId().equals(caseId)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.content().named()).isFalse()));
    }

    @Test
    void aNamedDisclosureIsSharedForAccuracyThenReleasedAfterItsRepresentations() {
        String caseId = UUID.randomUUID().toString();
        opened(caseId, "OFSI-2026-0099");
        sendCase(caseId, DisclosureIntended.newBuilder().setDisclosureId("dis-1").setNamed(true)
                .setGround(DisclosureGround.LEVEL_2).setDesignatedPerson("Designated Oligarch")
                .setNoticeOn(LocalDate.of(2026, 4, 1)).build());
        sendCase(caseId, PublicationDecisionRecorded.newBuilder().setDecisionId("d-2")
                .setPublication(PublicationScope.DISCLOSURE).setDecision(PublicationDecision.PUBLISH)
                .setDecidedOn(LocalDate.of(2026, 5, 20)).setDecidedBy("Decision Maker").build());
        sendCase(caseId, PublicationTextShared.newBuilder().setPublication(PublicationScope.DISCLOSURE)
                .setSharedOn(LocalDate.of(2026, 5, 21)).setSharedBy("Publication Officer").build());
        sendCase(caseId, PublicationReleaseAuthorised.newBuilder().setPublication(PublicationScope.DISCLOSURE)
                .setAuthorisedOn(LocalDate.of(2026, 5, 28)).setAuthorisedBy("Publication Officer").build());
        await().atMost(WAIT).until(() -> ofKind(caseId, PublicationSharedForAccuracy.class), l -> !l.isEmpty());
        assertThat(ofKind(caseId, PublicationReleased.class)).as("the representations window is running").isEmpty();

        sendDeadline(caseId, expired(WindowKind.DISCLOSURE_REPRESENTATIONS, null));

        PublicationReleased released = (PublicationReleased) await().atMost(WAIT)
                .until(() -> ofKind(caseId, PublicationReleased.class), l -> !l.isEmpty()).get(0).getPayload();
        assertThat(released.getContent().getKind()).isEqualTo(PublicationKind.DISCLOSURE_NAMED);
        assertThat(released.getContent().getDesignatedPerson()).isEqualTo("Designated Oligarch");
        assertThat(released.getContent().getPenalisedPersons()).extracting(p -> p.getName())
                .containsExactly("Canary Trading Ltd");
    }

    // ---- the case -------------------------------------------------------------------------------------------

    /** A company and its director, a breach, and an assessment with both penalties (inputVersion 2). */
    private String aPenalisedCase() {
        String caseId = UUID.randomUUID().toString();
        opened(caseId, "OFSI-2026-0088");
        sendAssessment(caseId, assessment(caseId));
        return caseId;
    }

    private void opened(String caseId, String reference) {
        sendCase(caseId, CaseOpened.newBuilder().setCaseReference(reference).setOpenedOn(OPENED)
                .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES)
                .setSubjects(List.of(
                        Subject.newBuilder().setSubjectId("s-1").setName("Canary Trading Ltd")
                                .setSubjectType(SubjectType.LEGAL_PERSON).build(),
                        Subject.newBuilder().setSubjectId("s-2").setName("Jane Canary")
                                .setSubjectType(SubjectType.INDIVIDUAL).setOfficerOfSubjectId("s-1").build()))
                .build());
        sendCase(caseId, BreachRecorded.newBuilder().setBreachId("b-1").setSubjectId("s-1")
                .setBreachType(BreachType.MAKING_FUNDS_AVAILABLE).setRegime("Russia")
                .setRegulation("The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12")
                .setDescription("Paid a designated person's invoice").setBreachDate(LocalDate.of(2026, 1, 12))
                .setEstimatedValue(new BigDecimal("40000.00")).setEstablishedOnBalanceOfProbabilities(true).build());
    }

    private static AssessmentEventEnvelope assessment(String caseId) {
        CaseAssessed payload = CaseAssessed.newBuilder()
                .setCaseReference("OFSI-2026-0088").setInputVersion(2).setRulebook(RulebookVersion.GUIDANCE_2026)
                .setProcedure(AssessedProcedure.CIVIL_MONETARY_PENALTY).setSeverity("MEDIUM").setConduct("NEUTRAL")
                .setIndicativeLevel(3).setSeriousness("Level 3 (high)")
                .setLikelyOutcome(LikelyOutcome.CIVIL_MONETARY_PENALTY)
                .setStatutoryMaximum(new BigDecimal("1000000.00")).setAggregatedValue(new BigDecimal("40000.00"))
                .setBreaches(List.of(BreachAssessment.newBuilder().setBreachId("b-1").setSubjectId("s-1")
                        .setBreachType("MAKING_FUNDS_AVAILABLE").setRegime("Russia").setEstablished(true)
                        .setEstablishedReason("established").setEstimatedValue(new BigDecimal("40000.00"))
                        .setStatutoryMaximumAlone(new BigDecimal("1000000.00")).build()))
                .setPenalties(List.of(penalty("s-1", "Canary Trading Ltd", "LEGAL_PERSON", null, "300000.00"),
                        penalty("s-2", "Jane Canary", "INDIVIDUAL", "s-1", "20000.00")))
                .setExplanation(List.of(ExplanationStep.newBuilder().setStep(5).setRule("OverallSeriousness")
                        .setSection("§5.8").setInputs(Map.of())
                        .setOutcome("MEDIUM severity and NEUTRAL conduct give Level 3 in Figure 5A").build()))
                .build();
        Instant now = Instant.parse("2026-05-01T09:00:00Z");
        return AssessmentEventEnvelope.newBuilder().setEventId(UUID.randomUUID().toString()).setCaseId(caseId)
                .setOccurredAt(now).setRecordedAt(now).setProducer("assessment-service").setPayload(payload).build();
    }

    private static SubjectPenalty penalty(String id, String name, String type, String officerOf, String amount) {
        return SubjectPenalty.newBuilder().setSubjectId(id).setSubjectName(name).setSubjectType(type)
                .setBaseline(new BigDecimal(amount)).setDiscounts(List.of())
                .setTotalDiscountPercent(new BigDecimal("0.00")).setPenaltyAfterDiscounts(new BigDecimal(amount))
                .setFinalPenalty(new BigDecimal(amount)).setOfficerOfSubjectId(officerOf).build();
    }

    private static ProcedureMilestoneRecorded milestone(MilestoneType type, LocalDate on, PenaltyOutcome outcome) {
        return ProcedureMilestoneRecorded.newBuilder().setMilestoneId(UUID.randomUUID().toString()).setMilestone(type)
                .setOccurredOn(on).setPenaltyOutcome(outcome).build();
    }

    private static DeadlineExpired expired(WindowKind kind, String subjectId) {
        return DeadlineExpired.newBuilder()
                .setWindow(WindowRef.newBuilder().setWindowId(UUID.randomUUID().toString()).setKind(kind)
                        .setSubjectId(subjectId).setGuidanceSection("8.1")
                        .setDivision(org.sanctionsplatform.events.deadlines.CalendarDivision.ENGLAND_AND_WALES).build())
                .setDueDate(LocalDate.of(2026, 7, 1)).setDueAt(Instant.parse("2026-07-01T22:59:59.999Z"))
                .setLatenessMillis(0).setConsequence("publication may be released").build();
    }

    // ---- the topics -----------------------------------------------------------------------------------------

    private void sendCase(String caseId, Object payload) {
        Instant now = Instant.parse("2026-05-01T09:00:00Z");
        send(Topics.CASE_EVENTS.name(), caseId, Topics.CASE_EVENTS.encode(CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setCaseId(caseId).setOccurredAt(now).setRecordedAt(now)
                .setProducer("intake-service").setPayload(payload).build()));
    }

    private void sendAssessment(String caseId, AssessmentEventEnvelope event) {
        send(Topics.ASSESSMENTS.name(), caseId, Topics.ASSESSMENTS.encode(event));
    }

    private void sendDeadline(String caseId, Object payload) {
        Instant now = Instant.parse("2026-07-02T09:00:00Z");
        send(Topics.DEADLINES.name(), caseId, Topics.DEADLINES.encode(DeadlineEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setCaseId(caseId).setOccurredAt(now).setRecordedAt(now)
                .setProducer("deadline-service").setPayload(payload).build()));
    }

    private void send(String topic, String key, byte[] value) {
        if (producer == null) {
            producer = KafkaFixture.shared().newProducer();
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** The case's publication events with a payload of {@code type} (any, when null), in topic order. */
    private static List<PublicationEventEnvelope> ofKind(String caseId, Class<?> type) {
        return KafkaFixture.shared().readAll(Topics.PUBLICATIONS.name(), Duration.ofSeconds(2), Integer.MAX_VALUE)
                .stream().filter(r -> caseId.equals(r.key())).map(r -> Topics.PUBLICATIONS.decode(r.value()))
                .filter(e -> type == null || type.isInstance(e.getPayload())).toList();
    }

    private List<Map<String, Object>> publications(String caseId) {
        return http.toBlocking().retrieve(HttpRequest.GET("/cases/" + caseId + "/publications")
                .bearerAuth(LocalIdentityProvider.shared().token("AUDITOR")), Argument.listOf(Argument.mapOf(
                String.class, Object.class)));
    }
}
