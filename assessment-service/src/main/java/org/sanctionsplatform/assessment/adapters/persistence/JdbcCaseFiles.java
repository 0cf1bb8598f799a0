package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.sanctionsplatform.support.persistence.CompositeStatement;
import org.sanctionsplatform.support.persistence.DatabaseKind;
import org.sanctionsplatform.support.persistence.IndexedReads;
import org.sanctionsplatform.support.persistence.KeyedPlans;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.assessment.application.CaseFiles;
import org.sanctionsplatform.assessment.domain.Breach;
import org.sanctionsplatform.assessment.domain.CalendarDivision;
import org.sanctionsplatform.assessment.domain.CaseFactor;
import org.sanctionsplatform.assessment.domain.CaseFile;
import org.sanctionsplatform.assessment.domain.Closure;
import org.sanctionsplatform.assessment.domain.Conduct;
import org.sanctionsplatform.assessment.domain.FactorEffect;
import org.sanctionsplatform.assessment.domain.FactorFinding;
import org.sanctionsplatform.assessment.domain.FactorRatings;
import org.sanctionsplatform.assessment.domain.FixedPenaltyHistory;
import org.sanctionsplatform.assessment.domain.Milestone;
import org.sanctionsplatform.assessment.domain.PenaltyDecision;
import org.sanctionsplatform.assessment.domain.Procedure;
import org.sanctionsplatform.assessment.domain.SeriousnessLevel;
import org.sanctionsplatform.assessment.domain.Severity;
import org.sanctionsplatform.assessment.domain.Subject;
import org.sanctionsplatform.assessment.domain.SubjectType;
import org.sanctionsplatform.assessment.domain.VoluntaryDisclosure;

/**
 * Keeps case files in the relational tables of V1–V3: a {@code case_file} row with the single-valued inputs (reference,
 * procedure, ratings, closure) and one table per list (subjects, breaches, disclosures, milestones, penalty decisions,
 * the officer's findings), each item a row numbered by its position.
 *
 * <p>Incremental, for poll batches (issue "Pipeline speed"): the files of all the cases of a batch are read with one
 * query per table ({@code where case_id in (…)}), and only what the batch changed is written: the {@code case_file}
 * row once per case (its input version moves at every event), and in the lists the items appended or changed
 * ({@link ListTable}), each kind of statement as one JDBC batch. The tables are those the first version of this class
 * wrote (it deleted and re-inserted every list of a case at each event), so a case stored by it loads as it is: no
 * migration. Kept relational rather than as one snapshot document per case so that the rows stay queryable and a
 * batch writes a few small rows instead of rewriting a document that grows with the case.
 *
 * <p>Round trip: everything a case event can carry is stored, so a file read back equals the file saved (the ratings
 * are stored when their assessment date is, which the case events always carry; amounts at the scale 2 of their
 * columns and of the events' decimals). Hence applying a case's events in memory within a batch gives the same
 * assessments as applying them one at a time with a read in between.
 */
@Singleton
class JdbcCaseFiles implements CaseFiles {

    private static final String FILE_COLUMNS = "case_reference, case_procedure, opened_on, input_version, severity, "
            + "conduct, decided_level, level_departure_reason, public_interest_stops_action, public_interest_reason, "
            + "factors_assessed_by, factors_assessed_on, closed_on, closure_reason, closure_notes, calendar_division";
    private static final int FILE_COLUMN_COUNT = FILE_COLUMNS.split(",").length;

    private static final ListTable<Subject> SUBJECTS = new ListTable<>("case_subject",
            List.of("subject_id", "name", "subject_type", "officer_of_subject_id", "prior_fixed_penalty_warnings",
                    "prior_fixed_penalty"),
            (rs, c) -> new Subject(rs.getString(c), rs.getString(c + 1), SubjectType.valueOf(rs.getString(c + 2)),
                    rs.getString(c + 3), new FixedPenaltyHistory(rs.getInt(c + 4), rs.getBigDecimal(c + 5))),
            (s, c, x) -> {
                s.setString(c, x.subjectId());
                s.setString(c + 1, x.name());
                s.setString(c + 2, x.type().name());
                Sql.setText(s, c + 3, x.officerOfSubjectId());
                s.setInt(c + 4, x.fixedPenaltyHistory().priorWarnings());
                Sql.setDecimal(s, c + 5, x.fixedPenaltyHistory().priorFixedPenalty());
            },
            CaseFile::subjects);

