package org.sanctionsplatform.publication.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
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
import org.sanctionsplatform.publication.adapters.kafka.AsPublicationReadsIt;
import org.sanctionsplatform.publication.adapters.kafka.InboundEventMapper;
import org.sanctionsplatform.publication.application.CasePublications;
import org.sanctionsplatform.publication.application.PublicRegister;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The s.149(2) report over HTTP on PostgreSQL, from cases applied as publication-service consumes them (case events
 * and CaseAssessed through the inbound mapping, dated by the assessments' occurredAt): counts and sums by level,
 * outcome, regime and breach type, warnings, Disclosures and what the register published, as JSON and as CSV; for the
 * publication officer, decision maker and auditor only; bad periods refused with 400 problem+json; and no name of
 * anyone in the cases in either form.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PenaltyReportHttpTest implements TestPropertyProvider {

    private static final String PERIOD = "from=2026-04-01&to=2026-06-30";

    @Inject
    CasePublications casePublications;

    @Inject
    PublicRegister register;

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> names = new ArrayList<>();

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

    @BeforeAll
    void casesOfThreeQuarters() {
        // in the period: two penalties (one on a company and its officer, in two regimes), a warning, a Disclosure
        String penalised = decided("2026-04-14T10:00:00Z", "Level 3", LikelyOutcome.CIVIL_MONETARY_PENALTY,
                List.of(new BigDecimal("300000.00"), new BigDecimal("25000.00")), "Russia", "Belarus");
        // reassessed after the period with the same outcome: it stays in the period it was decided in
        decided(penalised, "2026-07-20T10:00:00Z", "Level 3", LikelyOutcome.CIVIL_MONETARY_PENALTY,
                List.of(new BigDecimal("300000.00"), new BigDecimal("20000.00")), "Russia", "Belarus");
        decided("2026-06-30T22:30:00Z", "Level 4", LikelyOutcome.REFERRAL_OR_PENALTY,
                List.of(new BigDecimal("1000000.00")), "Russia"); // 23:30 in London: still 30 June
        decided("2026-05-05T09:00:00Z", "Level 1", LikelyOutcome.PRIVATE_WARNING, List.of(), "Iran");
        decided("2026-05-06T09:00:00Z", "Level 2", LikelyOutcome.DISCLOSURE, List.of(), "Syria");
        // outside the period
        decided("2026-03-31T22:59:00Z", "Level 3", LikelyOutcome.CIVIL_MONETARY_PENALTY,
                List.of(new BigDecimal("70000.00")), "Russia"); // 23:59 in London on 31 March
        decided("2026-07-01T08:00:00Z", "Level 3", LikelyOutcome.CIVIL_MONETARY_PENALTY,
                List.of(new BigDecimal("80000.00")), "Russia");
        // the penalised case's summary released in the period
        String publicationId = Publication.idFor(penalised, PublicationKind.MONETARY_PENALTY_SUMMARY);
        register.released(publicationId, penalised, casePublications.ofCase(penalised).orElseThrow().get(0).content(),
                LocalDate.of(2026, 6, 1), "the review window elapsed without a request");
    }

    @Test
    void theReportCountsAndSumsThePeriodsCasesByLevelOutcomeRegimeAndBreachType() throws Exception {
        HttpResponse<String> answer = get("/reports/penalties?" + PERIOD, "application/json", "AUDITOR");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(answer.body());
        assertThat(report.get("from").asText()).isEqualTo("2026-04-01");
        assertThat(line(report.get("total"))).isEqualTo("all cases 4 3 1320000.00");
        assertThat(report.get("warnings").asLong()).isEqualTo(1);
        assertThat(report.get("disclosures").asLong()).isEqualTo(1);
        assertThat(lines(report.get("byLevel"))).containsExactly("Level 1 1 0 0.00", "Level 2 1 0 0.00",
                "Level 3 1 2 320000.00", "Level 4 1 1 1000000.00");
        assertThat(lines(report.get("byOutcome"))).containsExactly("CIVIL_MONETARY_PENALTY 1 2 320000.00",
                "DISCLOSURE 1 0 0.00", "PRIVATE_WARNING 1 0 0.00", "REFERRAL_OR_PENALTY 1 1 1000000.00");
        assertThat(lines(report.get("byRegime"))).containsExactly("Belarus 1 2 320000.00", "Iran 1 0 0.00",
                "Russia 2 3 1320000.00", "Syria 1 0 0.00");
        assertThat(lines(report.get("byBreachType"))).containsExactly("MAKING_FUNDS_AVAILABLE 4 3 1320000.00");
        assertThat(report.get("published").get("released").asLong()).isEqualTo(1);
        assertThat(report.get("published").get("releasedByKind").get("MONETARY_PENALTY_SUMMARY").asLong()).isEqualTo(1);
        assertThat(report.get("published").get("withheld").asLong()).isZero();
        assertThat(answer.body()).as("aggregates only").doesNotContain(names);
    }

    @Test
    void theSameReportAsCsv() throws Exception {
        HttpResponse<String> answer = get("/reports/penalties?" + PERIOD, "text/csv", "PUBLICATION_OFFICER");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        List<String> rows = List.of(answer.body().split("\r\n"));
        assertThat(rows.get(0)).isEqualTo("from,to,dimension,value,cases,penalties,penalty_total_gbp");
        assertThat(rows).contains("2026-04-01,2026-06-30,total,,4,3,1320000.00",
                "2026-04-01,2026-06-30,level,Level 3,1,2,320000.00",
                "2026-04-01,2026-06-30,regime,Russia,2,3,1320000.00",
                "2026-04-01,2026-06-30,warnings,,1,,", "2026-04-01,2026-06-30,disclosures,,1,,",
                "2026-04-01,2026-06-30,published,MONETARY_PENALTY_SUMMARY,1,,", "2026-04-01,2026-06-30,amended,,0,,",
                "2026-04-01,2026-06-30,withheld,,0,,");
        assertThat(get("/reports/penalties?format=csv&" + PERIOD, "*/*", "DECISION_MAKER").body()).isEqualTo(answer.body());
        assertThat(answer.body()).doesNotContain(names);
    }

    @Test
    void onlyThePublicationOfficerTheDecisionMakerAndTheAuditorMayReadIt() throws Exception {
        assertThat(get("/reports/penalties?" + PERIOD, "application/json", "DECISION_MAKER").statusCode()).isEqualTo(200);
        assertThat(get("/reports/penalties?" + PERIOD, "application/json", "CASE_OFFICER").statusCode()).isEqualTo(403);
        assertThat(get("/reports/penalties?" + PERIOD, "application/json", "OPERATOR").statusCode()).isEqualTo(403);
        assertThat(get("/reports/penalties?" + PERIOD, "application/json", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBadPeriodIsRefusedWithAProblemNamingTheField() throws Exception {
        HttpResponse<String> missing = get("/reports/penalties?to=2026-13-01&format=xml", "application/json", "AUDITOR");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        json.readTree(missing.body()).get("violations").forEach(v -> fields.add(v.get("field").asText()));
        assertThat(fields).containsExactly("from", "to", "format");
        HttpResponse<String> backwards = get("/reports/penalties?from=2026-06-30&to=2026-04-01", "application/json", "AUDITOR");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"to\"", "must not be before from");
    }

    /** Opens a case with a company and its director, records one breach per regime, and assesses it at {@code at}. */
    private String decided(String at, String level, LikelyOutcome outcome, List<BigDecimal> penalties, String... regimes) {
        String caseId = UUID.randomUUID().toString();
        String company = "Company " + caseId.substring(0, 8) + " Ltd";
        String director = "Director " + caseId.substring(0, 8);
        names.add(company);
        names.add(director);
        apply(caseId, CaseOpened.newBuilder().setCaseReference("OFSI-" + caseId.substring(0, 6))
                .setOpenedOn(LocalDate.of(2026, 1, 12)).setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY)
                .setOrigin(CaseOrigin.SELF_REPORT).setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES)
                .setSubjects(List.of(
                        Subject.newBuilder().setSubjectId("s-1").setName(company).setSubjectType(SubjectType.LEGAL_PERSON).build(),
                        Subject.newBuilder().setSubjectId("s-2").setName(director).setSubjectType(SubjectType.INDIVIDUAL)
                                .setOfficerOfSubjectId("s-1").build()))
                .build());
        for (int i = 0; i < regimes.length; i++) {
            apply(caseId, BreachRecorded.newBuilder().setBreachId("b-" + i).setSubjectId("s-1")
                    .setBreachType(BreachType.MAKING_FUNDS_AVAILABLE).setRegime(regimes[i])
                    .setRegulation("regulation 12").setDescription("Payments to " + director)
                    .setBreachDate(LocalDate.of(2025, 11, 4)).setEstimatedValue(new BigDecimal("100000.00"))
                    .setEstablishedOnBalanceOfProbabilities(true).build());
        }
        decided(caseId, at, level, outcome, penalties, regimes);
        return caseId;
    }

    private void decided(String caseId, String at, String level, LikelyOutcome outcome, List<BigDecimal> penalties,
                         String... regimes) {
        List<BreachAssessment> breaches = new ArrayList<>();
        for (int i = 0; i < regimes.length; i++) {
            breaches.add(BreachAssessment.newBuilder().setBreachId("b-" + i).setSubjectId("s-1")
                    .setBreachType("MAKING_FUNDS_AVAILABLE").setRegime(regimes[i]).setEstablished(true)
                    .setEstablishedReason("established").setEstimatedValue(new BigDecimal("100000.00"))
                    .setStatutoryMaximumAlone(new BigDecimal("1000000.00")).build());
        }
        List<SubjectPenalty> subjectPenalties = new ArrayList<>();
        for (int i = 0; i < penalties.size(); i++) {
            BigDecimal amount = penalties.get(i);
            subjectPenalties.add(SubjectPenalty.newBuilder().setSubjectId("s-" + (i + 1)).setSubjectName(names.get(names.size() - 2 + i))
                    .setSubjectType(i == 0 ? "LEGAL_PERSON" : "INDIVIDUAL").setBaseline(amount).setDiscounts(List.of())
                    .setTotalDiscountPercent(new BigDecimal("0.00")).setPenaltyAfterDiscounts(amount)
                    .setFinalPenalty(amount).build());
        }
        CaseAssessed payload = CaseAssessed.newBuilder().setCaseReference("OFSI").setInputVersion(1 + regimes.length)
                .setRulebook(RulebookVersion.GUIDANCE_2026).setProcedure(AssessedProcedure.CIVIL_MONETARY_PENALTY)
                .setSeverity("MEDIUM").setConduct("NEUTRAL").setSeriousness(level).setLikelyOutcome(outcome)
                .setStatutoryMaximum(new BigDecimal("1000000.00")).setAggregatedValue(new BigDecimal("100000.00"))
                .setBreaches(breaches).setPenalties(subjectPenalties).setExplanation(List.of()).build();
        Instant occurred = Instant.parse(at);
        AssessmentEventEnvelope envelope = AssessmentEventEnvelope.newBuilder().setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId).setOccurredAt(occurred).setRecordedAt(occurred).setProducer("assessment-service")
                .setPayload(payload).build();
        var read = AsPublicationReadsIt.envelope(envelope);
        casePublications.onCaseAssessed(caseId, InboundEventMapper.assessedCase(read), InboundEventMapper.cause(read));
    }

    private void apply(String caseId, Object payload) {
        Instant at = Instant.parse("2026-01-12T09:00:00Z");
        CaseEventEnvelope envelope = CaseEventEnvelope.newBuilder().setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId).setOccurredAt(at).setRecordedAt(at).setProducer("intake-service").setPayload(payload)
                .build();
        casePublications.onCaseEvent(caseId, InboundEventMapper.change(envelope), InboundEventMapper.cause(envelope));
    }

    private static String line(JsonNode line) {
        return line.get("value").asText() + " " + line.get("cases").asLong() + " " + line.get("penalties").asLong() + " "
                + line.get("penaltyTotal").decimalValue().setScale(2).toPlainString();
    }

    private static List<String> lines(JsonNode lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(line(l)));
        return out;
    }

    private HttpResponse<String> get(String path, String accept, String role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", accept);
        if (role != null) {
            request.header("Authorization", "Bearer " + LocalIdentityProvider.shared().token(role));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
