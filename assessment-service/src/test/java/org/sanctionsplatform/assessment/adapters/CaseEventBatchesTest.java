package org.sanctionsplatform.assessment.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.transaction.TransactionOperations;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.assessment.adapters.kafka.CaseAssessedMapper;
import org.sanctionsplatform.assessment.adapters.kafka.CaseEventMapper;
import org.sanctionsplatform.assessment.application.CaseAssessments;
import org.sanctionsplatform.assessment.application.CaseFiles;
import org.sanctionsplatform.assessment.application.ReceivedCaseEvent;
import org.sanctionsplatform.assessment.domain.CaseFile;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachType;
import org.sanctionsplatform.events.cases.BreachWithdrawn;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseClosureReason;
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
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.events.Envelopes;
import org.sanctionsplatform.testkit.GenericPlans;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * The case-events listener consumes poll batches (InboundEvents#processBatch, CaseAssessments#applyAll) on a real
 * broker and PostgreSQL, and still assesses each case event exactly once and in its case's order: a burst of many
 * cases' events, interleaved and with repeats, comes out as one CaseAssessed per event that changed the inputs, each
 * case's in the order of its events, each exactly what applying that case's events one at a time gives; the case
 * files stored are those the events make; a case stored before batches (by the first version of the store) goes on
 * from where it was.
 */
@MicronautTest(environments = "assessment", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseEventBatchesTest implements TestPropertyProvider {

    /** Small poll batches, so that the burst takes many of them and the setting is seen to apply. */
    private static final int MAX_POLL_RECORDS = 60;

    private String jdbcUrl;
    private KafkaProducer<String, byte[]> producer;

    @Inject
    Rulebook rulebook;

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseAssessments caseAssessments;

    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("assessment_batches");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                "sep.consumer.max-poll-records", Integer.toString(MAX_POLL_RECORDS),
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
    void aBurstOfInterleavedCasesWithRepeatsIsAssessedOncePerEventAndInOrderPerCase() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<CaseEventEnvelope>> stories = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            String caseId = "batch-" + run + "-" + i;
            stories.put(caseId, story(caseId, i % 3));
        }
        // the cases' events interleaved (the first event of every case, then the second …), some sent twice in a row
        // as an outbox relay retrying a send does
        List<CaseEventEnvelope> burst = new ArrayList<>();
        int longest = stories.values().stream().mapToInt(List::size).max().orElseThrow();
        for (int step = 0; step < longest; step++) {
            for (List<CaseEventEnvelope> story : stories.values()) {
                if (step < story.size()) {
                    burst.add(story.get(step));
                    if (burst.size() % 7 == 0) {
                        burst.add(story.get(step));
                    }
                }
            }
        }
        Map<String, Expected> expected = new LinkedHashMap<>();
        stories.forEach((caseId, story) -> expected.put(caseId, oneAtATime(caseId, story)));
        int expectedCount = expected.values().stream().mapToInt(e -> e.assessed().size()).sum();

        sendBurst(burst);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(caseAssessed(stories.keySet()).values().stream().mapToInt(List::size).sum())
                        .isEqualTo(expectedCount));
        Map<String, List<AssessmentEventEnvelope>> assessed = caseAssessed(stories.keySet());
        expected.forEach((caseId, want) -> {
            List<AssessmentEventEnvelope> got = assessed.get(caseId);
            assertThat(got).extracting(AssessmentEventEnvelope::getCausationId)
                    .as("the CaseAssessed of %s: one per event that changed its inputs, in its events' order", caseId)
                    .containsExactlyElementsOf(want.assessed().stream().map(AssessmentEventEnvelope::getCausationId).toList());
            assertThat(got).extracting(AssessmentEventEnvelope::getEventId)
                    .as("each CaseAssessed's id derives from its cause's")
                    .containsExactlyElementsOf(got.stream()
                            .map(e -> Envelopes.deterministicEventIdAfter(e.getCausationId(), "CaseAssessed", e.getCausationId())).toList());
            assertThat(got).extracting(e -> ((CaseAssessed) e.getPayload()).getInputVersion())
                    .as("the input version after each event of %s", caseId)
                    .containsExactlyElementsOf(want.assessed().stream()
                            .map(e -> ((CaseAssessed) e.getPayload()).getInputVersion()).toList());
            assertThat(got).extracting(CaseEventBatchesTest::payload)
                    .as("each assessment of %s is the one its events give applied one at a time", caseId)
                    .containsExactlyElementsOf(want.assessed().stream().map(CaseEventBatchesTest::payload).toList());
        });

        // the stored files are those the events make (read back by the store, as the next batch reads them)
        Map<String, CaseFile> stored = tx.executeWrite(status -> caseFiles.findAll(stories.keySet()));
        expected.forEach((caseId, want) -> assertThat(stored.get(caseId)).as("the stored file of %s", caseId)
                .isEqualTo(want.file()));
        // the latest assessment kept for each case (inserted for the cases a batch opened, updated for the others) is its
        // last CaseAssessed
        expected.forEach((caseId, want) -> assertThat(caseAssessments.latest(caseId)).as("the latest of %s", caseId)
                .hasValueSatisfying(latest -> {
                    List<AssessmentEventEnvelope> got = assessed.get(caseId);
                    assertThat(latest.eventId()).isEqualTo(got.get(got.size() - 1).getEventId());
                    assertThat(latest.assessment().inputVersion())
                            .isEqualTo(((CaseAssessed) got.get(got.size() - 1).getPayload()).getInputVersion());
                }));
        assertThat(largestBatchApplied()).as("events applied together in one batch, at most max.poll.records")
                .isGreaterThan(1).isLessThanOrEqualTo(MAX_POLL_RECORDS);

        // redelivered later (a consumer that crashed before committing its offsets), the same events change nothing
        sendBurst(burst.subList(0, 100));
        String marker = "batch-" + run + "-marker";
        CaseEventEnvelope opened = opened(marker);
        sendBurst(List.of(opened));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(caseAssessed(Set.of(marker)).get(marker)).hasSize(1));
        assertThat(caseAssessed(stories.keySet()).values().stream().mapToInt(List::size).sum()).isEqualTo(expectedCount);
        Map<String, CaseFile> after = tx.executeWrite(status -> caseFiles.findAll(stories.keySet()));
        assertThat(after).isEqualTo(stored);
    }

    @Test
    void aCaseStoredBeforeBatchConsumptionGoesOnFromWhereItWas() throws SQLException {
        // rows as the first version of the store wrote them (every list numbered from 0), after three case events
        String caseId = "stored-" + UUID.randomUUID();
        execute("insert into case_file (case_id, case_reference, case_procedure, opened_on, input_version, severity, "
                + "conduct, public_interest_stops_action, factors_assessed_by, factors_assessed_on, calendar_division) "
                + "values (?, 'OFSI-2025-0100', 'CIVIL_MONETARY_PENALTY', date '2025-10-01', 3, 'MEDIUM', 'NEUTRAL', "
                + "false, 'case officer', date '2026-02-20', 'ENGLAND_AND_WALES')", caseId);
        execute("insert into case_subject (case_id, seq, subject_id, name, subject_type, prior_fixed_penalty_warnings) "
                + "values (?, 0, 's-1', 'Canary Trading Ltd', 'LEGAL_PERSON', 0)", caseId);
        execute("insert into case_breach (case_id, seq, breach_id, subject_id, breach_type, regime, regulation, "
                + "breach_date, estimated_value, established_on_balance) values (?, 0, 'b-1', 's-1', "
                + "'MAKING_FUNDS_AVAILABLE', 'Russia', 'reg. 12', date '2025-11-04', 3000000.00, true)", caseId);
        execute("insert into case_factor_finding (case_id, seq, factor, effect, rationale) "
                + "values (?, 0, 'B_VALUE', 'MEDIUM', '£3m')", caseId);
        CaseFile before = tx.executeWrite(status -> caseFiles.findAll(List.of(caseId))).get(caseId);
        assertThat(before.inputVersion()).isEqualTo(3);
        assertThat(before.breaches()).singleElement().satisfies(b -> assertThat(b.breachId()).isEqualTo("b-1"));
        assertThat(before.ratings().findings()).hasSize(1);

        CaseEventEnvelope notice = envelope(caseId, milestone("m-1", MilestoneType.NOTICE_OF_INTENTION,
                LocalDate.of(2026, 3, 2), null));
        CaseEventEnvelope decision = envelope(caseId, decision("s-1", "900000.00"));
        sendBurst(List.of(notice, decision));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(caseAssessed(Set.of(caseId)).get(caseId)).hasSize(2));
        List<AssessmentEventEnvelope> assessed = caseAssessed(Set.of(caseId)).get(caseId);
        Expected want = oneAtATime(before, List.of(notice, decision));
        assertThat(assessed).extracting(CaseEventBatchesTest::payload)
                .containsExactlyElementsOf(want.assessed().stream().map(CaseEventBatchesTest::payload).toList());
        CaseAssessed last = (CaseAssessed) assessed.get(1).getPayload();
        assertThat(last.getInputVersion()).isEqualTo(5);
        assertThat(last.getPenalties()).singleElement()
                .satisfies(p -> assertThat(p.getFinalPenalty()).isEqualByComparingTo("900000.00"));
        assertThat(tx.executeWrite(status -> caseFiles.findAll(List.of(caseId))).get(caseId)).isEqualTo(want.file());
        assertThat(count("select count(*) from case_breach where case_id = ?", caseId)).isEqualTo(1);
        assertThat(count("select count(*) from case_milestone where case_id = ?", caseId)).isEqualTo(1);
        assertThat(count("select count(*) from case_assessment where case_id = ?", caseId)).isEqualTo(1);
    }

    /**
     * A CaseAssessed's payload as Avro writes it out as JSON (the generated equals cannot compare decimals nested in
     * arrays): every field, amounts at their schema's scale.
     */
    @Test
    void aBatchKeepsOnePlanPerStatementForItsWritesOnly() {
        String caseId = "plans-" + UUID.randomUUID();
        CaseFile opened = oneAtATime(caseId, List.of(opened(caseId))).file();
        List<String> modes = tx.executeWrite(status -> {
            List<String> seen = new ArrayList<>();
            caseFiles.findAll(List.of(caseId));
            seen.add(GenericPlans.planCacheMode(status.getConnection()));
            caseFiles.saveAll(List.of(new CaseFiles.Change(null, opened)));
            seen.add(GenericPlans.planCacheMode(status.getConnection()));
            return seen;
        });
        modes.add(tx.executeWrite(status -> {
            assertThat(caseFiles.findAll(List.of(caseId))).as("the file saved").containsKey(caseId);
            return GenericPlans.planCacheMode(status.getConnection());
        }));

        // the batch's reads are planned for the tables as they are (StablePlans); its keyed writes keep their plans
        // (KeyedPlans, WritePlansTest), and the next transaction on the pool's connections plans each read again
        assertThat(modes).containsExactly("force_custom_plan", "force_generic_plan", "force_custom_plan");
    }

    @Test
    void aBatchReadsItsCasesThroughTheCaseIdIndexesOnTablesWithoutStatistics() {
        // 120 cases stored in tables never analysed (as on a machine without autovacuum, or ahead of its next analyse):
        // PostgreSQL would plan a list of dozens of case ids as a scan of each whole table (IndexedReads)
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, CaseFile> files = new LinkedHashMap<>();
        for (int i = 0; i < 120; i++) {
            String caseId = "indexed-" + run + "-" + i;
            files.put(caseId, oneAtATime(caseId, story(caseId, i % 3)).file());
        }
        tx.executeWrite(status -> {
            caseFiles.saveAll(files.values().stream().map(f -> new CaseFiles.Change(null, f)).toList());
            return null;
        });
        List<String> batch = files.keySet().stream().limit(40).toList();

        Map<String, PostgresFixture.Scans> scans = new LinkedHashMap<>();
        Map<String, CaseFile> read = tx.executeWrite(status -> {
            try {
                Map<String, PostgresFixture.Scans> before = PostgresFixture.unreportedScans(status.getConnection());
                Map<String, CaseFile> found = caseFiles.findAll(batch);
                scans.putAll(PostgresFixture.scansSince(status.getConnection(), before));
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(read).as("the batch's files as stored").hasSize(batch.size())
                .allSatisfy((caseId, file) -> assertThat(file).isEqualTo(files.get(caseId)));
        assertThat(scans).as("the tables the batch read").containsKeys("case_file", "case_subject", "case_breach",
                "case_milestone", "case_penalty_decision", "case_factor_finding");
        assertThat(scans).as("no table read whole").allSatisfy((table, made) ->
                assertThat(made.sequential()).as("sequential scans of %s", table).isZero());
    }

    private static String payload(AssessmentEventEnvelope envelope) {
        return envelope.getPayload().toString();
    }

    /** What a case's events make of it applied one at a time, in order: its CaseAssessed events and its file. */
    private record Expected(List<AssessmentEventEnvelope> assessed, CaseFile file) {
    }

    private Expected oneAtATime(String caseId, List<CaseEventEnvelope> story) {
        return oneAtATime(CaseFile.unopened(caseId), story);
    }

    private Expected oneAtATime(CaseFile start, List<CaseEventEnvelope> story) {
        CaseFile file = start;
        List<AssessmentEventEnvelope> assessed = new ArrayList<>();
        for (CaseEventEnvelope envelope : story) {
            ReceivedCaseEvent event = CaseEventMapper.toDomain(envelope);
            CaseFile.Applied applied = file.apply(event.input());
            file = applied.file();
            if (applied.inputsChanged()) {
                AssessmentEventEnvelope made = CaseAssessedMapper.toEnvelope(rulebook.assess(file),
                        Envelopes.deterministicEventIdAfter(event.eventId(), "CaseAssessed", event.eventId()), event, Instant.EPOCH);
                // through the codec, as the consumed ones came: decimals at their schema's scale
                assessed.add(Topics.ASSESSMENTS.decode(Topics.ASSESSMENTS.encode(made)));
            }
        }
        return new Expected(assessed, file);
    }

    /**
     * A case's events, in one of three variants. Each changes the inputs but one: the second variant records a
     * milestone again (applied, counted in the input version, no CaseAssessed). Between them they append to every
     * list of a case file, replace a breach (a list rewritten from its position), withdraw one (an item changed in
     * place), assess the factors again with fewer findings (a list shortened), correct a milestone and close a case.
     */
    private static List<CaseEventEnvelope> story(String caseId, int variant) {
        List<CaseEventEnvelope> events = new ArrayList<>();
        events.add(opened(caseId));
        events.add(envelope(caseId, breach("b-1", "reg. 12", LocalDate.of(2025, 11, 4), "3000000.00")));
        events.add(envelope(caseId, breach("b-2", "reg. 11", LocalDate.of(2025, 12, 1), "250000.00")));
        events.add(envelope(caseId, factors(SeverityRating.MEDIUM, finding(CaseFactor.B_VALUE, FactorEffect.MEDIUM, "£3m"),
                finding(CaseFactor.C_STRATEGIC_PRIORITY, FactorEffect.HIGH, "Russia regime"))));
        events.add(envelope(caseId, milestone("m-1", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 3, 2), null)));
        if (variant == 1) {
            events.add(envelope(caseId, breach("b-1", "reg. 12", LocalDate.of(2025, 11, 4), "3500000.00")));
            events.add(envelope(caseId, factors(SeverityRating.HIGH,
                    finding(CaseFactor.B_VALUE, FactorEffect.HIGH, "£3.5m"))));
            events.add(envelope(caseId, milestone("m-2", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 3, 3), null)
                    .setCorrectsMilestoneId("m-1")));
        }
        if (variant == 2) {
            events.add(envelope(caseId, BreachWithdrawn.newBuilder().setBreachId("b-2").setReason("not established").build()));
            events.add(envelope(caseId, VoluntaryDisclosureRecorded.newBuilder().setSubjectId("s-1")
                    .setDisclosedOn(LocalDate.of(2025, 12, 15)).setRequestedOrRequiredByOfsi(false)
                    .setOfsiAlreadyAware(false).setCompelledByOtherInvestigation(false).setCompleteAndAccurate(true)
                    .setDiscoveredOn(LocalDate.of(2025, 12, 1)).build()));
            events.add(envelope(caseId, milestone("m-1", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 3, 2), null)));
        }
        events.add(envelope(caseId, decision("s-1", "900000.00")));
        if (variant == 2) {
            events.add(envelope(caseId, CaseClosed.newBuilder().setClosedOn(LocalDate.of(2026, 6, 1))
                    .setReason(CaseClosureReason.OTHER).setNotes("paid").build()));
        }
        return events;
    }

    private static CaseEventEnvelope opened(String caseId) {
        return envelope(caseId, CaseOpened.newBuilder()
                .setCaseReference("OFSI-2026-" + caseId).setOpenedOn(LocalDate.of(2026, 1, 12))
                .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Canary Trading Ltd")
                        .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES).build());
    }

    private static BreachRecorded breach(String id, String regulation, LocalDate date, String value) {
        return BreachRecorded.newBuilder().setBreachId(id).setSubjectId("s-1")
                .setBreachType(BreachType.MAKING_FUNDS_AVAILABLE).setRegime("Russia").setRegulation(regulation)
                .setDescription("payments").setBreachDate(date).setEstimatedValue(new BigDecimal(value))
                .setEstablishedOnBalanceOfProbabilities(true).build();
    }

    private static CaseFactorsAssessed factors(SeverityRating severity, FactorFinding... findings) {
        return CaseFactorsAssessed.newBuilder().setFindings(List.of(findings)).setSeverity(severity)
                .setConduct(ConductRating.NEUTRAL).setAssessedBy("case officer")
                .setAssessedOn(LocalDate.of(2026, 2, 20)).build();
    }

    private static FactorFinding finding(CaseFactor factor, FactorEffect effect, String rationale) {
        return FactorFinding.newBuilder().setFactor(factor).setEffect(effect).setRationale(rationale).build();
    }

    private static ProcedureMilestoneRecorded.Builder milestone(String id, MilestoneType type, LocalDate on,
                                                                String subjectId) {
        return ProcedureMilestoneRecorded.newBuilder().setMilestoneId(id).setMilestone(type).setOccurredOn(on)
                .setSubjectId(subjectId);
    }

    private static PenaltyDecisionRecorded decision(String subjectId, String baseline) {
        return PenaltyDecisionRecorded.newBuilder().setSubjectId(subjectId).setDecidedOn(LocalDate.of(2026, 5, 4))
                .setDecisionMaker("Head of Enforcement").setBaseline(new BigDecimal(baseline)).build();
    }

    private static CaseEventEnvelope envelope(String caseId, Object payload) {
        Object built = payload instanceof ProcedureMilestoneRecorded.Builder b ? b.build() : payload;
        Instant now = Instant.parse("2026-05-04T09:00:00Z");
        return CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId)
                .setOccurredAt(now)
                .setRecordedAt(now)
                .setProducer("intake-service")
                .setPayload(built)
                .build();
    }

    /** Sends the events as one burst (the producer batches them), so the listener polls many at once. */
    private void sendBurst(List<CaseEventEnvelope> events) {
        if (producer == null) {
            producer = KafkaFixture.shared().newProducer();
        }
        List<Future<?>> sent = new ArrayList<>();
        for (CaseEventEnvelope event : events) {
            sent.add(producer.send(new ProducerRecord<>(Topics.CASE_EVENTS.name(), event.getCaseId(),
                    Topics.CASE_EVENTS.encode(event))));
        }
        producer.flush();
        for (Future<?> f : sent) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException("cannot send the test burst", e);
            }
        }
    }

    /** The CaseAssessed events of these cases on the assessments topic, each case's in the order published. */
    private Map<String, List<AssessmentEventEnvelope>> caseAssessed(Set<String> caseIds) {
        Map<String, List<AssessmentEventEnvelope>> byCase = KafkaFixture.shared()
                .readAll(Topics.ASSESSMENTS.name(), Duration.ofSeconds(2), Integer.MAX_VALUE).stream()
                .filter(r -> caseIds.contains(r.key()))
                .map(r -> Topics.ASSESSMENTS.decode(r.value()))
                .collect(Collectors.groupingBy(AssessmentEventEnvelope::getCaseId, LinkedHashMap::new,
                        Collectors.toList()));
        caseIds.forEach(id -> byCase.putIfAbsent(id, List.of()));
        return byCase;
    }

    /**
     * The most events this consumer recorded in one transaction: a batch records its event ids together, with one
     * time, and one event alone has a time of its own.
     */
    private long largestBatchApplied() {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             ResultSet rs = c.createStatement().executeQuery("select max(n) from (select count(*) as n from "
                     + "processed_event where consumer = 'assessment-service' group by processed_at) batches")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, String caseId) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, caseId);
            s.executeUpdate();
        }
    }

    private long count(String sql, String caseId) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
