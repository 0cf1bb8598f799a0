package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sanctionsplatform.guidance.ids.OrderedIds;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.CaseRows;
import org.sanctionsplatform.intake.domain.Breach;
import org.sanctionsplatform.intake.domain.BreachCase;
import org.sanctionsplatform.intake.domain.BreachId;
import org.sanctionsplatform.intake.domain.BreachType;
import org.sanctionsplatform.intake.domain.CalendarDivision;
import org.sanctionsplatform.intake.domain.CaseClosure;
import org.sanctionsplatform.intake.domain.CaseClosureReason;
import org.sanctionsplatform.intake.domain.CaseEvent;
import org.sanctionsplatform.intake.domain.CaseFactor;
import org.sanctionsplatform.intake.domain.CaseFiles;
import org.sanctionsplatform.intake.domain.CaseId;
import org.sanctionsplatform.intake.domain.CaseOrigin;
import org.sanctionsplatform.intake.domain.CaseProcedure;
import org.sanctionsplatform.intake.domain.CaseReference;
import org.sanctionsplatform.intake.domain.CaseSubject;
import org.sanctionsplatform.intake.domain.EventMetadata;
import org.sanctionsplatform.intake.domain.ConductRating;
import org.sanctionsplatform.intake.domain.FactorAssessment;
import org.sanctionsplatform.intake.domain.FactorEffect;
import org.sanctionsplatform.intake.domain.FactorFinding;
import org.sanctionsplatform.intake.domain.Gbp;
import org.sanctionsplatform.intake.domain.MilestoneId;
import org.sanctionsplatform.intake.domain.PenaltyDecision;
import org.sanctionsplatform.intake.domain.PenaltyOutcome;
import org.sanctionsplatform.intake.domain.PublicationStep;
import org.sanctionsplatform.intake.domain.Percentage;
import org.sanctionsplatform.intake.domain.ProcedureMilestone;
import org.sanctionsplatform.intake.domain.SeverityRating;
import org.sanctionsplatform.intake.domain.SubjectId;
import org.sanctionsplatform.intake.domain.SubjectType;
import org.sanctionsplatform.intake.domain.VoluntaryDisclosure;
import org.sanctionsplatform.support.persistence.CompositeStatement;
import org.sanctionsplatform.support.persistence.KeyedPlans;
import org.sanctionsplatform.support.persistence.TransactionWrites;

/**
 * Keeps breach cases in intake's tables (issue "Pipeline speed": few statements per request). Reading a case is one
 * statement (a {@code union all} of the case row and its lists, in a common column layout, see {@link CaseFileQuery});
 * a change first holds the case row against concurrent changes, and sends the lock and the read in one round trip
 * ({@link CompositeStatement}). Writing the events of a command is one statement per row, table and kind of change,
 * gathered in the caller's transaction ({@link TransactionWrites}) with the request's outbox and audit rows and sent
 * with them in one round trip when the use case flushes. Every statement of a request that writes finds its rows by
 * key, so such a request keeps one plan per statement ({@link KeyedPlans}): its first statements, the lock and read
 * of {@link #findForChange} or the reference check of {@link #isReferenceTaken}, are sent with that setting
 * ({@link KeyedPlans#firstStatements}).
 */
@Singleton
public class JdbcCaseFiles implements CaseFiles {

    private final CaseRows cases;
    private final JdbcOperations jdbc;
    private final KeyedPlans keyedPlans;
    private final TransactionWrites writes;
    private final RecentCases recentCases;
    private final TransactionOperations<Connection> transactions;
    private final Map<String, Held> holding = new ConcurrentHashMap<>();

