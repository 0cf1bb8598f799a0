package org.sanctionsplatform.publication.adapters;

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
import org.sanctionsplatform.publication.adapters.kafka.AsPublicationReadsIt;
import org.sanctionsplatform.publication.adapters.kafka.InboundEventMapper;
import org.sanctionsplatform.publication.application.CasePublications;
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
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;
import org.sanctionsplatform.events.publications.PublicationDrafted;
import org.sanctionsplatform.events.cases.Actor;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.events.publications.PublicationKind;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * A penalised case on a real broker and a real PostgreSQL: its case events and its assessments arrive on their
 * topics; the first assessment with a final penalty drafts the monetary penalty summary, a repeated assessment with
 * the same content (and a redelivered one) drafts nothing, a changed one drafts version 2.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationServiceScenarioTest implements TestPropertyProvider {

    private static final String RUSSIA_REG_12 = "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12";

    private final String caseId = UUID.randomUUID().toString();
    private KafkaProducer<String, byte[]> producer;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CasePublications casePublications;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
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
    void aPenalisedCaseGetsADraftSummaryAndANewVersionOnlyWhenItsContentChanges() {
        publishCaseEvent(caseEvent(CaseOpened.newBuilder()
                .setCaseReference("OFSI-2026-0077").setOpenedOn(LocalDate.of(2026, 1, 12))
                .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                .setSubjects(List.of(
                        Subject.newBuilder().setSubjectId("s-1").setName("Canary Trading Ltd")
                                .setSubjectType(SubjectType.LEGAL_PERSON).build(),
                        Subject.newBuilder().setSubjectId("s-2").setName("Jane Canary")
                                .setSubjectType(SubjectType.INDIVIDUAL).setOfficerOfSubjectId("s-1").build()))
                .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES).build()));
        publishCaseEvent(caseEvent(BreachRecorded.newBuilder()
                .setBreachId("b-1").setSubjectId("s-1").setBreachType(BreachType.MAKING_FUNDS_AVAILABLE)
                .setRegime("Russia").setRegulation(RUSSIA_REG_12).setDescription("Payments to a designated person")
                .setBreachDate(LocalDate.of(2025, 11, 4)).setEstimatedValue(new BigDecimal("3000000.00"))
                .setEstablishedOnBalanceOfProbabilities(true).build()));
        publishCaseEvent(caseEvent(VoluntaryDisclosureRecorded.newBuilder()
                .setSubjectId("s-1").setDisclosedOn(LocalDate.of(2025, 11, 20)).setRequestedOrRequiredByOfsi(false)
                .setOfsiAlreadyAware(false).setCompelledByOtherInvestigation(false).setCompleteAndAccurate(true)
                .build()));

        AssessmentEventEnvelope first = assessed(new BigDecimal("900000.00"), null);
        publishAssessment(first);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(drafted()).hasSize(1));

        publishAssessment(first); // redelivered
        publishAssessment(assessed(new BigDecimal("900000.00"), null)); // same content, new event
        AssessmentEventEnvelope changed = assessed(new BigDecimal("900000.00"), new BigDecimal("75000.00"));
        // the decision maker's penalty decision for the director, as its assessment carries them (issue 9.3)
        changed.setActor(Actor.newBuilder().setSubject("dm-3").setName("Dana Decider").setRole("DECISION_MAKER").build());
        publishAssessment(changed);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(drafted()).hasSize(2));

        List<PublicationEventEnvelope> drafts = drafted();
        PublicationDrafted v1 = (PublicationDrafted) drafts.get(0).getPayload();
        PublicationDrafted v2 = (PublicationDrafted) drafts.get(1).getPayload();
        assertThat(v1.getContent().getKind()).isEqualTo(PublicationKind.MONETARY_PENALTY_SUMMARY);
        assertThat(v1.getContent().getVersion()).isEqualTo(1);
        assertThat(v1.getBasedOnEventId()).isEqualTo(first.getEventId());
        assertThat(v1.getReleaseCondition()).isEqualTo(
                "review rights spent: the review window elapsed unrequested or the review decided (§11.4)");
        assertThat(v1.getContent().getPenalisedPersons()).extracting(p -> p.getName() + "=" + p.getPenalty())
                .containsExactly("Canary Trading Ltd=900000.00");
        assertThat(v1.getContent().getBreachTypes()).containsExactly("Making funds available");
        assertThat(v1.getContent().getRegimes()).containsExactly("Russia");
        assertThat(v1.getContent().getRegulations()).containsExactly(RUSSIA_REG_12);
        assertThat(v1.getContent().getVoluntarilyDisclosed()).isTrue();
        assertThat(v1.getContent().getAggregatedValue()).isEqualTo(new BigDecimal("3000000.00"));
        assertThat(v2.getPublicationId()).isEqualTo(v1.getPublicationId());
        assertThat(v2.getContent().getVersion()).isEqualTo(2);
        assertThat(v2.getContent().getPenalisedPersons()).extracting(p -> p.getName())
                .containsExactly("Canary Trading Ltd", "Jane Canary");
        assertThat(drafts.get(1).getCausationId()).isEqualTo(changed.getEventId());
        assertThat(drafts.get(0).getActor()).as("its cause named nobody").isNull();
        assertThat(drafts.get(1).getActor()).isEqualTo(changed.getActor());

        List<Map<String, Object>> body = http.toBlocking().retrieve(
                HttpRequest.GET("/cases/" + caseId + "/publications"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        String raw = http.toBlocking().retrieve(HttpRequest.GET("/cases/" + caseId + "/publications"));
        assertThat(raw).contains("\"aggregatedValue\":3000000.00", "\"penalty\":75000.00");
        assertThat(body).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("publicationId", v1.getPublicationId())
                    .containsEntry("kind", "MONETARY_PENALTY_SUMMARY").containsEntry("version", 2)
                    .containsEntry("state", "DRAFTED").containsEntry("named", true)
                    .containsEntry("title", "Monetary penalty imposed on Canary Trading Ltd and Jane Canary")
                    .containsEntry("voluntarilyDisclosed", true);
            assertThat((String) p.get("text")).contains("£975,000.00", "OFSI-2026-0077");
            assertThat((List<?>) p.get("penalisedPersons")).hasSize(2);
            assertThat((List<?>) p.get("complianceLessons")).isNotEmpty();
            assertThat(p.get("draftedBy")).isEqualTo(Map.of("subject", "dm-3", "name", "Dana Decider",
                    "role", "DECISION_MAKER"));
            assertThat(p.get("draftedAt")).isNotNull();
        });
    }

    /**
     * The case events and the assessments are consumed on different threads: a case's last breach and its assessment
     * arriving at the same moment must still end in a summary drafted from both (each change locks the case first).
     */
    @Test
    void aCaseWhoseFactsAndAssessmentArriveAtTheSameMomentIsStillDrafted() throws Exception {
        List<String> cases = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (KafkaProducer<String, byte[]> mine = KafkaFixture.shared().newProducer()) {
            for (int i = 0; i < 20; i++) {
                String id = "race-" + i + "-" + UUID.randomUUID();
                cases.add(id);
                send(mine, Topics.CASE_EVENTS.name(), id, Topics.CASE_EVENTS.encode(caseEvent(id, CaseOpened.newBuilder()
                        .setCaseReference("OFSI-RACE-" + i).setOpenedOn(LocalDate.of(2026, 1, 12))
                        .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                        .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Canary Trading Ltd")
                                .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                        .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES).build())));
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Future<?> breach = pool.submit(() -> {
                    together.await();
                    send(mine, Topics.CASE_EVENTS.name(), id, Topics.CASE_EVENTS.encode(caseEvent(id, BreachRecorded.newBuilder()
                            .setBreachId("b-1").setSubjectId("s-1").setBreachType(BreachType.MAKING_FUNDS_AVAILABLE)
                            .setRegime("Russia").setRegulation(RUSSIA_REG_12).setDescription("Payments to a designated person")
                            .setBreachDate(LocalDate.of(2025, 11, 4)).setEstimatedValue(new BigDecimal("3000000.00"))
                            .setEstablishedOnBalanceOfProbabilities(true).build())));
                    return null;
                });
                java.util.concurrent.Future<?> assessment = pool.submit(() -> {
                    together.await();
                    send(mine, Topics.ASSESSMENTS.name(), id, Topics.ASSESSMENTS.encode(
                            assessedCase(id, new BigDecimal("900000.00"))));
                    return null;
                });
                breach.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assessment.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (String id : cases) {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                List<Map<String, Object>> body = http.toBlocking().retrieve(HttpRequest.GET("/cases/" + id + "/publications"),
                        Argument.listOf(Argument.mapOf(String.class, Object.class)));
                assertThat(body).as(id).singleElement().satisfies(p -> {
                    assertThat(p).containsEntry("state", "DRAFTED");
                    assertThat((String) p.get("text")).contains("Canary Trading Ltd", "£900,000.00", "Russia");
                });
            });
        }
    }

    /**
     * The same race without the broker in between: a case's CaseOpened and its assessment applied at once, before
     * the case has any row here. Both create the case's row if it is missing; the second waits for the first and
     * neither fails (no duplicate key to retry) nor overwrites what the other wrote (a "find, else save" could, when
     * the other commits between the two): the breach that follows completes the facts the assessment saw, and the
     * summary is drafted.
     */
    @Test
    void anAssessmentAppliedWhileItsCaseIsBeingOpenedLosesNeitherTheFactsNorTheAssessment() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<String> cases = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                String id = "race-open-" + i + "-" + UUID.randomUUID();
                cases.add(id);
                CaseEventEnvelope opened = caseEvent(id, CaseOpened.newBuilder()
                        .setCaseReference("OFSI-RACE-" + i).setOpenedOn(LocalDate.of(2026, 1, 12))
                        .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                        .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Canary Trading Ltd")
                                .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                        .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES).build());
                AssessmentEventEnvelope assessed = assessedCase(id, new BigDecimal("900000.00"));
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<?>> both = List.of(
                        pool.submit(() -> {
                            together.await();
                            return casePublications.onCaseEvent(id, InboundEventMapper.change(opened),
                                    InboundEventMapper.cause(opened));
                        }),
                        pool.submit(() -> {
                            together.await();
                            var read = AsPublicationReadsIt.envelope(assessed);
                            return casePublications.onCaseAssessed(id, InboundEventMapper.assessedCase(read),
                                    InboundEventMapper.cause(read));
                        }));
                for (java.util.concurrent.Future<?> change : both) {
                    change.get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        for (String id : cases) {
            CaseEventEnvelope breach = caseEvent(id, BreachRecorded.newBuilder()
                    .setBreachId("b-1").setSubjectId("s-1").setBreachType(BreachType.MAKING_FUNDS_AVAILABLE)
                    .setRegime("Russia").setRegulation(RUSSIA_REG_12).setDescription("Payments to a designated person")
                    .setBreachDate(LocalDate.of(2025, 11, 4)).setEstimatedValue(new BigDecimal("3000000.00"))
                    .setEstablishedOnBalanceOfProbabilities(true).build());
            assertThat(casePublications.onCaseEvent(id, InboundEventMapper.change(breach), InboundEventMapper.cause(breach)))
                    .as(id).hasValueSatisfying(p -> assertThat(p.content().text()).contains("Canary Trading Ltd", "£900,000.00"));
        }
    }

    @Test
    void anUnknownCaseIsAnsweredWithAProblem() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/cases/no-such-case/publications")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
                    assertThat(e.getResponse().getContentType().map(Object::toString))
                            .contains("application/problem+json");
                });
    }

    /** The assessment of the three case events above: Level 3, a civil monetary penalty. */
    private AssessmentEventEnvelope assessed(BigDecimal companyPenalty, BigDecimal directorPenalty) {
        return assessment(caseId, "OFSI-2026-0077", 3, List.of(penalty("s-1", "Canary Trading Ltd", companyPenalty),
                penalty("s-2", "Jane Canary", directorPenalty)));
    }

    private static SubjectPenalty penalty(String subjectId, String name, BigDecimal amount) {
        return SubjectPenalty.newBuilder().setSubjectId(subjectId).setSubjectName(name).setSubjectType("LEGAL_PERSON")
                .setBaseline(amount).setDiscounts(List.of()).setTotalDiscountPercent(new BigDecimal("0.00"))
                .setPenaltyAfterDiscounts(amount).setFinalPenalty(amount).build();
    }

    private static CaseEventEnvelope caseEvent(String caseId, Object payload) {
        Instant now = Instant.now();
        return CaseEventEnvelope.newBuilder().setEventId(UUID.randomUUID().toString()).setCaseId(caseId)
                .setOccurredAt(now).setRecordedAt(now).setProducer("intake-service").setPayload(payload).build();
    }

    /** The assessment of one company's £3,000,000 breach with its penalty. */
    private static AssessmentEventEnvelope assessedCase(String caseId, BigDecimal penalty) {
        return assessment(caseId, "OFSI-RACE", 2, List.of(penalty("s-1", "Canary Trading Ltd", penalty)));
    }

    /** Level 3, a civil monetary penalty, for a £3,000,000 breach by subject s-1. */
    private static AssessmentEventEnvelope assessment(String caseId, String reference, int inputVersion,
                                                      List<SubjectPenalty> penalties) {
        Instant now = Instant.now();
        CaseAssessed payload = CaseAssessed.newBuilder()
                .setCaseReference(reference).setInputVersion(inputVersion).setRulebook(RulebookVersion.GUIDANCE_2026)
                .setProcedure(AssessedProcedure.CIVIL_MONETARY_PENALTY).setSeverity("MEDIUM").setConduct("NEUTRAL")
                .setIndicativeLevel(3).setSeriousness("Level 3 (high)")
                .setLikelyOutcome(LikelyOutcome.CIVIL_MONETARY_PENALTY)
                .setStatutoryMaximum(new BigDecimal("1500000.00")).setAggregatedValue(new BigDecimal("3000000.00"))
                .setBreaches(List.of(BreachAssessment.newBuilder().setBreachId("b-1").setSubjectId("s-1")
                        .setBreachType("MAKING_FUNDS_AVAILABLE").setRegime("Russia").setEstablished(true)
                        .setEstablishedReason("established on the balance of probabilities")
                        .setEstimatedValue(new BigDecimal("3000000.00"))
                        .setStatutoryMaximumAlone(new BigDecimal("1500000.00")).build()))
                .setPenalties(penalties)
                .setExplanation(List.of())
                .build();
        return AssessmentEventEnvelope.newBuilder().setEventId(UUID.randomUUID().toString()).setCaseId(caseId)
                .setOccurredAt(now).setRecordedAt(now).setProducer("assessment-service").setPayload(payload).build();
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    private CaseEventEnvelope caseEvent(Object payload) {
        return caseEvent(caseId, payload);
    }

    private void publishCaseEvent(CaseEventEnvelope event) {
        send(Topics.CASE_EVENTS.name(), Topics.CASE_EVENTS.encode(event));
    }

    private void publishAssessment(AssessmentEventEnvelope event) {
        send(Topics.ASSESSMENTS.name(), Topics.ASSESSMENTS.encode(event));
    }

    private void send(String topic, byte[] value) {
        if (producer == null) {
            producer = KafkaFixture.shared().newProducer();
        }
        send(producer, topic, caseId, value);
    }

    private List<PublicationEventEnvelope> drafted() {
        return KafkaFixture.shared().readAll(Topics.PUBLICATIONS.name(), Duration.ofSeconds(2), Integer.MAX_VALUE)
                .stream()
                .filter(r -> caseId.equals(r.key()))
                .map(r -> Topics.PUBLICATIONS.decode(r.value()))
                .filter(e -> e.getPayload() instanceof PublicationDrafted)
                .toList();
    }
}
