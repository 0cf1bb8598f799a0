package org.sanctionsplatform.intake.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import io.micronaut.transaction.TransactionOperations;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachWithdrawn;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseFactorsAssessed;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.cases.PenaltyDecisionRecorded;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;
import org.sanctionsplatform.intake.adapters.persistence.JdbcCaseFiles;
import org.sanctionsplatform.intake.adapters.persistence.RecentCases;
import org.sanctionsplatform.intake.domain.CaseId;
import org.sanctionsplatform.intake.domain.CaseReference;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/** intake over HTTP on a real PostgreSQL and a real Kafka broker: what is accepted is kept and published, what is refused leaves nothing. */
@MicronautTest(environments = "intake", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeHttpTest implements TestPropertyProvider {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> TABLES = List.of("breach_case", "case_subject", "breach", "voluntary_disclosure",
            "factor_assessment", "factor_finding", "procedure_milestone", "penalty_decision", "publication_step",
            "outbox_event");

    /** The roles of the caller EveryRoleCallerToken sends as. */
    private static final String[] EVERY_ROLE = {"CASE_OFFICER", "DECISION_MAKER", "PUBLICATION_OFFICER", "AUDITOR", "OPERATOR"};

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    private final LocalDate openedOn = today.minusDays(40);
    private String jdbcUrl;
    /** This service's properties, for a second replica on the same database. */
    private Map<String, String> properties;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JdbcCaseFiles caseFiles;

    @Inject
    RecentCases recentCases;

    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("intake");
        properties = LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                // the 10 s default is too short for a cold first request on a shared 2-core machine
                "micronaut.http.client.read-timeout", "60s",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
        return properties;
    }

    // ---- accepted: kept and published --------------------------------------------------------------------

    @Test
    void openingACaseKeepsItAndPublishesCaseOpenedThenOneBreachRecordedPerBreach() {
        HttpResponse<Map<String, Object>> response = http.toBlocking().exchange(
                HttpRequest.POST("/cases", aCaseAgainstACompanyAndItsDirector()).header("X-Correlation-Id", "req-42"),
                Argument.mapOf(String.class, Object.class));

        assertThat(response.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        Map<String, Object> opened = response.body();
        String caseId = (String) opened.get("id");
        assertThat((Object) response.header("Location")).isEqualTo("/cases/" + caseId);
        assertThat((String) opened.get("caseReference")).matches("OFSI-" + openedOn.getYear() + "-\\d{6}");
        assertThat(opened).containsEntry("procedure", "CIVIL_MONETARY_PENALTY").containsEntry("status", "OPEN")
                .containsEntry("openedOn", openedOn.toString());
        assertThat(list(opened, "subjects")).extracting(s -> s.get("officerOf")).containsExactly(null, "ACME");
        assertThat(list(opened, "breaches")).hasSize(2);

        List<CaseEventEnvelope> events = eventsOf(caseId, 3);
        assertThat(events).extracting(e -> e.getPayload().getClass().getSimpleName())
                .containsExactly("CaseOpened", "BreachRecorded", "BreachRecorded");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getProducer()).isEqualTo("intake-service");
            assertThat(e.getCorrelationId()).isEqualTo("req-42");
            assertThat(e.getOccurredAt()).isEqualTo(openedOn.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant());
        });
        assertThat(events).extracting(CaseEventEnvelope::getEventId).doesNotHaveDuplicates();
        CaseOpened caseOpened = (CaseOpened) events.get(0).getPayload();
        assertThat(caseOpened.getCaseReference()).isEqualTo(opened.get("caseReference"));
        assertThat(caseOpened.getSubjects()).extracting(s -> s.getSubjectType(), s -> s.getOfficerOfSubjectId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SubjectType.LEGAL_PERSON, null),
                        org.assertj.core.groups.Tuple.tuple(SubjectType.INDIVIDUAL, "ACME"));
        // The fixed-penalty history of each subject (Figure 13A) travels to the assessment.
        assertThat(caseOpened.getSubjects()).extracting(s -> s.getPriorFixedPenaltyWarnings(), s -> s.getPriorFixedPenalty())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, new java.math.BigDecimal("5000.00")),
                        org.assertj.core.groups.Tuple.tuple(0, null));
        BreachRecorded second = (BreachRecorded) events.get(2).getPayload();
        assertThat(second.getSubjectId()).isEqualTo("DIR");
        assertThat(second.getEstimatedValue()).isNull();
        assertThat(((BreachRecorded) events.get(1).getPayload()).getEstimatedValue()).isEqualByComparingTo("128277.72");

        assertThat(get("/cases/" + caseId)).isEqualTo(opened);
    }

    @Test
    void aNoticeOfIntentionIsKeptAndPublishedAsProcedureMilestoneRecorded() {
        String caseId = openACase();

        Map<String, Object> milestone = post("/cases/" + caseId + "/milestones",
                Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", today.minusDays(10).toString(), "subjectId", "ACME"));

        assertThat(milestone).containsEntry("milestone", "NOTICE_OF_INTENTION").containsEntry("stands", true);
        List<CaseEventEnvelope> events = eventsOf(caseId, 3);
        assertThat(events.get(2).getPayload()).isInstanceOfSatisfying(ProcedureMilestoneRecorded.class, m -> {
            assertThat(m.getMilestone()).isEqualTo(MilestoneType.NOTICE_OF_INTENTION);
            assertThat(m.getMilestoneId()).isEqualTo(milestone.get("milestoneId"));
            assertThat(m.getOccurredOn()).isEqualTo(today.minusDays(10));
            assertThat(m.getSubjectId()).isEqualTo("ACME");
        });
        assertThat(list(get("/cases/" + caseId), "milestones")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("milestoneId", milestone.get("milestoneId")));
    }

    @Test
    void theRestOfTheCaseFileIsKeptPublishedAndReadBack() {
        String caseId = openACase();
        String breachId = (String) list(get("/cases/" + caseId), "breaches").get(0).get("breachId");

        post("/cases/" + caseId + "/breaches", Map.of("subjectId", "ACME", "breachType", "LATE_REPORTING",
                "regime", "Russia", "regulation", "reg. 70", "description", "Reported 3 months late",
                "breachDate", openedOn.minusDays(5).toString(), "estimatedValue", 0));
        post("/cases/" + caseId + "/breaches/" + breachId + "/withdrawal", Map.of("reason", "no UK nexus (§5.3)"));
        post("/cases/" + caseId + "/voluntary-disclosures", Map.of("subjectId", "ACME", "disclosedOn",
                openedOn.minusDays(3).toString(), "discoveredOn", openedOn.minusDays(10).toString(),
                "completeAndAccurate", true, "cooperation", "full"));
        Map<String, Object> factors = put("/cases/" + caseId + "/factors", Map.of(
                "findings", List.of(
                        Map.of("factor", "B_VALUE", "effect", "MEDIUM", "rationale", "£128,277.72 over 79 payments"),
                        Map.of("factor", "H_REPEATED_PERSISTENT_OR_EXTENDED", "effect", "AGGRAVATING", "rationale", "79 payments")),
                "severity", "MEDIUM", "conduct", "AGGRAVATING", 
                "assessedOn", today.minusDays(20).toString(), "decidedLevel", 4,
                "levelDepartureReason", "persistent conduct after a warning", "publicInterestStopsAction", false));
        // a second assessment replaces the first: the file reads back the latest, with its own findings only
        Map<String, Object> reassessed = put("/cases/" + caseId + "/factors", Map.of(
                "findings", List.of(Map.of("factor", "B_VALUE", "effect", "HIGH", "rationale", "revalued at £1.2m")),
                "severity", "HIGH", "conduct", "AGGRAVATING",
                "assessedOn", today.minusDays(19).toString(), "publicInterestStopsAction", false));
        String noticeId = (String) post("/cases/" + caseId + "/milestones",
                Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", today.minusDays(15).toString())).get("milestoneId");
        Map<String, Object> correction = post("/cases/" + caseId + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION",
                "occurredOn", today.minusDays(14).toString(), "correctsMilestoneId", noticeId, "reason", "letter dated a day later"));
        post("/cases/" + caseId + "/milestones", Map.of("milestone", "WINDOW_EXTENSION_AGREED", "occurredOn",
                today.minusDays(5).toString(), "windowKind", "REPRESENTATIONS", "extensionBusinessDays", 10,
                "reason", "evidence of illness"));
        post("/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", "ACME", "decidedOn", today.minusDays(16).toString(),
                "baseline", 750000.00, "voluntaryDisclosureDiscountPercent", 10,
                "settlementDiscountClaimed", false, "hardshipReduction", 1000.50, "hardshipReason", "audited accounts"));
        Map<String, Object> closed = post("/cases/" + caseId + "/closure", Map.of("closedOn", today.toString(),
                "reason", "REFERRED_TO_LAW_ENFORCEMENT", "notes", "referred to the NCA"));

        assertThat(factors).containsEntry("decidedLevel", 4).containsEntry("severity", "MEDIUM");
        assertThat(closed).containsEntry("status", "CLOSED");
        Map<String, Object> file = get("/cases/" + caseId);
        assertThat(list(file, "breaches")).extracting(b -> b.get("withdrawn")).containsExactly(true, false);
        assertThat(list(file, "voluntaryDisclosures")).singleElement().satisfies(d -> assertThat(d).containsEntry("voluntary", true));
        assertThat(map(file, "factorAssessment")).isEqualTo(reassessed);
        // read back in one statement, the whole file is what the last command left in memory
        assertThat(file).isEqualTo(closed);
        assertThat(list(file, "milestones")).extracting(m -> m.get("correctedBy"))
                .containsExactly(correction.get("milestoneId"), null, null);
        assertThat(list(file, "penaltyDecisions")).singleElement().satisfies(d -> {
            assertThat(((Number) d.get("baseline")).doubleValue()).isEqualTo(750000.00);
            assertThat(((Number) d.get("hardshipReduction")).doubleValue()).isEqualTo(1000.50);
        });
        assertThat(map(file, "closure")).containsEntry("reason", "REFERRED_TO_LAW_ENFORCEMENT");

        List<CaseEventEnvelope> events = eventsOf(caseId, 12);
        assertThat(events).extracting(e -> e.getPayload().getClass().getSimpleName()).containsExactly(
                "CaseOpened", "BreachRecorded", "BreachRecorded", "BreachWithdrawn", "VoluntaryDisclosureRecorded",
                "CaseFactorsAssessed", "CaseFactorsAssessed", "ProcedureMilestoneRecorded", "ProcedureMilestoneRecorded",
                "ProcedureMilestoneRecorded", "PenaltyDecisionRecorded", "CaseClosed");
        assertThat(((BreachWithdrawn) events.get(3).getPayload()).getBreachId()).isEqualTo(breachId);
        assertThat(((VoluntaryDisclosureRecorded) events.get(4).getPayload()).getCompleteAndAccurate()).isTrue();
        assertThat(((CaseFactorsAssessed) events.get(5).getPayload()).getFindings()).hasSize(2);
        assertThat(((ProcedureMilestoneRecorded) events.get(8).getPayload()).getCorrectsMilestoneId()).isEqualTo(noticeId);
        assertThat(((ProcedureMilestoneRecorded) events.get(9).getPayload()).getWindowKind()).isEqualTo("REPRESENTATIONS");
        assertThat(((PenaltyDecisionRecorded) events.get(10).getPayload()).getBaseline()).isEqualByComparingTo("750000.00");
        assertThat(((CaseClosed) events.get(11).getPayload()).getNotes()).isEqualTo("referred to the NCA");
        // the events' ids are made in order (version 7 UUIDs: EventIds), so every service appends them to its
        // processed-event index rather than writing each on a random page
        assertThat(events).extracting(e -> UUID.fromString(e.getEventId()).version()).containsOnly(7);
        assertThat(events).extracting(CaseEventEnvelope::getEventId).isSorted();
        // so is the case's id, made just before its first event: every service's rows keyed by it, and the ids the
        // others derive from it (windows, publications), go to the right-hand pages of their indexes
        assertThat(UUID.fromString(caseId).version()).isEqualTo(7);
        assertThat(caseId).isLessThan(events.get(0).getEventId());
        // every change after the opening took the case as this replica had committed it (RecentCases), not from the
        // tables: what it holds now is the file as stored, at the row's version
        assertRecentCaseIsAsStored(caseId);
    }

    @Test
    void casesAreListedNewestFirstAPageAtATime() {
        String older = openACase();
        String newer = openACase();

        Map<String, Object> page = get("/cases?page=0&size=2");

        assertThat(list(page, "items")).extracting(c -> c.get("id")).containsExactly(newer, older);
        assertThat(page).containsEntry("page", 0).containsEntry("size", 2);
        assertThat(((Number) page.get("totalItems")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(problem(HttpRequest.GET("/cases?size=1000"), HttpStatus.BAD_REQUEST)).containsEntry("status", 400);
    }

    // ---- refused: nothing kept, nothing published --------------------------------------------------------

    @Test
    void badInputToOpenACaseIsAProblemNamingEveryBadFieldAndKeepsNothing() throws SQLException {
        Map<String, Long> before = counts();
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("subjectId", "ACME");
        company.put("subjectType", "COMPANY");
        Map<String, Object> body = Map.of(
                "caseReference", "OFSI-TEST-BAD-1",
                "openedOn", today.plusDays(3).toString(),
                "origin", "SELF_REPORT",
                "subjects", List.of(company),
                "breaches", List.of(
                        Map.of("subjectId", "ACME", "breachType", "MAKING_FUNDS_AVAILABLE", "regime", "Russia",
                                "regulation", "reg. 12", "description", "x", "breachDate", openedOn.toString(), "estimatedValue", -5),
                        Map.of("subjectId", "ACME", "breachType", "NON_REPORTING", "regime", "Russia",
                                "regulation", "reg. 70", "description", "y", "breachDate", "2026-13-01",
                                "estimatedValue", "lots", "establishedOnBalanceOfProbabilities", "maybe")));

        Map<String, Object> problem = problem(HttpRequest.POST("/cases", body), HttpStatus.BAD_REQUEST);

        assertThat(violations(problem)).containsExactlyInAnyOrder(
                Map.of("field", "subjects[0].subjectType", "reason", "must be one of INDIVIDUAL, LEGAL_PERSON"),
                Map.of("field", "openedOn", "reason", "must not be in the future (today is " + today + ")"),
                Map.of("field", "subjects[0].name", "reason", "is required"),
                Map.of("field", "breaches[0].estimatedValue", "reason", "must not be negative"),
                Map.of("field", "breaches[1].breachDate", "reason", "must be a date like 2026-03-02"),
                Map.of("field", "breaches[1].estimatedValue", "reason", "must be an amount in pounds like 1250.00:"
                        + " at most 13 digits before the decimal point and 2 after, without exponent notation"),
                Map.of("field", "breaches[1].establishedOnBalanceOfProbabilities", "reason", "must be true or false"));
        assertThat(problem).containsEntry("instance", "/cases");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anIllegalTransitionOrABadFieldIsRefusedAndNoEventFollows() throws SQLException {
        String caseId = openACase();
        assertThat(eventsOf(caseId, 2)).hasSize(2);
        Map<String, Long> before = counts();

        Map<String, Object> illegal = problem(HttpRequest.POST("/cases/" + caseId + "/milestones",
                Map.of("milestone", "REPRESENTATIONS_RECEIVED", "occurredOn", today.toString())), HttpStatus.CONFLICT);
        Map<String, Object> future = problem(HttpRequest.POST("/cases/" + caseId + "/milestones",
                Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", today.plusDays(1).toString())), HttpStatus.BAD_REQUEST);
        Map<String, Object> unknownSymbol = problem(HttpRequest.POST("/cases/" + caseId + "/milestones",
                Map.of("milestone", "NOTICE_OF_INTENT", "occurredOn", "yesterday")), HttpStatus.BAD_REQUEST);
        Map<String, Object> wrongEffect = problem(HttpRequest.PUT("/cases/" + caseId + "/factors", Map.of(
                "findings", List.of(Map.of("factor", "A_CIRCUMVENTION", "effect", "MITIGATING", "rationale", "none")),
                "severity", "LOW", "conduct", "NEUTRAL", "assessedOn", today.toString())),
                HttpStatus.BAD_REQUEST);
        Map<String, Object> unknownCase = problem(HttpRequest.POST("/cases/" + java.util.UUID.randomUUID() + "/milestones",
                Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", today.toString())), HttpStatus.NOT_FOUND);

        assertThat(violations(illegal)).containsExactly(Map.of("field", "milestone",
                "reason", "REPRESENTATIONS_RECEIVED needs a NOTICE_OF_INTENTION first (§7.1)"));
        assertThat((String) illegal.get("detail")).contains("needs a NOTICE_OF_INTENTION first");
        assertThat(violations(future)).extracting(v -> v.get("field")).containsExactly("occurredOn");
        assertThat(violations(unknownSymbol)).extracting(v -> v.get("field")).containsExactly("milestone", "occurredOn");
        assertThat(violations(wrongEffect)).containsExactly(Map.of("field", "findings[0].effect",
                "reason", "must be LOW, MEDIUM or HIGH for severity factor A_CIRCUMVENTION (§5.6)"));
        assertThat((String) unknownCase.get("detail")).startsWith("no case ");
        assertThat(counts()).isEqualTo(before);

        // The next accepted command's event directly follows the opening: nothing was published in between.
        post("/cases/" + caseId + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", today.toString()));
        assertThat(eventsOf(caseId, 3)).extracting(e -> e.getPayload().getClass().getSimpleName())
                .containsExactly("CaseOpened", "BreachRecorded", "ProcedureMilestoneRecorded");
    }

    // ---- the rulebook corrections: fixed scenario dates, all in the past --------------------------------------

    @Test
    void sharedFundsADisclosureByTheParentAndPenaltyComponentsAreKeptPublishedAndReadBack() {
        Map<String, Object> dealing = new LinkedHashMap<>(breachBody("BANK", "DEALING_WITH_FROZEN_FUNDS", "reg. 11",
                "2025-09-15", "4000000.00"));
        dealing.put("sharesFundsWithBreachIndex", 0);
        String caseId = (String) post("/cases", Map.of("openedOn", "2026-03-02", "origin", "SELF_REPORT",
                "subjects", List.of(Map.of("subjectId", "BANK", "name", "Northbridge Bank plc", "subjectType", "LEGAL_PERSON")),
                "breaches", List.of(breachBody("BANK", "MAKING_FUNDS_AVAILABLE", "reg. 12", "2025-09-15", "4000000.00"),
                        dealing))).get("id");
        post("/cases/" + caseId + "/voluntary-disclosures", Map.of("subjectId", "BANK", "disclosedOn", "2025-10-01",
                "discoveredOn", "2025-09-22", "madeBy", "Northbridge Group plc", "completeAndAccurate", true));
        // The same £4m under two prohibitions: a maximum of £2,000,000, shared by the bank's two penalty components.
        post("/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", "BANK", "decidedOn", "2026-03-09",
                "baseline", 1200000.00, "component", "reg. 12"));
        post("/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", "BANK", "decidedOn", "2026-03-09",
                "baseline", 800000.00, "component", "reg. 11"));

        Map<String, Object> file = get("/cases/" + caseId);
        List<Map<String, Object>> breaches = list(file, "breaches");
        assertThat(breaches.get(1)).containsEntry("sharesFundsWithBreachId", breaches.get(0).get("breachId"));
        assertThat(list(file, "voluntaryDisclosures")).singleElement().satisfies(d -> assertThat(d)
                .containsEntry("discoveredOn", "2025-09-22").containsEntry("madeBy", "Northbridge Group plc"));
        assertThat(list(file, "penaltyDecisions")).extracting(d -> d.get("component")).containsExactly("reg. 12", "reg. 11");

        List<CaseEventEnvelope> events = eventsOf(caseId, 6);
        assertThat(((BreachRecorded) events.get(2).getPayload()).getSharesFundsWithBreachId())
                .isEqualTo(breaches.get(0).get("breachId"));
        VoluntaryDisclosureRecorded disclosure = (VoluntaryDisclosureRecorded) events.get(3).getPayload();
        assertThat(disclosure.getDiscoveredOn()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(disclosure.getMadeBy()).isEqualTo("Northbridge Group plc");
        assertThat(((PenaltyDecisionRecorded) events.get(5).getPayload()).getComponent()).isEqualTo("reg. 11");
    }

    @Test
    void inputThatWouldSilentlyChangeTheOutcomeIsRefusedNamingTheFieldAndKeepsNothing() throws SQLException {
        Map<String, Long> before = counts();
        // §5.2: a breach before 15 June 2022 without the knowledge finding would silently be no breach.
        Map<String, Object> early = problem(HttpRequest.POST("/cases", Map.of("openedOn", "2026-03-02",
                "origin", "SELF_REPORT",
                "subjects", List.of(Map.of("subjectId", "ACME", "name", "Acme Trading Ltd", "subjectType", "LEGAL_PERSON")),
                "breaches", List.of(breachBody("ACME", "MAKING_FUNDS_AVAILABLE", "reg. 12", "2022-03-01", "125000.00")))),
                HttpStatus.BAD_REQUEST);
        assertThat(violations(early)).singleElement().satisfies(v -> {
            assertThat(v).containsEntry("field", "breaches[0].knewOrHadReasonableCauseToSuspect");
            assertThat((String) v.get("reason")).contains("before 15 June 2022", "§5.2");
        });
        assertThat(counts()).isEqualTo(before);

        String caseId = (String) post("/cases", Map.of("openedOn", "2026-03-02", "origin", "SELF_REPORT",
                "subjects", List.of(Map.of("subjectId", "ACME", "name", "Acme Trading Ltd", "subjectType", "LEGAL_PERSON")),
                "breaches", List.of(breachBody("ACME", "MAKING_FUNDS_AVAILABLE", "reg. 12", "2025-09-15", "125000.00")))).get("id");
        Map<String, Long> opened = counts();
        // §6.5: promptness is judged from the discovery of the breach.
        Map<String, Object> undated = problem(HttpRequest.POST("/cases/" + caseId + "/voluntary-disclosures",
                Map.of("subjectId", "ACME", "disclosedOn", "2025-10-01", "completeAndAccurate", true)), HttpStatus.BAD_REQUEST);
        // s.146(2), §6.2: one breach worth £125,000, a maximum of £1,000,000.
        Map<String, Object> aboveMaximum = problem(HttpRequest.POST("/cases/" + caseId + "/penalty-decisions",
                Map.of("subjectId", "ACME", "decidedOn", "2026-03-09", 
                        "baseline", 1000000.01)), HttpStatus.BAD_REQUEST);

        assertThat(violations(undated)).extracting(v -> v.get("field")).containsExactly("discoveredOn");
        assertThat(violations(aboveMaximum)).singleElement().satisfies(v -> {
            assertThat(v).containsEntry("field", "baseline");
            assertThat((String) v.get("reason")).startsWith("must not exceed the statutory maximum of £1,000,000.00 for"
                    + " this case (the greater of £1,000,000.00 and 50% of the aggregated value £125,000.00 of 1"
                    + " established breach; s.146(2), §6.2)");
        });
        assertThat(counts()).isEqualTo(opened);
    }

    @Test
    void numbersBeyondTheLimitsAreRefusedAtTheDoorEachNamedAndNothingIsKept() throws SQLException {
        String caseId = openACase();
        Map<String, Long> before = counts();
        // Issue 9.6: a baseline of 20 digits once reached the database (500 "Value too long for column NUMERIC").
        String body = "{\"subjectId\":\"ACME\",\"decidedOn\":\"2026-03-09\","
                + "\"baseline\":12345678901234567890.00,\"voluntaryDisclosureDiscountPercent\":101,"
                + "\"earlyAccountDiscountPercent\":1e1000000,\"hardshipReduction\":1E+400}";

        Map<String, Object> problem = problem(HttpRequest.POST("/cases/" + caseId + "/penalty-decisions", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE), HttpStatus.BAD_REQUEST);

        assertThat(violations(problem)).extracting(v -> v.get("field")).contains("baseline",
                "voluntaryDisclosureDiscountPercent", "earlyAccountDiscountPercent", "hardshipReduction");
        assertThat(violations(problem)).filteredOn(v -> v.get("field").equals("baseline")).singleElement()
                .satisfies(v -> assertThat((String) v.get("reason")).contains("at most 13 digits before the decimal point"));
        assertThat(counts()).isEqualTo(before);
    }

    private static Map<String, Object> breachBody(String subjectId, String type, String regulation, String on,
                                                  String value) {
        return Map.of("subjectId", subjectId, "breachType", type,
                "regime", "Russia", "regulation", regulation, "description", "payment to a designated person's company",
                "breachDate", on, "estimatedValue", value);
    }

    @Test
    void anExtensionTheDeadlineServiceWouldRefuseIsAConflictNamingTheFieldAndKeepsNothing() throws SQLException {
        String caseId = openACase();
        post("/cases/" + caseId + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION",
                "occurredOn", today.minusDays(10).toString()));
        assertThat(eventsOf(caseId, 3)).hasSize(3);
        Map<String, Long> before = counts();

        Map<String, Object> beyondTheCap = problem(HttpRequest.POST("/cases/" + caseId + "/milestones", Map.of(
                "milestone", "WINDOW_EXTENSION_AGREED", "occurredOn", today.toString(), "windowKind",
                "SETTLEMENT_DISCUSSIONS", "extensionBusinessDays", 11, "reason", "settlement imminent")), HttpStatus.CONFLICT);
        Map<String, Object> notExtendable = problem(HttpRequest.POST("/cases/" + caseId + "/milestones", Map.of(
                "milestone", "WINDOW_EXTENSION_AGREED", "occurredOn", today.toString(), "windowKind",
                "EAS_PROGRESS_REVIEW", "extensionBusinessDays", 5, "reason", "holidays")), HttpStatus.CONFLICT);

        assertThat(violations(beyondTheCap)).containsExactly(Map.of("field", "extensionBusinessDays", "reason",
                "the SETTLEMENT_DISCUSSIONS window may be extended by at most 10 business days in total (§6.9); "
                        + "0 already granted, 11 more would make 11"));
        assertThat(violations(notExtendable)).extracting(v -> v.get("field")).containsExactly("windowKind");
        assertThat((String) violations(notExtendable).get(0).get("reason"))
                .startsWith("the EAS_PROGRESS_REVIEW window cannot be extended");
        assertThat(counts()).isEqualTo(before);
        // what the deadline service would grant is accepted
        post("/cases/" + caseId + "/milestones", Map.of("milestone", "WINDOW_EXTENSION_AGREED", "occurredOn",
                today.toString(), "windowKind", "SETTLEMENT_DISCUSSIONS", "extensionBusinessDays", 10, "reason",
                "settlement imminent"));
        assertThat(eventsOf(caseId, 4)).hasSize(4);
    }

    @Test
    void aDateOrACorrelationIdBeyondWhatEveryServiceAcceptsIsRefusedAndKeepsNothing() throws SQLException {
        Map<String, Long> before = counts();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("openedOn", "0001-01-01", "origin", "OFSI_INVESTIGATION",
                "subjects", List.of(Map.of("name", "Early Ltd", "subjectType", "LEGAL_PERSON")),
                "breaches", List.of(Map.of("subjectIndex", 0, "breachType", "DEALING_WITH_FROZEN_FUNDS", "regime", "Libya",
                        "regulation", "reg. 11", "description", "Moved frozen funds", "breachDate", "2014-12-31",
                        "estimatedValue", "2500.00", "knewOrHadReasonableCauseToSuspect", true))));

        Map<String, Object> early = problem(HttpRequest.POST("/cases", body)
                .header("X-Correlation-Id", "c".repeat(101)), HttpStatus.BAD_REQUEST);

        assertThat(violations(early)).containsExactlyInAnyOrder(
                Map.of("field", "openedOn", "reason", "must be from 2015-01-01 to 2035-12-31, the dates the UK business calendar supports"),
                Map.of("field", "breaches[0].breachDate", "reason", "must be from 2015-01-01 to 2035-12-31, the dates the UK business calendar supports"),
                Map.of("field", "X-Correlation-Id", "reason", "must be at most 100 characters"));
        assertThat(counts()).isEqualTo(before);

        // at the limits it is accepted, and the correlation id travels on the events
        body.put("openedOn", "2015-01-02");
        body.put("breaches", List.of(Map.of("subjectIndex", 0, "breachType", "DEALING_WITH_FROZEN_FUNDS", "regime", "Libya",
                "regulation", "reg. 11", "description", "Moved frozen funds", "breachDate", "2015-01-01",
                "estimatedValue", "2500.00", "knewOrHadReasonableCauseToSuspect", true)));
        String correlation = "c".repeat(100);
        String caseId = (String) http.toBlocking().retrieve(HttpRequest.POST("/cases", body)
                .header("X-Correlation-Id", correlation), Map.class).get("id");
        assertThat(eventsOf(caseId, 2)).allSatisfy(e -> assertThat(e.getCorrelationId()).isEqualTo(correlation));
    }

    @Test
    void aGivenCaseReferenceIsUsedOnce() {
        Map<String, Object> body = new LinkedHashMap<>(aCaseAgainstACompanyAndItsDirector());
        body.put("caseReference", "OFSI-2026-REF-" + System.nanoTime());
        post("/cases", body);

        Map<String, Object> again = problem(HttpRequest.POST("/cases", body), HttpStatus.CONFLICT);

        assertThat(violations(again)).extracting(v -> v.get("field")).containsExactly("caseReference");
    }

    @Test
    void whoAssessedAndWhoDecidedComeFromTheTokenAndABodyNamingSomebodyElseIsRefused() throws Exception {
        String caseId = (String) post("/cases", aCaseAgainstACompanyAndItsDirector()).get("id");
        Map<String, Object> factorsBody = new LinkedHashMap<>(Map.of("findings", List.of(Map.of("factor", "B_VALUE",
                "effect", "LOW", "rationale", "£125,000")), "severity", "LOW",
                "conduct", "NEUTRAL", "assessedOn", today.toString(), "publicInterestStopsAction", false));
        Map<String, Long> before = counts();

        factorsBody.put("assessedBy", "Somebody Else");
        Map<String, Object> impersonation = problem(HttpRequest.PUT("/cases/" + caseId + "/factors", factorsBody),
                HttpStatus.BAD_REQUEST);
        Map<String, Object> decidedForAnother = problem(HttpRequest.POST("/cases/" + caseId + "/penalty-decisions",
                Map.of("subjectId", "ACME", "decidedOn", today.toString(), "decisionMaker", "Director", "baseline", 1000)),
                HttpStatus.BAD_REQUEST);

        assertThat(violations(impersonation)).extracting(v -> v.get("field")).containsExactly("assessedBy");
        assertThat(violations(decidedForAnother)).extracting(v -> v.get("field")).containsExactly("decisionMaker");
        assertThat(counts()).isEqualTo(before);

        // left out, or naming the caller by subject or name, it is the caller's name from the token
        factorsBody.put("assessedBy", LocalIdentityProvider.testSubject(EVERY_ROLE));
        put("/cases/" + caseId + "/factors", factorsBody);
        assertThat(map(get("/cases/" + caseId), "factorAssessment")).containsEntry("assessedBy",
                LocalIdentityProvider.testName(EVERY_ROLE));
    }

    @Test
    void aBodyWithBadNumbersThatAlsoNamesSomebodyElseGetsEveryViolationInOneAnswer() throws Exception {
        String caseId = (String) post("/cases", aCaseAgainstACompanyAndItsDirector()).get("id");
        Map<String, Long> before = counts();

        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("subjectId", "ACME");
        decision.put("decidedOn", today.toString());
        decision.put("decisionMaker", "Director");
        decision.put("baseline", "12345678901234.00"); // 14 integer digits: money has at most 13
        decision.put("voluntaryDisclosureDiscountPercent", "150"); // percentages are 0-100
        decision.put("hardshipReduction", "1e5"); // exponent notation is refused
        Map<String, Object> decidedForAnother = problem(HttpRequest.POST("/cases/" + caseId + "/penalty-decisions",
                decision), HttpStatus.BAD_REQUEST);

        Map<String, Object> factors = new LinkedHashMap<>(Map.of("findings", List.of(Map.of("factor", "B_VALUE",
                "effect", "LOW", "rationale", "£125,000")), "severity", "ENORMOUS", "conduct", "NEUTRAL",
                "assessedOn", today.toString(), "publicInterestStopsAction", false, "assessedBy", "Somebody Else"));
        Map<String, Object> assessedForAnother = problem(HttpRequest.PUT("/cases/" + caseId + "/factors", factors),
                HttpStatus.BAD_REQUEST);

        assertThat(violations(decidedForAnother)).extracting(v -> v.get("field")).containsExactlyInAnyOrder(
                "decisionMaker", "baseline", "voluntaryDisclosureDiscountPercent", "hardshipReduction");
        assertThat(violations(assessedForAnother)).extracting(v -> v.get("field"))
                .containsExactlyInAnyOrder("assessedBy", "severity");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everyAcceptedChangeIsInTheCaseHistoryAndItsEventsNameWhoCausedThem() {
        String caseId = (String) http.toBlocking().retrieve(HttpRequest.POST("/cases", aCaseAgainstACompanyAndItsDirector())
                .header("X-Correlation-Id", "req-audit-1"), Map.class).get("id");
        // a case officer (only) records a further breach, without a correlation id: the request id is generated
        http.toBlocking().exchange(HttpRequest.POST("/cases/" + caseId + "/breaches", breachBody("ACME",
                "MAKING_FUNDS_AVAILABLE", "reg. 12", openedOn.minusDays(2).toString(), "1000.00"))
                .header("Authorization", "Bearer " + LocalIdentityProvider.shared().token("CASE_OFFICER")));

        List<Map<String, Object>> history = http.toBlocking().retrieve(HttpRequest.GET("/cases/" + caseId + "/history")
                .header("Authorization", "Bearer " + LocalIdentityProvider.shared().token("AUDITOR")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

        assertThat(history).extracting(e -> e.get("change"))
                .containsExactly("CaseOpened", "BreachRecorded", "BreachRecorded", "BreachRecorded");
        assertThat(history.subList(0, 3)).allSatisfy(e -> assertThat(e)
                .containsEntry("principal", LocalIdentityProvider.testSubject(EVERY_ROLE))
                .containsEntry("name", LocalIdentityProvider.testName(EVERY_ROLE))
                .containsEntry("role", "CASE_OFFICER").containsEntry("requestId", "req-audit-1")
                .containsEntry("action", "POST /cases"));
        assertThat(history.get(3)).containsEntry("principal", LocalIdentityProvider.testSubject("CASE_OFFICER"))
                .containsEntry("role", "CASE_OFFICER").containsEntry("action", "POST /cases/{id}/breaches");
        assertThat((String) history.get(3).get("requestId")).isNotBlank().isNotEqualTo("req-audit-1");
        assertThat(history).allSatisfy(e -> assertThat(e.get("recordedAt")).isNotNull());

        // the events carry the actor (case-events v4), so every consumer knows who caused them
        assertThat(eventsOf(caseId, 4)).extracting(e -> e.getActor().getSubject()).containsExactly(
                LocalIdentityProvider.testSubject(EVERY_ROLE), LocalIdentityProvider.testSubject(EVERY_ROLE),
                LocalIdentityProvider.testSubject(EVERY_ROLE), LocalIdentityProvider.testSubject("CASE_OFFICER"));
    }

    @Test
    void aLevelDepartureOrADecisionMilestoneByACaseOfficerIsForbiddenAndChangesNothing() throws Exception {
        String caseId = (String) post("/cases", aCaseAgainstACompanyAndItsDirector()).get("id");
        String officer = "Bearer " + LocalIdentityProvider.shared().token("CASE_OFFICER");
        Map<String, Long> before = counts();

        Map<String, Object> departure = problem(HttpRequest.PUT("/cases/" + caseId + "/factors", Map.of("findings",
                List.of(Map.of("factor", "B_VALUE", "effect", "LOW", "rationale", "£125,000")),
                "severity", "LOW", "conduct", "NEUTRAL", "assessedOn", today.toString(), "decidedLevel", 2,
                "levelDepartureReason", "a reason", "publicInterestStopsAction", false)).header("Authorization", officer),
                HttpStatus.FORBIDDEN);
        Map<String, Object> decision = problem(HttpRequest.POST("/cases/" + caseId + "/milestones", Map.of("milestone",
                "FINAL_DECISION", "occurredOn", today.toString())).header("Authorization", officer), HttpStatus.FORBIDDEN);
        Map<String, Object> penalty = problem(HttpRequest.POST("/cases/" + caseId + "/penalty-decisions", Map.of(
                "subjectId", "ACME", "decidedOn", today.toString(), "baseline", 1000)).header("Authorization", officer),
                HttpStatus.FORBIDDEN);

        assertThat(departure.get("detail").toString()).contains("DECISION_MAKER");
        assertThat(decision.get("detail").toString()).contains("DECISION_MAKER");
        assertThat(penalty).containsEntry("status", 403);
        assertThat(counts()).isEqualTo(before);
    }

    // ---- publication steps (issue 10.6) -------------------------------------------------------------------------

    @Test
    void aNamedDisclosureIsNoticedDecidedSharedAndReleasedAndEachStepTravelsOnTheCaseEvents() {
        String caseId = openACase();
        LocalDate notice = today.minusDays(30);

        Map<String, Object> noticed = post("/cases/" + caseId + "/publication/disclosure-notice", Map.of("named", "true",
                "ground", "LEVEL_2", "designatedPerson", "Designated Oligarch", "noticeOn", notice.toString()));
        Map<String, Object> decided = post("/cases/" + caseId + "/publication/decisions", Map.of("publication",
                "DISCLOSURE", "decision", "PUBLISH", "decidedOn", today.minusDays(3).toString()));
        post("/cases/" + caseId + "/publication/text-shared", Map.of("publication", "DISCLOSURE",
                "on", today.minusDays(2).toString()));
        Map<String, Object> released = post("/cases/" + caseId + "/publication/release", Map.of("publication",
                "DISCLOSURE", "on", today.toString()));

        assertThat(noticed).containsEntry("step", "DISCLOSURE_INTENDED").containsEntry("named", true);
        assertThat(decided).containsEntry("decision", "PUBLISH");
        assertThat((String) decided.get("by")).as("the decision maker, from the token").isNotBlank();
        assertThat(released).containsEntry("step", "RELEASE_AUTHORISED");
        List<CaseEventEnvelope> events = eventsOf(caseId, 8);
        assertThat(events).extracting(e -> e.getPayload().getClass().getSimpleName()).containsExactly("CaseOpened",
                "BreachRecorded", "ProcedureMilestoneRecorded", "DisclosureIntended", "ProcedureMilestoneRecorded",
                "PublicationDecisionRecorded", "PublicationTextShared", "PublicationReleaseAuthorised");
        assertThat(events.get(2).getPayload()).isInstanceOfSatisfying(ProcedureMilestoneRecorded.class, m ->
                assertThat(m.getMilestone()).isEqualTo(MilestoneType.NOTICE_OF_INTENDED_DISCLOSURE));
        assertThat(events.get(3).getPayload()).isInstanceOfSatisfying(
                org.sanctionsplatform.events.cases.DisclosureIntended.class, d -> {
                    assertThat(d.getNamed()).isTrue();
                    assertThat(d.getDesignatedPerson()).isEqualTo("Designated Oligarch");
                    assertThat(d.getNoticeOn()).isEqualTo(notice);
                });
        assertThat(events.get(5).getPayload()).isInstanceOfSatisfying(
                org.sanctionsplatform.events.cases.PublicationDecisionRecorded.class, d ->
                        assertThat(d.getDecidedBy()).isEqualTo(decided.get("by")));
        assertThat(events.get(5).getActor().getRole()).isEqualTo("DECISION_MAKER");
        assertThat(list(get("/cases/" + caseId), "publicationSteps")).extracting(step -> step.get("step"))
                .containsExactly("DISCLOSURE_INTENDED", "PUBLICATION_DECIDED", "TEXT_SHARED", "RELEASE_AUTHORISED");
        assertRecentCaseIsAsStored(caseId);
    }

    @Test
    void anOutOfOrderOrMalformedPublicationStepIsAProblemAndChangesNothing() throws SQLException {
        String caseId = openACase();
        assertThat(eventsOf(caseId, 2)).hasSize(2);
        Map<String, Long> before = counts();

        Map<String, Object> releasedFirst = problem(HttpRequest.POST("/cases/" + caseId + "/publication/release",
                Map.of("publication", "DISCLOSURE", "on", today.toString())), HttpStatus.CONFLICT);
        Map<String, Object> noReason = problem(HttpRequest.POST("/cases/" + caseId + "/publication/decisions",
                Map.of("publication", "PENALTY_SUMMARY", "decision", "DO_NOT_PUBLISH", "decidedOn", today.toString())),
                HttpStatus.BAD_REQUEST);
        Map<String, Object> noPenalty = problem(HttpRequest.POST("/cases/" + caseId + "/publication/decisions",
                Map.of("publication", "PENALTY_SUMMARY", "decision", "PUBLISH", "decidedOn", today.toString())),
                HttpStatus.CONFLICT);
        Map<String, Object> unnamedLevel2 = problem(HttpRequest.POST("/cases/" + caseId
                + "/publication/disclosure-notice", Map.of("named", "false", "ground", "LEVEL_2",
                "noticeOn", today.toString())), HttpStatus.BAD_REQUEST);
        Map<String, Object> outcomeElsewhere = problem(HttpRequest.POST("/cases/" + caseId + "/milestones",
                Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", today.toString(),
                        "penaltyOutcome", "PENALTY_STANDS")), HttpStatus.BAD_REQUEST);
        String officer = "Bearer " + LocalIdentityProvider.shared().token("CASE_OFFICER");
        Map<String, Object> notTheirs = problem(HttpRequest.POST("/cases/" + caseId + "/publication/decisions",
                Map.of("publication", "DISCLOSURE", "decision", "PUBLISH", "decidedOn", today.toString()))
                .header("Authorization", officer), HttpStatus.FORBIDDEN);

        assertThat(violations(releasedFirst)).extracting(v -> v.get("field")).containsExactly("publication");
        assertThat(violations(noReason)).extracting(v -> v.get("field")).containsExactlyInAnyOrder("reason", "coverage");
        assertThat(violations(noPenalty)).singleElement().satisfies(v ->
                assertThat((String) v.get("reason")).contains("NOTICE_OF_INTENTION"));
        assertThat(violations(unnamedLevel2)).extracting(v -> v.get("field")).containsExactly("named");
        assertThat(violations(outcomeElsewhere)).extracting(v -> v.get("field")).containsExactly("penaltyOutcome");
        assertThat(notTheirs).containsEntry("status", 403);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aChangeTakesTheCaseAsThisReplicaCommittedItUnlessItsVersionSaysSomebodyChangedItSince() throws SQLException {
        String caseId = openACase();
        post("/cases/" + caseId + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION",
                "occurredOn", today.minusDays(10).toString()));
        assertRecentCaseIsAsStored(caseId);
        long version = recentCases.get(caseId).orElseThrow().version();
        assertThat(version).isEqualTo(1);

        // a row written without the version moving is not seen: the change is made on the case as committed here
        // (this is what makes the read unnecessary, so only intake's own writes, which move the version, may change it)
        sql("update breach_case set summary = 'written behind intake''s back' where id = '" + caseId + "'");
        put("/cases/" + caseId + "/factors", Map.of("findings", List.of(Map.of("factor", "B_VALUE", "effect", "MEDIUM",
                "rationale", "£128,277.72")), "severity", "MEDIUM", "conduct", "NEUTRAL",
                "assessedOn", today.minusDays(6).toString(), "publicInterestStopsAction", false));
        assertThat(recentCases.get(caseId).orElseThrow().state().summary()).isNotEqualTo("written behind intake's back");
        assertThat(recentCases.get(caseId).orElseThrow().version()).isEqualTo(version + 1);

        // another replica's change moves the version: the case file is read again, with that change in it
        sql("update breach_case set summary = 'changed by another replica', version = version + 1 where id = '"
                + caseId + "'");
        post("/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", "ACME",
                "decidedOn", today.minusDays(4).toString(), "baseline", 5000, "settlementDiscountClaimed", false));
        assertThat(recentCases.get(caseId).orElseThrow().state().summary()).isEqualTo("changed by another replica");
        assertThat(recentCases.get(caseId).orElseThrow().version()).isEqualTo(version + 3);
        assertRecentCaseIsAsStored(caseId);

        // a refused change writes nothing and leaves the version, and what this replica holds, as they were
        problem(HttpRequest.POST("/cases/" + caseId + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION",
                "occurredOn", today.plusDays(1).toString())), HttpStatus.BAD_REQUEST);
        assertThat(recentCases.get(caseId).orElseThrow().version()).isEqualTo(version + 3);
        assertRecentCaseIsAsStored(caseId);
    }

    @Test
    void twoReplicasChangingOneCaseInTurnEachTakeTheOthersChanges() {
        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, Map.<String, Object>copyOf(properties),
                "intake");
             HttpClient otherClient = other.getApplicationContext().createBean(HttpClient.class, other.getURL())) {
            RecentCases otherRecent = other.getApplicationContext().getBean(RecentCases.class);
            String caseId = openACase();
            post("/cases/" + caseId + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION",
                    "occurredOn", today.minusDays(10).toString()));

            // the other replica changes the case, then this one, then the other again: each time the replica changing
            // it holds an older version (or none), reads the file, and so builds on what the other committed
            otherClient.toBlocking().exchange(HttpRequest.PUT("/cases/" + caseId + "/factors", Map.of("findings",
                    List.of(Map.of("factor", "B_VALUE", "effect", "MEDIUM", "rationale", "£128,277.72")),
                    "severity", "MEDIUM", "conduct", "NEUTRAL", "assessedOn", today.minusDays(6).toString(),
                    "publicInterestStopsAction", false)));
            post("/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", "ACME",
                    "decidedOn", today.minusDays(4).toString(), "baseline", 5000, "settlementDiscountClaimed", false));
            assertThat(recentCases.get(caseId).orElseThrow().state().factorAssessment()).isNotNull();
            otherClient.toBlocking().exchange(HttpRequest.POST("/cases/" + caseId + "/breaches", Map.of("subjectId", "ACME",
                    "breachType", "LATE_REPORTING", "regime", "Russia", "regulation", "reg. 70",
                    "description", "Reported 3 months late", "breachDate", openedOn.minusDays(5).toString(),
                    "estimatedValue", 0)));

            RecentCases.Entry there = otherRecent.get(caseId).orElseThrow();
            assertThat(there.version()).isEqualTo(4);
            assertThat(there.state().milestones()).hasSize(1);
            assertThat(there.state().penaltyDecisions()).hasSize(1);
            assertThat(there.state().breaches()).hasSize(2);
            tx.executeRead(status -> {
                assertThat(there.state()).isEqualTo(caseFiles.find(CaseId.parse(caseId).orElseThrow()).orElseThrow());
                return null;
            });
            // this replica holds version 3, so its next change reads the file again, with the other's breach in it
            post("/cases/" + caseId + "/voluntary-disclosures", Map.of("subjectId", "ACME", "disclosedOn",
                    openedOn.minusDays(3).toString(), "discoveredOn", openedOn.minusDays(10).toString(),
                    "completeAndAccurate", true, "cooperation", "full"));
            assertThat(recentCases.get(caseId).orElseThrow().state().breaches()).hasSize(2);
            assertRecentCaseIsAsStored(caseId);
        }
    }

    /** What RecentCases holds for the case is the case as read from its tables, at the row's version. */
    private void assertRecentCaseIsAsStored(String caseId) {
        RecentCases.Entry recent = recentCases.get(caseId).orElseThrow();
        tx.executeRead(status -> {
            assertThat(recent.state()).isEqualTo(caseFiles.find(CaseId.parse(caseId).orElseThrow()).orElseThrow());
            try (var statement = status.getConnection().prepareStatement("select version from breach_case where id = ?")) {
                statement.setString(1, caseId);
                try (ResultSet rs = statement.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(recent.version());
                }
            }
            return null;
        });
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl); var s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(problem(HttpRequest.GET("/cases/" + java.util.UUID.randomUUID()), HttpStatus.NOT_FOUND)).containsEntry("status", 404);
        assertThat(problem(HttpRequest.GET("/cases/not-a-uuid"), HttpStatus.NOT_FOUND)).containsEntry("detail", "no case not-a-uuid");
    }

    @Test
    void aRequestThatWritesKeepsOnePlanPerStatementForItsOwnTransactionOnly() {
        String caseId = openACase();
        CaseId id = CaseId.parse(caseId).orElseThrow();
        String reference = (String) get("/cases/" + caseId).get("caseReference");

        String changing = tx.executeWrite(status -> {
            assertThat(caseFiles.findForChange(id)).isPresent();
            return planCacheMode(status.getConnection());
        });
        String opening = tx.executeWrite(status -> {
            assertThat(caseFiles.isReferenceTaken(new CaseReference(reference))).isTrue();
            return planCacheMode(status.getConnection());
        });
        String openingAnother = tx.executeWrite(status -> {
            assertThat(caseFiles.isReferenceTaken(new CaseReference(reference + "-not-taken"))).isFalse();
            return planCacheMode(status.getConnection());
        });
        String reading = tx.executeRead(status -> {
            assertThat(caseFiles.find(id)).isPresent();
            return planCacheMode(status.getConnection());
        });

        // KeyedPlans: every statement of a write finds its rows by key; anything else is planned for the table as it is
        assertThat(List.of(changing, opening, openingAnother, reading))
                .containsExactly("force_generic_plan", "force_generic_plan", "force_generic_plan", "force_custom_plan");
    }

    private static String planCacheMode(Connection connection) {
        try (var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select current_setting('plan_cache_mode')")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private Map<String, Object> aCaseAgainstACompanyAndItsDirector() {
        Map<String, Object> unestimable = new LinkedHashMap<>();
        unestimable.put("subjectIndex", 1);
        unestimable.put("breachType", "CIRCUMVENTION");
        unestimable.put("regime", "Russia");
        unestimable.put("regulation", "The Russia (Sanctions) (EU Exit) Regulations 2019, reg. 19");
        unestimable.put("description", "Arranged the payments through a third country");
        unestimable.put("breachDate", openedOn.minusDays(90).toString());
        unestimable.put("breachEndDate", openedOn.minusDays(60).toString());
        unestimable.put("estimatedValue", null);
        return Map.of(
                "openedOn", openedOn.toString(),
                "origin", "SELF_REPORT",
                "summary", "Payments to a designated person",
                "subjects", List.of(
                        Map.of("subjectId", "ACME", "name", "Acme Trading Ltd", "subjectType", "LEGAL_PERSON",
                                "priorFixedPenaltyWarnings", 2, "priorFixedPenalty", 5000.00),
                        Map.of("subjectId", "DIR", "name", "John Director", "subjectType", "INDIVIDUAL", "officerOf", "ACME")),
                "breaches", List.of(
                        Map.of("subjectId", "ACME", "breachType", "MAKING_FUNDS_AVAILABLE", "regime", "Russia",
                                "regulation", "The Russia (Sanctions) (EU Exit) Regulations 2019, reg. 12",
                                "description", "79 payments to a designated person's company",
                                "breachDate", openedOn.minusDays(120).toString(), "estimatedValue", 128277.72),
                        unestimable));
    }

    private String openACase() {
        Map<String, Object> body = Map.of("openedOn", openedOn.toString(), "origin", "OFSI_INVESTIGATION",
                "subjects", List.of(Map.of("subjectId", "ACME", "name", "Acme Trading Ltd", "subjectType", "LEGAL_PERSON")),
                "breaches", List.of(Map.of("subjectId", "ACME", "breachType", "DEALING_WITH_FROZEN_FUNDS", "regime", "Libya",
                        "regulation", "reg. 11", "description", "Moved frozen funds", "breachDate", openedOn.toString(),
                        "estimatedValue", "2500.00")));
        return (String) post("/cases", body).get("id");
    }

    private Map<String, Object> post(String uri, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(uri, body), Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> put(String uri, Object body) {
        return http.toBlocking().retrieve(HttpRequest.PUT(uri, body), Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> problem(MutableHttpRequest<?> request, HttpStatus status) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(request, Argument.of(String.class), Argument.mapOf(String.class, Object.class)));
        assertThat(e.getStatus().getCode()).as(e.getResponse().getBody(String.class).orElse("")).isEqualTo(status.getCode());
        assertThat(e.getResponse().getContentType()).map(MediaType::toString).contains("application/problem+json");
        return e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.getOrDefault("violations", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    /** The case's events in the order of its partition, once {@code count} have been published. */
    private static List<CaseEventEnvelope> eventsOf(String caseId, int count) {
        List<CaseEventEnvelope> events = new ArrayList<>();
        KafkaFixture.shared().readAll(Topics.CASE_EVENTS_NAME, EVENT_TIMEOUT, r -> caseId.equals(r.key()), count)
                .forEach(r -> events.add(Topics.CASE_EVENTS.decode(r.value())));
        assertThat((List<CaseEventEnvelope>) events).as("events of case " + caseId).hasSize(count);
        return events;
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            for (String table : TABLES) {
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