    JdbcCaseFiles(CaseRows cases, JdbcOperations jdbc, KeyedPlans keyedPlans, TransactionWrites writes,
                  RecentCases recentCases, TransactionOperations<Connection> transactions) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.keyedPlans = keyedPlans;
        this.writes = writes;
        this.recentCases = recentCases;
        this.transactions = transactions;
    }

    /**
     * The id of a row that has none of its own (a subject's, a finding's, a publication step's), derived from the event
     * that wrote it and the row's place in it: unique, and in the order of the event ids (made in order), so these rows
     * are appended to their primary keys' indexes (OrderedIds; issue "Pipeline speed").
     */
    static String rowId(EventMetadata written, String what, int seq) {
        return OrderedIds.after(written.eventId(), written.eventId(), what, Integer.toString(seq));
    }

    @Override
    public Optional<BreachCase> find(CaseId id) {
        return read(id.toString());
    }

    @Override
    public Optional<BreachCase> findForChange(CaseId id) {
        String caseId = id.toString();
        Optional<RecentCases.Entry> recent = recentCases.get(caseId);
        // The lock (answering the row's version), then the read, in one round trip on PostgreSQL, sent with the setting
        // of one plan per statement (KeyedPlans). The read is a statement of its own, after the lock: it takes its
        // snapshot once the lock is granted, so it sees every change committed by whoever held the case before (one
        // statement doing both would read the lists as they were when it started waiting). When this replica committed
        // the case last (RecentCases), the read is left out, and made only if the version says someone changed it since.
        long[] version = {-1};
        List<Optional<BreachCase>> read = new ArrayList<>(1);
        CompositeStatement first = new CompositeStatement()
                .addQuery("select version from breach_case where id = ? for update", statement -> statement.setString(1, caseId),
                        rows -> version[0] = rows.next() ? rows.getLong(1) : -1);
        if (recent.isEmpty()) {
            first.addQuery(CaseFileQuery.SQL, statement -> bindCaseId(statement, caseId),
                    rows -> read.add(assemble(caseId, rows)));
        }
        keyedPlans.firstStatements(first);
        if (version[0] < 0) {
            return Optional.empty();
        }
        Optional<BreachCase> found;
        if (recent.isEmpty()) {
            found = read.get(0);
        } else if (recent.get().version() == version[0]) {
            found = Optional.of(recent.get().state());
        } else {
            found = read(caseId);
        }
        found.ifPresent(held -> hold(caseId, version[0]));
        return found;
    }

    /**
     * Notes the version of the case this transaction holds, for {@link #keep} (a change adds one to it); forgotten when
     * the transaction ends. Only one transaction holds a case at a time (the row lock), so one entry per case.
     */
    private void hold(String caseId, long version) {
        Held held = new Held(version);
        holding.put(caseId, held);
        transactions.findTransactionStatus().ifPresentOrElse(
                status -> status.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completed) {
                        holding.remove(caseId, held);
                    }
                }),
                () -> holding.remove(caseId, held));
    }

    /** The version read with a case's lock; compared by identity, so a later holder's entry is never removed. */
    private static final class Held {
        final long version;

        Held(long version) {
            this.version = version;
        }
    }

    @Override
    public boolean isReferenceTaken(CaseReference reference) {
        // the first statement of opening a case (KeyedPlans, as the lock above)
        return keyedPlans.firstQuery("select exists (select 1 from breach_case where case_reference = ?)",
                statement -> statement.setString(1, reference.value()), result -> result.next() && result.getBoolean(1));
    }

    @Override
    public long nextCaseNumber() {
        return jdbc.prepareStatement("select nextval('case_number_seq')", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public CasePage list(int page, int size) {
        var found = cases.findAll(Pageable.from(page, size,
                Sort.of(Sort.Order.desc("recordedAt"), Sort.Order.desc("caseReference"))));
        List<CaseSummary> items = found.getContent().stream()
                .map(r -> new CaseSummary(new CaseId(UUID.fromString(r.id())), new CaseReference(r.caseReference()),
                        r.openedOn(), r.caseProcedure(), r.origin(), r.calendarDivision(), r.recordedAt(), r.closedOn(),
                        r.closureReason()))
                .toList();
        return new CasePage(items, page, size, found.getTotalSize());
    }

    // ---- writing -------------------------------------------------------------------------------------------

    @Override
    public void keep(BreachCase after, List<CaseEvent> events) {
        String caseId = after.id().toString();
        Writes w = new Writes();
        boolean opening = events.stream().anyMatch(CaseEvent.CaseOpened.class::isInstance);
        for (CaseEvent event : events) {
            if (event instanceof CaseEvent.CaseOpened e) {
                w.cases.add(st -> {
                    st.setString(1, caseId);
                    st.setString(2, e.caseReference().value());
                    st.setObject(3, e.openedOn());
                    st.setString(4, e.procedure().name());
                    st.setString(5, e.origin().name());
                    st.setString(6, e.calendarDivision().name());
                    text(st, 7, e.summary());
                    st.setTimestamp(8, Timestamp.from(e.metadata().recordedAt()));
                });
                for (int i = 0; i < e.subjects().size(); i++) {
                    CaseSubject s = e.subjects().get(i);
                    int seq = i;
                    w.subjects.add(st -> {
                        st.setString(1, rowId(e.metadata(), "subject", seq));
                        st.setString(2, caseId);
                        st.setInt(3, seq);
                        st.setString(4, s.subjectId().value());
                        st.setString(5, s.name());
                        st.setString(6, s.subjectType().name());
                        text(st, 7, s.officerOf() == null ? null : s.officerOf().value());
                        st.setInt(8, s.priorFixedPenaltyWarnings());
                        number(st, 9, s.priorFixedPenalty());
                    });
                }
            } else if (event instanceof CaseEvent.BreachRecorded e) {
                Breach b = e.breach();
                int seq = indexOf(after.breaches(), b, Breach::breachId);
                w.breaches.add(st -> {
                    st.setString(1, b.breachId().value());
                    st.setString(2, caseId);
                    st.setInt(3, seq);
                    st.setString(4, b.subjectId().value());
                    st.setString(5, b.breachType().name());
                    st.setString(6, b.regime());
                    st.setString(7, b.regulation());
                    st.setString(8, b.description());
                    st.setObject(9, b.breachDate());
                    date(st, 10, b.breachEndDate());
                    number(st, 11, b.estimatedValue() == null ? null : b.estimatedValue().amount());
                    st.setBoolean(12, b.establishedOnBalanceOfProbabilities());
                    bool(st, 13, b.knewOrHadReasonableCauseToSuspect());
                    text(st, 14, b.sharesFundsWith() == null ? null : b.sharesFundsWith().value());
                });
            } else if (event instanceof CaseEvent.BreachWithdrawn e) {
                w.withdrawals.add(st -> {
                    st.setString(1, e.reason());
                    st.setTimestamp(2, Timestamp.from(e.metadata().recordedAt()));
                    st.setString(3, e.breachId().value());
                });
            } else if (event instanceof CaseEvent.VoluntaryDisclosureRecorded e) {
                VoluntaryDisclosure d = e.disclosure();
                int seq = indexOf(after.voluntaryDisclosures(), d, VoluntaryDisclosure::disclosureId);
                w.disclosures.add(st -> {
                    st.setString(1, d.disclosureId());
                    st.setString(2, caseId);
                    st.setInt(3, seq);
                    st.setString(4, d.subjectId().value());
                    st.setObject(5, d.disclosedOn());
                    st.setBoolean(6, d.requestedOrRequiredByOfsi());
                    st.setBoolean(7, d.ofsiAlreadyAware());
                    st.setBoolean(8, d.compelledByOtherInvestigation());
                    st.setBoolean(9, d.completeAndAccurate());
                    text(st, 10, d.cooperation());
                    date(st, 11, d.discoveredOn());
                    text(st, 12, d.madeBy());
                });
            } else if (event instanceof CaseEvent.CaseFactorsAssessed e) {
                FactorAssessment a = e.assessment();
                w.assessments.add(st -> {
                    st.setString(1, a.assessmentId());
                    st.setString(2, caseId);
                    st.setString(3, caseId);
                    st.setString(4, a.severity().name());
                    st.setString(5, a.conduct().name());
                    st.setString(6, a.assessedBy());
                    st.setObject(7, a.assessedOn());
                    integer(st, 8, a.decidedLevel());
                    text(st, 9, a.levelDepartureReason());
                    st.setBoolean(10, a.publicInterestStopsAction());
                    text(st, 11, a.publicInterestReason());
                    st.setTimestamp(12, Timestamp.from(e.metadata().recordedAt()));
                });
                for (int i = 0; i < a.findings().size(); i++) {
                    FactorFinding f = a.findings().get(i);
                    int seq = i;
                    w.findings.add(st -> {
                        st.setString(1, rowId(e.metadata(), "finding", seq));
                        st.setString(2, a.assessmentId());
                        st.setInt(3, seq);
                        st.setString(4, f.factor().name());
                        st.setString(5, f.effect().name());
                        st.setString(6, f.rationale());
                    });
                }
            } else if (event instanceof CaseEvent.ProcedureMilestoneRecorded e) {
                ProcedureMilestone m = e.milestone();
                int seq = indexOf(after.milestones(), m, ProcedureMilestone::milestoneId);
                w.milestones.add(st -> {
                    st.setString(1, m.milestoneId().value());
                    st.setString(2, caseId);
                    st.setInt(3, seq);
                    st.setString(4, m.milestone().name());
                    st.setObject(5, m.occurredOn());
                    text(st, 6, m.subjectId() == null ? null : m.subjectId().value());
                    text(st, 7, m.correctsMilestoneId() == null ? null : m.correctsMilestoneId().value());
                    text(st, 8, m.windowKind() == null ? null : m.windowKind().name());
                    integer(st, 9, m.extensionBusinessDays());
                    date(st, 10, m.dueDateInLetter());
                    text(st, 11, m.reason());
                    st.setTimestamp(12, Timestamp.from(e.metadata().recordedAt()));
                    text(st, 13, m.penaltyOutcome() == null ? null : m.penaltyOutcome().name());
                });
                if (m.correctsMilestoneId() != null) {
                    w.corrections.add(st -> {
                        st.setString(1, m.milestoneId().value());
                        st.setString(2, m.correctsMilestoneId().value());
                    });
                }
            } else if (event instanceof CaseEvent.PenaltyDecisionRecorded e) {
                PenaltyDecision d = e.decision();
                int seq = indexOf(after.penaltyDecisions(), d, PenaltyDecision::decisionId);
                w.decisions.add(st -> {
                    st.setString(1, d.decisionId());
                    st.setString(2, caseId);
                    st.setInt(3, seq);
                    st.setString(4, d.subjectId().value());
                    st.setObject(5, d.decidedOn());
                    st.setString(6, d.decisionMaker());
                    number(st, 7, d.baseline() == null ? null : d.baseline().amount());
                    text(st, 8, d.baselineDepartureReason());
                    number(st, 9, d.voluntaryDisclosureDiscountPercent() == null ? null : d.voluntaryDisclosureDiscountPercent().value());
                    number(st, 10, d.earlyAccountDiscountPercent() == null ? null : d.earlyAccountDiscountPercent().value());
                    st.setBoolean(11, d.settlementDiscountClaimed());
                    number(st, 12, d.hardshipReduction() == null ? null : d.hardshipReduction().amount());
                    text(st, 13, d.hardshipReason());
                    text(st, 14, d.instalmentPlan());
                    text(st, 15, d.rationale());
                    text(st, 16, d.component());
                });
            } else if (event instanceof CaseEvent.PublicationStepRecorded e) {
                int seq = after.publicationSteps().size() - countFromEnd(events, event);
                w.publicationSteps.add(st -> PublicationStepRows.bind(st, rowId(e.metadata(), "step", 0), caseId,
                        seq, e.step(), e.metadata().recordedAt()));
            } else if (event instanceof CaseEvent.CaseClosed e) {
                CaseClosure c = e.closure();
                w.closures.add(st -> {
                    st.setObject(1, c.closedOn());
                    st.setString(2, c.reason().name());
                    text(st, 3, c.notes());
                    st.setString(4, caseId);
                });
            }
        }
        // parents before children; updates after the inserts; all of them one round trip (CompositeStatement)
        // gathered with the request's outbox and audit rows, sent in one round trip with them (TransactionWrites)
        writes.addEach("insert into breach_case (id, case_reference, opened_on, case_procedure, origin, calendar_division, summary, "
                + "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", w.cases);
        writes.addEach("insert into case_subject (id, case_id, seq, subject_id, name, subject_type, officer_of, "
                + "prior_fixed_penalty_warnings, prior_fixed_penalty) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", w.subjects);
        writes.addEach("insert into breach (id, case_id, seq, subject_id, breach_type, regime, regulation, description, breach_date, "
                + "breach_end_date, estimated_value, established_on_balance_of_probabilities, "
                + "knew_or_had_reasonable_cause_to_suspect, shares_funds_with_breach_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.breaches);
        writes.addEach("insert into voluntary_disclosure (id, case_id, seq, subject_id, disclosed_on, requested_or_required_by_ofsi, "
                + "ofsi_already_aware, compelled_by_other_investigation, complete_and_accurate, cooperation, discovered_on, "
                + "made_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.disclosures);
        // every assessment is kept, the current one is the latest: its seq follows the case's earlier ones
        writes.addEach("insert into factor_assessment (id, case_id, seq, severity, conduct, assessed_by, assessed_on, decided_level, "
                + "level_departure_reason, public_interest_stops_action, public_interest_reason, recorded_at) values (?, ?, "
                + "(select coalesce(max(seq) + 1, 0) from factor_assessment where case_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                w.assessments);
        writes.addEach("insert into factor_finding (id, assessment_id, seq, factor, effect, rationale) values (?, ?, ?, ?, ?, ?)",
                w.findings);
        writes.addEach("insert into procedure_milestone (id, case_id, seq, milestone, occurred_on, subject_id, corrects_milestone_id, "
                + "window_kind, extension_business_days, due_date_in_letter, reason, recorded_at, penalty_outcome) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.milestones);
        writes.addEach("insert into publication_step (id, case_id, seq, step_kind, scope, choice, reason, coverage, text, actor, "
                + "notice_milestone_id, on_date, named, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                w.publicationSteps);
        writes.addEach("insert into penalty_decision (id, case_id, seq, subject_id, decided_on, decision_maker, baseline, "
                + "baseline_departure_reason, voluntary_disclosure_discount_percent, early_account_discount_percent, "
                + "settlement_discount_claimed, hardship_reduction, hardship_reason, instalment_plan, rationale, component) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.decisions);
        writes.addEach("update breach set withdrawal_reason = ?, withdrawn_at = ? where id = ?", w.withdrawals);
        writes.addEach("update procedure_milestone set corrected_by = ? where id = ?", w.corrections);
        writes.addEach("update breach_case set closed_on = ?, closure_reason = ?, closure_notes = ? where id = ?", w.closures);
        // a new case starts at version 0 (the column's default); every change of one adds one, under its lock
        long committedVersion;
        if (opening) {
            committedVersion = 0;
        } else {
            writes.add("update breach_case set version = version + 1 where id = ?", st -> st.setString(1, caseId));
            Held held = holding.get(caseId);
            committedVersion = held == null ? -1 : held.version + 1;
        }
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        if (committedVersion >= 0) {
                            recentCases.committed(caseId, committedVersion, after);
                        } else {
                            recentCases.forget(caseId);
                        }
                    }
                }));
    }

    /** Binds one row's parameters. */
    @FunctionalInterface
    private interface Binder extends CompositeStatement.Binder {
    }

    /** The rows a command writes, by statement. */
    private static final class Writes {
        final List<Binder> cases = new ArrayList<>();
        final List<Binder> subjects = new ArrayList<>();
        final List<Binder> breaches = new ArrayList<>();
        final List<Binder> disclosures = new ArrayList<>();
        final List<Binder> assessments = new ArrayList<>();
        final List<Binder> findings = new ArrayList<>();
        final List<Binder> milestones = new ArrayList<>();
        final List<Binder> decisions = new ArrayList<>();
        final List<Binder> withdrawals = new ArrayList<>();
        final List<Binder> corrections = new ArrayList<>();
        final List<Binder> closures = new ArrayList<>();
        final List<Binder> publicationSteps = new ArrayList<>();
    }

    /** The position from the end (1 = last) of a publication step among the command's publication steps. */
    private static int countFromEnd(List<CaseEvent> events, CaseEvent event) {
        int later = 0;
        for (int i = events.size() - 1; i >= 0 && events.get(i) != event; i--) {
            if (events.get(i) instanceof CaseEvent.PublicationStepRecorded) {
                later++;
            }
        }
        return later + 1;
    }

    private static <T, K> int indexOf(List<T> items, T item, Function<T, K> key) {
        K wanted = key.apply(item);
        for (int i = 0; i < items.size(); i++) {
            if (key.apply(items.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw new IllegalStateException("event item " + wanted + " is not in the case it was applied to");
    }

    private static void text(PreparedStatement st, int index, String value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value);
        }
    }

    private static void number(PreparedStatement st, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.NUMERIC);
        } else {
            st.setBigDecimal(index, value);
        }
    }

    private static void integer(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }

    private static void bool(PreparedStatement st, int index, Boolean value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BOOLEAN);
        } else {
            st.setBoolean(index, value);
        }
    }

    private static void date(PreparedStatement st, int index, LocalDate value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.DATE);
        } else {
            st.setObject(index, value);
        }
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The case and all its lists in one statement; empty when there is no such case. */
    private Optional<BreachCase> read(String caseId) {
        return jdbc.prepareStatement(CaseFileQuery.SQL, statement -> {
            bindCaseId(statement, caseId);
            try (ResultSet rs = statement.executeQuery()) {
                return assemble(caseId, rs);
            }
        });
    }

    /** Every parameter of {@link CaseFileQuery#SQL} is the case id. */
    private static void bindCaseId(PreparedStatement statement, String caseId) throws SQLException {
        for (int p = 1; p <= CaseFileQuery.CASE_ID_PARAMETERS; p++) {
            statement.setString(p, caseId);
        }
    }

    private static Optional<BreachCase> assemble(String caseId, ResultSet rs) throws SQLException {
        CaseRowValues row = null;
        List<CaseSubject> subjects = new ArrayList<>();
        List<Breach> breaches = new ArrayList<>();
        List<VoluntaryDisclosure> disclosures = new ArrayList<>();
        List<FactorFinding> findings = new ArrayList<>();
        Function<List<FactorFinding>, FactorAssessment> assessment = null;
        List<ProcedureMilestone> milestones = new ArrayList<>();
        List<PenaltyDecision> decisions = new ArrayList<>();
        List<PublicationStep> steps = new ArrayList<>();
        while (rs.next()) {
            switch (rs.getInt("kind")) {
                case CaseFileQuery.CASE -> row = new CaseRowValues(rs.getString("t1"), rs.getObject("d1", LocalDate.class),
                        CaseProcedure.valueOf(rs.getString("t2")), CaseOrigin.valueOf(rs.getString("t3")),
                        CalendarDivision.valueOf(rs.getString("t4")), rs.getString("t5"), instant(rs, "ts1"),
                        rs.getObject("d2", LocalDate.class), name(CaseClosureReason.class, rs.getString("t6")),
                        rs.getString("t7"));
                case CaseFileQuery.SUBJECT -> subjects.add(new CaseSubject(new SubjectId(rs.getString("t1")),
                        rs.getString("t2"), SubjectType.valueOf(rs.getString("t3")), subjectId(rs.getString("t4")),
                        rs.getInt("i1"), rs.getBigDecimal("n1")));
                case CaseFileQuery.BREACH -> {
                    Instant withdrawnAt = instant(rs, "ts1");
                    breaches.add(new Breach(new BreachId(rs.getString("t1")), new SubjectId(rs.getString("t2")),
                            BreachType.valueOf(rs.getString("t3")), rs.getString("t4"), rs.getString("t5"),
                            rs.getString("t6"), rs.getObject("d1", LocalDate.class), rs.getObject("d2", LocalDate.class),
                            gbp(rs.getBigDecimal("n1")), rs.getBoolean("b1"), nullableBoolean(rs, "b2"),
                            withdrawnAt == null ? null : new Breach.Withdrawal(rs.getString("t7"), withdrawnAt),
                            rs.getString("t8") == null ? null : new BreachId(rs.getString("t8"))));
                }
                case CaseFileQuery.DISCLOSURE -> disclosures.add(new VoluntaryDisclosure(rs.getString("t1"),
                        new SubjectId(rs.getString("t2")), rs.getObject("d1", LocalDate.class), rs.getBoolean("b1"),
                        rs.getBoolean("b2"), rs.getBoolean("b3"), rs.getBoolean("b4"), rs.getString("t3"),
                        rs.getObject("d2", LocalDate.class), rs.getString("t4")));
                case CaseFileQuery.ASSESSMENT -> {
                    String id = rs.getString("t1");
                    SeverityRating severity = SeverityRating.valueOf(rs.getString("t2"));
                    ConductRating conduct = ConductRating.valueOf(rs.getString("t3"));
                    String assessedBy = rs.getString("t4");
                    LocalDate assessedOn = rs.getObject("d1", LocalDate.class);
                    Integer decidedLevel = nullableInteger(rs, "i1");
                    String departure = rs.getString("t5");
                    boolean stops = rs.getBoolean("b1");
                    String publicInterest = rs.getString("t6");
                    // built once its findings (the rows after it) are read
                    assessment = found -> new FactorAssessment(id, found, severity, conduct, assessedBy, assessedOn,
                            decidedLevel, departure, stops, publicInterest);
                }
                case CaseFileQuery.FINDING -> findings.add(new FactorFinding(CaseFactor.valueOf(rs.getString("t1")),
                        FactorEffect.valueOf(rs.getString("t2")), rs.getString("t3")));
                case CaseFileQuery.MILESTONE -> milestones.add(new ProcedureMilestone(new MilestoneId(rs.getString("t1")),
                        Milestone.valueOf(rs.getString("t2")), rs.getObject("d1", LocalDate.class),
                        subjectId(rs.getString("t3")), milestoneId(rs.getString("t4")),
                        name(WindowKind.class, rs.getString("t5")), nullableInteger(rs, "i1"),
                        rs.getObject("d2", LocalDate.class), rs.getString("t6"), milestoneId(rs.getString("t7")),
                        name(PenaltyOutcome.class, rs.getString("t8"))));
                case CaseFileQuery.PUBLICATION_STEP -> steps.add(PublicationStepRows.read(rs));
                case CaseFileQuery.DECISION -> decisions.add(new PenaltyDecision(rs.getString("t1"),
                        new SubjectId(rs.getString("t2")), rs.getObject("d1", LocalDate.class), rs.getString("t3"),
                        gbp(rs.getBigDecimal("n1")), rs.getString("t4"), percentage(rs.getBigDecimal("n2")),
                        percentage(rs.getBigDecimal("n3")), rs.getBoolean("b1"), gbp(rs.getBigDecimal("n4")),
                        rs.getString("t5"), rs.getString("t6"), rs.getString("t7"), rs.getString("t8")));
                default -> throw new IllegalStateException("unexpected row kind " + rs.getInt("kind"));
            }
        }
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new BreachCase(new CaseId(UUID.fromString(caseId)), new CaseReference(row.reference()),
                row.openedOn(), row.procedure(), row.origin(), row.division(), row.summary(), row.recordedAt(), subjects,
                breaches, disclosures, assessment == null ? null : assessment.apply(findings), milestones, decisions,
                row.closedOn() == null ? null : new CaseClosure(row.closedOn(), row.closureReason(), row.closureNotes()),
                steps));
    }

    private record CaseRowValues(String reference, LocalDate openedOn, CaseProcedure procedure, CaseOrigin origin,
                                 CalendarDivision division, String summary, Instant recordedAt, LocalDate closedOn,
                                 CaseClosureReason closureReason, String closureNotes) {
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInteger(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static <E extends Enum<E>> E name(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static SubjectId subjectId(String value) {
        return value == null ? null : new SubjectId(value);
    }

    private static MilestoneId milestoneId(String value) {
        return value == null ? null : new MilestoneId(value);
    }

    private static Gbp gbp(BigDecimal amount) {
        return amount == null ? null : new Gbp(amount);
    }

    private static Percentage percentage(BigDecimal value) {
        return value == null ? null : new Percentage(value);
    }
}