    private static final ListTable<Breach> BREACHES = new ListTable<>("case_breach",
            List.of("breach_id", "subject_id", "breach_type", "regime", "regulation", "breach_date", "estimated_value",
                    "established_on_balance", "knew_or_had_cause_to_suspect", "withdrawn_reason",
                    "shares_funds_with_breach_id"),
            (rs, c) -> new Breach(rs.getString(c), rs.getString(c + 1), rs.getString(c + 2), rs.getString(c + 3),
                    rs.getString(c + 4), Sql.date(rs, c + 5), rs.getBigDecimal(c + 6), rs.getBoolean(c + 7),
                    Sql.bool(rs, c + 8), rs.getString(c + 9), rs.getString(c + 10)),
            (s, c, b) -> {
                s.setString(c, b.breachId());
                Sql.setText(s, c + 1, b.subjectId());
                Sql.setText(s, c + 2, b.breachType());
                Sql.setText(s, c + 3, b.regime());
                Sql.setText(s, c + 4, b.regulation());
                Sql.setDate(s, c + 5, b.breachDate());
                Sql.setDecimal(s, c + 6, b.estimatedValue());
                s.setBoolean(c + 7, b.establishedOnBalanceOfProbabilities());
                Sql.setBoolean(s, c + 8, b.knewOrHadReasonableCauseToSuspect());
                Sql.setText(s, c + 9, b.withdrawnReason());
                Sql.setText(s, c + 10, b.sharesFundsWithBreachId());
            },
            CaseFile::breaches);

    private static final ListTable<VoluntaryDisclosure> DISCLOSURES = new ListTable<>("case_disclosure",
            List.of("subject_id", "disclosed_on", "requested_or_required_by_ofsi", "ofsi_already_aware",
                    "compelled_by_other_investigation", "complete_and_accurate", "cooperation", "discovered_on",
                    "made_by"),
            (rs, c) -> new VoluntaryDisclosure(rs.getString(c), Sql.date(rs, c + 1), rs.getBoolean(c + 2),
                    rs.getBoolean(c + 3), rs.getBoolean(c + 4), rs.getBoolean(c + 5), rs.getString(c + 6),
                    Sql.date(rs, c + 7), rs.getString(c + 8)),
            (s, c, d) -> {
                Sql.setText(s, c, d.subjectId());
                Sql.setDate(s, c + 1, d.disclosedOn());
                s.setBoolean(c + 2, d.requestedOrRequiredByOfsi());
                s.setBoolean(c + 3, d.ofsiAlreadyAware());
                s.setBoolean(c + 4, d.compelledByOtherInvestigation());
                s.setBoolean(c + 5, d.completeAndAccurate());
                Sql.setText(s, c + 6, d.cooperation());
                Sql.setDate(s, c + 7, d.discoveredOn());
                Sql.setText(s, c + 8, d.madeBy());
            },
            CaseFile::disclosures);

    private static final ListTable<Milestone> MILESTONES = new ListTable<>("case_milestone",
            List.of("milestone_id", "milestone_type", "occurred_on", "subject_id", "corrects_milestone_id", "window_kind",
                    "extension_business_days", "reason"),
            (rs, c) -> new Milestone(rs.getString(c), rs.getString(c + 1), Sql.date(rs, c + 2), rs.getString(c + 3),
                    rs.getString(c + 4), rs.getString(c + 5), Sql.integer(rs, c + 6), rs.getString(c + 7)),
            (s, c, m) -> {
                s.setString(c, m.milestoneId());
                s.setString(c + 1, m.type());
                Sql.setDate(s, c + 2, m.occurredOn());
                Sql.setText(s, c + 3, m.subjectId());
                Sql.setText(s, c + 4, m.correctsMilestoneId());
                Sql.setText(s, c + 5, m.windowKind());
                Sql.setInteger(s, c + 6, m.extensionBusinessDays());
                Sql.setText(s, c + 7, m.reason());
            },
            CaseFile::milestones);

    private static final ListTable<PenaltyDecision> DECISIONS = new ListTable<>("case_penalty_decision",
            List.of("subject_id", "decided_on", "decision_maker", "baseline", "baseline_departure_reason",
                    "voluntary_disclosure_discount_percent", "early_account_discount_percent",
                    "settlement_discount_claimed", "hardship_reduction", "hardship_reason", "instalment_plan",
                    "rationale", "component"),
            (rs, c) -> new PenaltyDecision(rs.getString(c), Sql.date(rs, c + 1), rs.getString(c + 2),
                    rs.getBigDecimal(c + 3), rs.getString(c + 4), rs.getBigDecimal(c + 5), rs.getBigDecimal(c + 6),
                    rs.getBoolean(c + 7), rs.getBigDecimal(c + 8), rs.getString(c + 9), rs.getString(c + 10),
                    rs.getString(c + 11), rs.getString(c + 12)),
            (s, c, p) -> {
                s.setString(c, p.subjectId());
                Sql.setDate(s, c + 1, p.decidedOn());
                Sql.setText(s, c + 2, p.decisionMaker());
                Sql.setDecimal(s, c + 3, p.baseline());
                Sql.setText(s, c + 4, p.baselineDepartureReason());
                Sql.setDecimal(s, c + 5, p.voluntaryDisclosureDiscountPercent());
                Sql.setDecimal(s, c + 6, p.earlyAccountDiscountPercent());
                s.setBoolean(c + 7, p.settlementDiscountClaimed());
                Sql.setDecimal(s, c + 8, p.hardshipReduction());
                Sql.setText(s, c + 9, p.hardshipReason());
                Sql.setText(s, c + 10, p.instalmentPlan());
                Sql.setText(s, c + 11, p.rationale());
                Sql.setText(s, c + 12, p.component());
            },
            CaseFile::penaltyDecisions);

