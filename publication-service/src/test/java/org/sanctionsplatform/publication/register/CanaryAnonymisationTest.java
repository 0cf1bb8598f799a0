package org.sanctionsplatform.publication.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;
import org.sanctionsplatform.events.cases.PublicationDecision;
import org.sanctionsplatform.events.cases.PublicationDecisionRecorded;
import org.sanctionsplatform.events.cases.PublicationScope;
import org.sanctionsplatform.events.cases.PublicationTextWritten;
import org.sanctionsplatform.events.cases.WithheldCoverage;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.events.publications.PublicationReleased;
import org.sanctionsplatform.events.publications.PublicationWithheld;
import org.sanctionsplatform.publication.application.PublicRegister;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * Issue 10 item 4: a case with a canary in every field it has (subject, s.148 officer, case reference and summary, the
 * breach's description naming the designated person, its regulation, the assessment's explanation, the officer's "true
 * understanding" text, the decision's reason and who decided), consumed from the real broker, penalised, drafted,
 * then decided not to be published with an anonymised report (§11.3) through the case event intake records for that
 * decision. Every output of the withheld path is read as it is served and checked for every canary: the register's
 * JSON, pages and feed (where the anonymised report is), the s.149(2) report (JSON and CSV), and the two events the
 * decision puts on enforcement.publications.v1 (PublicationWithheld, and PublicationReleased of the anonymised report).
 * The check is not vacuous: the anonymised report is on the register, the s.149(2) report counts the case, and the
 * case's own (role-restricted) publications carry the canaries.
 *
 * <p>The decision's own reason (a canary here) stays with the decision on the case's events: PublicationWithheld says
 * in standard words that the case was withheld and how it is covered.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanaryAnonymisationTest implements TestPropertyProvider {

    /** field → its canary; every one distinct, so a leak names the field it came from. */
    private static final Map<String, String> CANARIES = new LinkedHashMap<>();

    static {
        CANARIES.put("subject", "Canaryzq7 Holdings Ltd");
        CANARIES.put("officer", "Jane Canaryxk3");
        CANARIES.put("case reference", "CANARYREF-7781");
        CANARIES.put("case summary", "Canarytp5 summary text");
        CANARIES.put("designated person", "Canaryvw9 Designated Bank");
        CANARIES.put("regulation", "Canaryrg4 regulation");
        CANARIES.put("explanation", "Canaryex2 explanation");
        CANARIES.put("true understanding", "Canarytu8 true understanding");
        CANARIES.put("decision reason", "Canarydr6 reason");
        CANARIES.put("decided by", "Canarydb1 Decider");
    }

    private final String caseId = "canary-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newHttpClient();
    private KafkaProducer<String, byte[]> producer;
    private PublicationEventEnvelope withheld;
    private PublicationEventEnvelope anonymisedReport;

    @Inject
    EmbeddedServer server;

    @Inject
    PublicRegister register;


    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("publication"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                // the anonymised report is released "today": a fixed May 2026, whatever today is
                "test.stepping-clock.start", "2026-05-20T12:00:00Z"));
    }

    @BeforeAll
    void aCanaryCaseIsPenalisedAndHeld() throws Exception {
        // something on the register, so the pages are not empty
        register.released(RegisterFixture.newPublicationId(), "case-control",
                RegisterFixture.summary(1, "Control Trading Ltd", new BigDecimal("15000"), "Russia"),
                LocalDate.of(2026, 5, 4), "the review window elapsed without a request");

        producer = KafkaFixture.shared().newProducer();
        caseEvent(CaseOpened.newBuilder().setCaseReference(CANARIES.get("case reference"))
                .setOpenedOn(LocalDate.of(2026, 1, 12)).setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY)
                .setOrigin(CaseOrigin.SELF_REPORT).setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES)
                .setSummary(CANARIES.get("case summary"))
                .setSubjects(List.of(
                        Subject.newBuilder().setSubjectId("s-1").setName(CANARIES.get("subject"))
                                .setSubjectType(SubjectType.LEGAL_PERSON).build(),
                        Subject.newBuilder().setSubjectId("s-2").setName(CANARIES.get("officer"))
                                .setSubjectType(SubjectType.INDIVIDUAL).setOfficerOfSubjectId("s-1").build()))
                .build());
        caseEvent(BreachRecorded.newBuilder().setBreachId("b-1").setSubjectId("s-1")
                .setBreachType(BreachType.MAKING_FUNDS_AVAILABLE).setRegime("Russia")
                .setRegulation(CANARIES.get("regulation"))
                .setDescription("Payments to " + CANARIES.get("designated person"))
                .setBreachDate(LocalDate.of(2025, 11, 4)).setEstimatedValue(new BigDecimal("3000000.00"))
                .setEstablishedOnBalanceOfProbabilities(true).build());
        caseEvent(VoluntaryDisclosureRecorded.newBuilder().setSubjectId("s-1").setDisclosedOn(LocalDate.of(2025, 11, 20))
                .setRequestedOrRequiredByOfsi(false).setOfsiAlreadyAware(false).setCompelledByOtherInvestigation(false)
                .setCompleteAndAccurate(true).build());
        CaseAssessed assessed = CaseAssessed.newBuilder().setCaseReference(CANARIES.get("case reference"))
                .setInputVersion(3).setRulebook(RulebookVersion.GUIDANCE_2026)
                .setProcedure(AssessedProcedure.CIVIL_MONETARY_PENALTY).setSeverity("MEDIUM").setConduct("NEUTRAL")
                .setIndicativeLevel(3).setSeriousness("Level 3").setLikelyOutcome(LikelyOutcome.CIVIL_MONETARY_PENALTY)
                .setStatutoryMaximum(new BigDecimal("1500000.00")).setAggregatedValue(new BigDecimal("3000000.00"))
                .setBreaches(List.of(BreachAssessment.newBuilder().setBreachId("b-1").setSubjectId("s-1")
                        .setBreachType("MAKING_FUNDS_AVAILABLE").setRegime("Russia").setEstablished(true)
                        .setEstablishedReason("established").setEstimatedValue(new BigDecimal("3000000.00"))
                        .setStatutoryMaximumAlone(new BigDecimal("1500000.00")).build()))
                .setPenalties(List.of(penalty("s-1", CANARIES.get("subject"), "900000.00"),
                        penalty("s-2", CANARIES.get("officer"), "50000.00")))
                .setExplanation(List.of(ExplanationStep.newBuilder().setStep(1).setRule("Seriousness")
                        .setSection("5.8").setInputs(Map.of("finding", CANARIES.get("explanation"))).setOutcome(CANARIES.get("explanation"))
                        .build()))
                .build();
        Instant at = Instant.parse("2026-05-05T10:00:00Z");
        send(Topics.ASSESSMENTS.name(), Topics.ASSESSMENTS.encode(AssessmentEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setCaseId(caseId).setOccurredAt(at).setRecordedAt(at)
                .setProducer("assessment-service").setPayload(assessed).build()));

        // the canaries reached the service: the case's own, role-restricted publications carry them
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                get("/cases/" + caseId + "/publications", "application/json", true).body())
                .contains(CANARIES.get("subject"), CANARIES.get("officer"), "\"state\":\"DRAFTED\""));
        // then the officer's own text, and the decision not to publish (§11.3), as intake records them
        caseEvent(PublicationTextWritten.newBuilder().setPublication(PublicationScope.PENALTY_SUMMARY)
                .setTrueUnderstanding(CANARIES.get("true understanding")).setWrittenOn(LocalDate.of(2026, 5, 18))
                .setWrittenBy(CANARIES.get("decided by")).build());
        caseEvent(PublicationDecisionRecorded.newBuilder().setDecisionId("d-canary")
                .setPublication(PublicationScope.PENALTY_SUMMARY).setDecision(PublicationDecision.DO_NOT_PUBLISH)
                .setReason(CANARIES.get("decision reason")).setCoverage(WithheldCoverage.ANONYMISED_REPORT)
                .setDecidedOn(LocalDate.of(2026, 5, 20)).setDecidedBy(CANARIES.get("decided by")).build());
        withheld = await().atMost(Duration.ofSeconds(90))
                .until(() -> publicationEvents(PublicationWithheld.class), l -> !l.isEmpty()).get(0);
        anonymisedReport = await().atMost(Duration.ofSeconds(90))
                .until(() -> publicationEvents(PublicationReleased.class), l -> !l.isEmpty()).get(0);
        assertThat(((PublicationReleased) anonymisedReport.getPayload()).getContent().getKind())
                .isEqualTo(org.sanctionsplatform.events.publications.PublicationKind.ANONYMISED_REPORT);
    }

    @AfterAll
    void closeProducer() {
        if (producer != null) {
            producer.close();
        }
    }

    @Test
    void noPublicOutputNorTheReportContainsAnyCanary() throws Exception {
        String draftId = Publication.idFor(caseId, PublicationKind.MONETARY_PENALTY_SUMMARY);
        Map<String, HttpResponse<String>> outputs = new LinkedHashMap<>();
        outputs.put("register JSON", get("/api/register/publications", "application/json", false));
        outputs.put("register JSON of Russia", get("/api/register/publications?regime=Russia", "application/json", false));
        outputs.put("held publication JSON", get("/api/register/publications/" + draftId, "application/json", false));
        outputs.put("register index", get("/register", "text/html", false));
        outputs.put("held publication page", get("/register/publications/" + draftId, "text/html", false));
        outputs.put("feed", get("/register/feed", "application/atom+xml", false));
        outputs.put("report JSON", get("/reports/penalties?from=2026-05-01&to=2026-05-31", "application/json", true));
        outputs.put("report CSV", get("/reports/penalties?from=2026-05-01&to=2026-05-31", "text/csv", true));
        String reportId = Publication.idFor(caseId, PublicationKind.ANONYMISED_REPORT);
        outputs.put("anonymised report JSON", get("/api/register/publications/" + reportId, "application/json", false));
        outputs.put("anonymised report page", get("/register/publications/" + reportId, "text/html", false));

        assertThat(outputs.get("register index").body()).contains("Control Trading Ltd");
        assertThat(outputs.get("held publication page").statusCode()).isEqualTo(404);
        assertThat(outputs.get("anonymised report page").statusCode()).isEqualTo(200);
        assertThat(outputs.get("anonymised report page").body()).contains("Anonymised report", "Person A");
        assertThat(outputs.get("register JSON").body()).contains(reportId);
        assertThat(outputs.get("feed").body()).contains(reportId);
        assertThat(outputs.get("held publication JSON").statusCode()).isEqualTo(404);
        assertThat(outputs.get("report JSON").body()).as("the report counts the canary case")
                .contains("\"total\":{\"value\":\"all cases\",\"cases\":1,\"penalties\":2,\"penaltyTotal\":950000.00}")
                .contains("\"withheld\":1,\"withheldByKind\":{\"MONETARY_PENALTY_SUMMARY\":1}");
        outputs.forEach((output, answer) -> CANARIES.forEach((field, canary) ->
                assertThat(answer.body().toLowerCase(Locale.ROOT)).as("the %s in the %s", field, output)
                        .doesNotContain(canary.toLowerCase(Locale.ROOT)).doesNotContain(caseId)));
        outputs.forEach((output, answer) -> assertThat(answer.body().toLowerCase(Locale.ROOT)).as(output)
                .doesNotContain("canary"));
    }

    @Test
    void theWithheldPathsTopicEventsContainNoCanary() {
        // the anonymised report's release: every field of the envelope and its content (the envelope's caseId, the
        // topic's key, is the platform's internal id of the case, which names nobody; it is left out of the check)
        assertThat(anonymisedReport.getCaseId()).isEqualTo(caseId);
        String report = anonymisedReport.toString().replace(caseId, "").toLowerCase(Locale.ROOT);
        assertThat(report).contains("person a (a legal person)");
        CANARIES.forEach((field, canary) -> assertThat(report).as("the %s in the anonymised report's event", field)
                .doesNotContain(canary.toLowerCase(Locale.ROOT)));
        assertThat(report).doesNotContain("canary");

        // the decision not to publish: nothing of the case, not even the decision's own reason
        PublicationWithheld decision = (PublicationWithheld) withheld.getPayload();
        assertThat(decision.getCoverage()).isEqualTo("ANONYMISED_REPORT");
        assertThat(decision.getSection()).isEqualTo("§11.3");
        assertThat(decision.getReason()).startsWith("decided on 2026-05-20 not to publish the summary (§11.3)");
        String event = withheld.toString().replace(caseId, "").toLowerCase(Locale.ROOT);
        CANARIES.forEach((field, canary) -> assertThat(event).as("the %s in PublicationWithheld", field)
                .doesNotContain(canary.toLowerCase(Locale.ROOT)));
        assertThat(event).doesNotContain("canary");
    }

    /** This case's events on enforcement.publications.v1 with a payload of {@code type}, in topic order. */
    private List<PublicationEventEnvelope> publicationEvents(Class<?> type) {
        return KafkaFixture.shared().readAll(Topics.PUBLICATIONS.name(), Duration.ofSeconds(2), Integer.MAX_VALUE)
                .stream().filter(r -> caseId.equals(r.key())).map(r -> Topics.PUBLICATIONS.decode(r.value()))
                .filter(e -> type.isInstance(e.getPayload())).toList();
    }

    private static SubjectPenalty penalty(String subjectId, String name, String amount) {
        BigDecimal value = new BigDecimal(amount);
        return SubjectPenalty.newBuilder().setSubjectId(subjectId).setSubjectName(name).setSubjectType("LEGAL_PERSON")
                .setBaseline(value).setDiscounts(List.of()).setTotalDiscountPercent(new BigDecimal("0.00"))
                .setPenaltyAfterDiscounts(value).setFinalPenalty(value).build();
    }

    private void caseEvent(Object payload) {
        Instant at = Instant.parse("2026-01-12T09:00:00Z");
        send(Topics.CASE_EVENTS.name(), Topics.CASE_EVENTS.encode(CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setCaseId(caseId).setOccurredAt(at).setRecordedAt(at)
                .setProducer("intake-service").setPayload(payload).build()));
    }

    private void send(String topic, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, caseId, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    private HttpResponse<String> get(String path, String accept, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", accept);
        if (withToken) {
            request.header("Authorization", "Bearer " + LocalIdentityProvider.shared().token("AUDITOR"));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