    private static final ListTable<FactorFinding> FINDINGS = new ListTable<>("case_factor_finding",
            List.of("factor", "effect", "rationale"),
            (rs, c) -> new FactorFinding(CaseFactor.valueOf(rs.getString(c)), FactorEffect.valueOf(rs.getString(c + 1)),
                    rs.getString(c + 2)),
            (s, c, f) -> {
                s.setString(c, f.factor().name());
                s.setString(c + 1, f.effect().name());
                Sql.setText(s, c + 2, f.rationale());
            },
            file -> file.ratings() == null ? List.of() : file.ratings().findings());

    /** A case's case_file row: its columns, then the case id. */
    static final String UPDATE_FILE = "update case_file set " + FILE_COLUMNS.replace(",", " = ?,") + " = ? where case_id = ?";

    static final List<ListTable<?>> LISTS = List.of(SUBJECTS, BREACHES, DISCLOSURES, MILESTONES, DECISIONS,
            FINDINGS);

    private final JdbcOperations jdbc;
    private final KeyedPlans plans;
    private final DatabaseKind database = new DatabaseKind();

    JdbcCaseFiles(JdbcOperations jdbc, KeyedPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public Map<String, CaseFile> findAll(Collection<String> caseIds) {
        // One round trip per chunk of case ids (CompositeStatement). The case_file rows first, locked until the
        // transaction ends: a case is changed by one batch at a time (two only meet while a rebalance hands its partition
        // over), and the rows are locked in case-id order, so two batches that share cases wait for each other instead
        // of deadlocking. Then each list, by a statement of its own, which takes its snapshot once the locks are granted
        // (it sees what the batch that held them committed). All planned as index scans by case id, whatever the
        // tables' statistics say (IndexedReads).
        Map<String, FileRow> rows = new HashMap<>();
        Map<String, List<Subject>> subjects = new HashMap<>();
        Map<String, List<Breach>> breaches = new HashMap<>();
        Map<String, List<VoluntaryDisclosure>> disclosures = new HashMap<>();
        Map<String, List<Milestone>> milestones = new HashMap<>();
        Map<String, List<PenaltyDecision>> decisions = new HashMap<>();
        Map<String, List<FactorFinding>> findings = new HashMap<>();
        Connection connection = jdbc.getConnection();
        try {
            boolean postgres = database.isPostgres(connection);
            for (List<String> chunk : Sql.chunks(caseIds.stream().sorted().toList())) {
                CompositeStatement reads = new CompositeStatement().addQuery("select case_id, " + FILE_COLUMNS
                        + " from case_file where case_id in (" + Sql.placeholders(chunk.size()) + ") order by case_id for update",
                        s -> {
                            for (int i = 0; i < chunk.size(); i++) {
                                s.setString(i + 1, chunk.get(i));
                            }
                        }, rs -> {
                            while (rs.next()) {
                                rows.put(rs.getString(1), FileRow.read(rs));
                            }
                        });
                SUBJECTS.addRead(reads, chunk, subjects);
                BREACHES.addRead(reads, chunk, breaches);
                DISCLOSURES.addRead(reads, chunk, disclosures);
                MILESTONES.addRead(reads, chunk, milestones);
                DECISIONS.addRead(reads, chunk, decisions);
                FINDINGS.addRead(reads, chunk, findings);
                IndexedReads.around(reads, postgres).execute(connection, postgres);
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the case files of the batch: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, CaseFile> files = new HashMap<>(rows.size() * 2);
        rows.forEach((caseId, row) -> files.put(caseId, new CaseFile(caseId, row.caseReference(), row.procedure(),
                row.openedOn(), row.calendarDivision(),
                subjects.getOrDefault(caseId, List.of()),
                breaches.getOrDefault(caseId, List.of()),
                disclosures.getOrDefault(caseId, List.of()),
                row.ratings(findings.getOrDefault(caseId, List.of())),
                milestones.getOrDefault(caseId, List.of()),
                decisions.getOrDefault(caseId, List.of()),
                row.closure(),
                row.inputVersion())));
        return files;
    }

    @Override
    public void saveAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        // The batch's reads (findAll, which picks between plans by the table as it is) are done; everything the batch's
        // transaction does from here on finds its rows by key or inserts them: case_file and case_assessment by case
        // id, the lists' rows by (case_id, seq), the outbox's rows (WritePlansTest checks their plans on empty tables).
        // One plan each, kept: no planning of every multi-row insert and of every foreign-key check (KeyedPlans).
        plans.forThisTransaction();
        List<CaseFile> inserted = new ArrayList<>();
        List<CaseFile> updated = new ArrayList<>();
        for (Change change : changes) {
            (change.before() == null ? inserted : updated).add(change.after());
        }
        // the case_file rows first: the lists' rows reference them
        if (!inserted.isEmpty()) {
            jdbc.prepareStatement("insert into case_file (" + FILE_COLUMNS + ", case_id) values ("
                    + Sql.placeholders(FILE_COLUMN_COUNT + 1) + ")", s -> bindAll(s, inserted));
        }
        if (!updated.isEmpty()) {
            int[] counts = jdbc.prepareStatement(UPDATE_FILE, s -> bindAll(s, updated));
            Sql.expectOneRowEach(counts, "updating case_file");
        }
        LISTS.forEach(list -> list.write(jdbc, changes));
    }

    /** Binds each file's case_file columns, in the order of FILE_COLUMNS, then its case id, as one batch. */
    private static int[] bindAll(PreparedStatement s, List<CaseFile> files) throws SQLException {
        for (CaseFile file : files) {
            FactorRatings r = file.ratings();
            Closure c = file.closure();
            Sql.setText(s, 1, file.caseReference());
            s.setString(2, file.procedure().name());
            Sql.setDate(s, 3, file.openedOn());
            s.setInt(4, file.inputVersion());
            Sql.setText(s, 5, r == null || r.severity() == null ? null : r.severity().name());
            Sql.setText(s, 6, r == null || r.conduct() == null ? null : r.conduct().name());
            Sql.setInteger(s, 7, r == null || r.decidedLevel() == null ? null : r.decidedLevel().number());
            Sql.setText(s, 8, r == null ? null : r.levelDepartureReason());
            s.setBoolean(9, r != null && r.publicInterestStopsAction());
            Sql.setText(s, 10, r == null ? null : r.publicInterestReason());
            Sql.setText(s, 11, r == null ? null : r.assessedBy());
            Sql.setDate(s, 12, r == null ? null : r.assessedOn());
            Sql.setDate(s, 13, c == null ? null : c.closedOn());
            Sql.setText(s, 14, c == null ? null : c.reason());
            Sql.setText(s, 15, c == null ? null : c.notes());
            s.setString(16, file.calendarDivision().name());
            s.setString(17, file.caseId());
            s.addBatch();
        }
        return s.executeBatch();
    }

    /** A case_file row: the single-valued inputs of a case. */
    private record FileRow(String caseReference, Procedure procedure, java.time.LocalDate openedOn, int inputVersion,
                           String severity, String conduct, Integer decidedLevel, String levelDepartureReason,
                           boolean publicInterestStopsAction, String publicInterestReason, String factorsAssessedBy,
                           java.time.LocalDate factorsAssessedOn, java.time.LocalDate closedOn, String closureReason,
                           String closureNotes, CalendarDivision calendarDivision) {

        /** Reads the columns of FILE_COLUMNS, from the second on (the first is the case id). */
        static FileRow read(ResultSet rs) throws SQLException {
            String division = rs.getString(17);
            return new FileRow(rs.getString(2), Procedure.valueOf(rs.getString(3)), Sql.date(rs, 4), rs.getInt(5),
                    rs.getString(6), rs.getString(7), Sql.integer(rs, 8), rs.getString(9), rs.getBoolean(10),
                    rs.getString(11), rs.getString(12), Sql.date(rs, 13), Sql.date(rs, 14), rs.getString(15),
                    rs.getString(16), division == null ? null : CalendarDivision.valueOf(division));
        }

        /** The officer's ratings, if the factors were assessed (as the first version of this class read them). */
        FactorRatings ratings(List<FactorFinding> findings) {
            boolean rated = factorsAssessedOn != null || severity != null || conduct != null || decidedLevel != null
                    || publicInterestStopsAction;
            if (!rated) {
                return null;
            }
            return new FactorRatings(
                    severity == null ? null : Severity.valueOf(severity),
                    conduct == null ? null : Conduct.valueOf(conduct),
                    decidedLevel == null ? null : SeriousnessLevel.ofNumber(decidedLevel).orElse(null),
                    levelDepartureReason, publicInterestStopsAction, publicInterestReason, factorsAssessedBy,
                    factorsAssessedOn, findings);
        }

        Closure closure() {
            return closedOn == null && closureReason == null ? null : new Closure(closedOn, closureReason, closureNotes);
        }
    }
}
