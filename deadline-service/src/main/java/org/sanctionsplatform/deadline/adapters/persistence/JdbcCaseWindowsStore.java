package org.sanctionsplatform.deadline.adapters.persistence;

import org.sanctionsplatform.support.persistence.BulkSql;
import org.sanctionsplatform.support.persistence.KeyedPlans;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.application.CaseChanges;
import org.sanctionsplatform.deadline.application.CaseWindowsStore;
import org.sanctionsplatform.guidance.ids.OrderedIds;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.CaseWindows;
import org.sanctionsplatform.guidance.windows.ExtensionDecision;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowLength;
import org.sanctionsplatform.guidance.windows.WindowState;
import org.sanctionsplatform.deadline.domain.Worklist;
import org.sanctionsplatform.support.audit.Actor;

/**
 * Keeps cases and windows in {@code deadline_case}, {@code deadline_window}, {@code deadline_extension} and the
 * assessed terms in {@code deadline_assessed_terms}. A batch's cases are locked and read with one statement per table
 * per chunk of case ids, the lock and the reads of a chunk in one round trip; what it changed is written with one JDBC
 * batch per statement.
 */
@Singleton
class JdbcCaseWindowsStore implements CaseWindowsStore {

    private static final String STATE_ACTOR = "state_actor_subject = ?, state_actor_name = ?, state_actor_role = ?";

    /**
     * The statements that find a stored row among those a batch writes, each by its primary key (WritePlansTest checks
     * their plans on empty tables).
     */
    static final String UPDATE_WINDOW_TERMS = "update deadline_case set window_terms = ? where case_id = ?";
    static final String UPDATE_CLOSED_ON = "update deadline_case set closed_on = ? where case_id = ?";
    static final String UPDATE_STATE_AND_MET_BY = "update deadline_window set state = ?, state_reason = ?, met_by = ?, "
            + "updated_at = ?, " + STATE_ACTOR + " where window_id = ?";
    static final String UPDATE_STATE = "update deadline_window set state = ?, state_reason = ?, updated_at = ?, "
            + STATE_ACTOR + " where window_id = ?";
    static final String UPDATE_DUE = "update deadline_window set due_date = ?, due_at = ?, extended_business_days = ?, "
            + "updated_at = ? where window_id = ?";
    static final String UPDATE_ASSESSED_TERMS = "update deadline_assessed_terms set halved_windows = ?, "
            + "assessment_event_id = ?, recorded_at = ? where case_id = ?";

    private final CaseRepository cases;
    private final WindowRepository windows;
    private final ExtensionRepository extensions;
    private final BulkSql bulk;
    private final KeyedPlans plans;
    private final Clock clock;

    JdbcCaseWindowsStore(CaseRepository cases, WindowRepository windows, ExtensionRepository extensions, BulkSql bulk,
                         KeyedPlans plans, Clock clock) {
        this.cases = cases;
        this.windows = windows;
        this.extensions = extensions;
        this.bulk = bulk;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Optional<CaseWindows> find(CaseId caseId) {
        return cases.findById(caseId.value()).map(row -> restore(caseId, row, windows.findByCaseId(row.caseId()),
                extensions.findByCaseIdOrderByRecordedAt(row.caseId())));
    }

    @Override
    public Map<CaseId, Stored> lockAndLoad(Collection<CaseId> caseIds) {
        // one order for every locker: two batches that share cases wait for each other, never deadlock. Inserting a key
        // another transaction has inserted and not yet committed waits for it (PostgreSQL, and H2 in its PostgreSQL
        // mode), then does nothing; the select then holds the rows until this transaction ends. The lock and the reads
        // of a chunk of cases go to the server in one round trip (BulkSql.perChunk); each read is a statement of its own
        // after the lock, so it sees what the transaction the lock waited for committed (one statement doing both would
        // read the tables as they were when it began to wait).
        List<String> ids = caseIds.stream().map(CaseId::value).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<String> locked = new HashSet<>();
        Map<String, CaseRow> caseRows = new HashMap<>();
        Map<String, List<WindowRow>> windowRows = new HashMap<>();
        Map<String, List<ExtensionRow>> extensionRows = new HashMap<>();
        Map<String, Boolean> assessed = new HashMap<>();
        bulk.perChunk(ids, chunk -> chunk
                .insertKeys("insert into deadline_case_lock (case_id)", "(?)", "on conflict do nothing")
                .selectIn("select case_id from deadline_case_lock where case_id in (%s) order by case_id for update",
                        row -> locked.add(row.getString(1)))
                .selectIn("select * from deadline_case where case_id in (%s)", row -> {
                    LocalDate closedOn = row.getObject("closed_on", LocalDate.class);
                    caseRows.put(row.getString("case_id"), new CaseRow(row.getString("case_id"),
                            row.getString("procedure_kind"), row.getString("division"),
                            row.getObject("opened_on", LocalDate.class), closedOn, BulkSql.instant(row, "recorded_at"),
                            row.getString("window_terms")));
                })
                .selectIn("select * from deadline_window where case_id in (%s)", row -> windowRows
                        .computeIfAbsent(row.getString("case_id"), k -> new ArrayList<>()).add(windowRow(row)))
                .selectIn("select * from deadline_extension where case_id in (%s) order by recorded_at", row ->
                        extensionRows.computeIfAbsent(row.getString("case_id"), k -> new ArrayList<>())
                                .add(extensionRow(row)))
                .selectIn("select case_id, halved_windows from deadline_assessed_terms where case_id in (%s)",
                        row -> assessed.put(row.getString(1), row.getBoolean(2))));
        if (locked.size() != ids.size()) {
            throw new IllegalStateException((ids.size() - locked.size()) + " of " + ids.size()
                    + " cases have no lock row after inserting them");
        }
        Map<CaseId, Stored> stored = new HashMap<>();
        for (String id : ids) {
            CaseRow caseRow = caseRows.get(id);
            Optional<CaseWindows> windows = caseRow == null ? Optional.empty()
                    : Optional.of(restore(new CaseId(id), caseRow, windowRows.getOrDefault(id, List.of()),
                            extensionRows.getOrDefault(id, List.of())));
            Optional<Boolean> terms = Optional.ofNullable(assessed.get(id));
            if (windows.isPresent() || terms.isPresent()) {
                stored.put(new CaseId(id), new Stored(windows, terms));
            }
        }
        return stored;
    }

    @Override
    public void save(CaseChanges changes) {
        // The batch's reads and its timers' moves (which pick between indexes by the table as it is) are done; every
        // statement its transaction runs from here on finds its row by primary key (a case, a window, a case's assessed
        // terms) or inserts: the cases, windows and extensions below, then the outbox's rows (WritePlansTest checks
        // their plans on empty tables). One plan each, kept: no planning of every insert and foreign-key check.
        plans.forThisTransaction();
        Instant now = clock.instant();
        saveCases(changes, now);
        saveWindows(changes.windowEvents(), now);
        saveAssessedTerms(changes.assessedTerms(), now);
    }

    private void saveCases(CaseChanges changes, Instant now) {
        Map<CaseId, CaseEvent.Opened> opened = changes.opened();
        bulk.batch("insert into deadline_case (case_id, procedure_kind, division, opened_on, closed_on, recorded_at, "
                + "window_terms) values (?, ?, ?, ?, ?, ?, ?)", opened.values(), (s, o) -> {
                    s.setString(1, o.caseId().value());
                    s.setString(2, o.procedure().name());
                    s.setString(3, o.division().name());
                    s.setObject(4, o.openedOn());
                    s.setObject(5, changes.closedOn().get(o.caseId()));
                    s.setObject(6, BulkSql.utc(now));
                    s.setString(7, changes.windowTerms().getOrDefault(o.caseId(), o.procedure()).name());
                });
        bulk.batch(UPDATE_WINDOW_TERMS, changes.windowTerms().entrySet().stream()
                .filter(e -> !opened.containsKey(e.getKey())).toList(), (s, e) -> {
                    s.setString(1, e.getValue().name());
                    s.setString(2, e.getKey().value());
                });
        bulk.batch(UPDATE_CLOSED_ON, changes.closedOn().entrySet().stream()
                .filter(e -> !opened.containsKey(e.getKey())).toList(), (s, e) -> {
                    s.setObject(1, e.getValue());
                    s.setString(2, e.getKey().value());
                });
    }

    /**
     * The windows as the batch's events leave them: a window opened by the batch is inserted once, as it ends the
     * batch; a window stored before is updated once per kind of change (its state, its due date), as the last event
     * left it; every extension decided is added. The same rows as writing each event in turn.
     */
    private void saveWindows(List<CaseChanges.CausedEvent> events, Instant now) {
        Map<String, WindowWrite> writes = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>();
        for (CaseChanges.CausedEvent caused : events) {
            WindowEvent event = caused.event();
            Window w = event.window();
            // who caused the change (issue 9.3): kept with the window's opening, its state change, each extension
            Actor actor = caused.causation().actor().orElse(null);
            if (event instanceof WindowEvent.Opened) {
                WindowWrite opened = new WindowWrite(true, w, w.replaces().map(r -> "replaces " + r).orElse(null));
                opened.openingActor = actor;
                writes.put(w.id().value(), opened);
                // a re-computed window keeps the extensions granted to the window it replaces (and who agreed them is
                // not known here: the replaced window's rows keep it)
                w.extensions().forEach(d -> decisions.add(new Decision(w, d, null)));
            } else if (event instanceof WindowEvent.ExtensionRefused refused) {
                decisions.add(new Decision(w, refused.decision(), actor));
            } else {
                WindowWrite write = writes.computeIfAbsent(w.id().value(), id -> new WindowWrite(false, w, null));
                write.window = w;
                if (event instanceof WindowEvent.Met met) {
                    write.stateChanged(met.metBy() + " on " + met.metOn(), actor);
                    write.metByChanged = true;
                } else if (event instanceof WindowEvent.Cancelled cancelled) {
                    write.stateChanged(cancelled.reason(), actor);
                } else if (event instanceof WindowEvent.Extended extended) {
                    write.dueChanged = true;
                    decisions.add(new Decision(w, extended.decision(), actor));
                }
            }
        }
        List<WindowWrite> all = List.copyOf(writes.values());
        bulk.batch(INSERT_WINDOW, all.stream().filter(x -> x.inserted).toList(), (s, x) -> bindNewWindow(s, x, now));
        bulk.batch(UPDATE_STATE_AND_MET_BY,
                all.stream().filter(x -> !x.inserted && x.stateChanged && x.metByChanged).toList(), (s, x) -> {
                    s.setString(1, x.window.state().name());
                    BulkSql.setText(s, 2, x.stateReason);
                    BulkSql.setText(s, 3, x.window.metBy().orElse(null));
                    s.setObject(4, BulkSql.utc(now));
                    Actor.bind(s, 5, x.stateActor);
                    s.setString(8, x.window.id().value());
                });
        bulk.batch(UPDATE_STATE,
                all.stream().filter(x -> !x.inserted && x.stateChanged && !x.metByChanged).toList(), (s, x) -> {
                    s.setString(1, x.window.state().name());
                    BulkSql.setText(s, 2, x.stateReason);
                    s.setObject(3, BulkSql.utc(now));
                    Actor.bind(s, 4, x.stateActor);
                    s.setString(7, x.window.id().value());
                });
        bulk.batch(UPDATE_DUE, all.stream().filter(x -> !x.inserted && x.dueChanged).toList(), (s, x) -> {
                    s.setObject(1, x.window.dueDate());
                    s.setObject(2, BulkSql.utc(x.window.dueAt()));
                    s.setInt(3, x.window.extendedBusinessDays());
                    s.setObject(4, BulkSql.utc(now));
                    s.setString(5, x.window.id().value());
                });
        // the decisions of a window are read back in the order recorded: one microsecond apart, in the order decided
        int[] seq = {0};
        bulk.batch("insert into deadline_extension (extension_id, window_id, case_id, milestone_id, agreed_on, "
                + "requested_business_days, reason, refusal, previous_due_date, due_date, recorded_at, actor_subject, "
                + "actor_name, actor_role) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", decisions, (s, d) -> {
                    ExtensionDecision x = d.decision();
                    s.setString(1, extensionId(d.window(), x));
                    s.setString(2, d.window().id().value());
                    s.setString(3, d.window().caseId().value());
                    s.setString(4, x.milestoneId());
                    s.setObject(5, x.agreedOn());
                    s.setInt(6, x.requestedBusinessDays());
                    s.setString(7, x.reason());
                    BulkSql.setText(s, 8, x.refusal().orElse(null));
                    s.setObject(9, x.previousDueDate());
                    s.setObject(10, x.dueDate());
                    s.setObject(11, BulkSql.utc(now.plus(seq[0]++, ChronoUnit.MICROS)));
                    Actor.bind(s, 12, d.actor());
                });
    }

    private static final String INSERT_WINDOW = "insert into deadline_window (window_id, case_id, kind, subject_id, "
            + "guidance_section, division, starts_on, length_text, due_date, due_at, fixed_penalty_case, opened_by, state, "
            + "state_reason, created_at, updated_at, extended_business_days, replaces_window_id, met_by, "
            + "opening_actor_subject, opening_actor_name, opening_actor_role, state_actor_subject, state_actor_name, "
            + "state_actor_role) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Who caused a window's current state (MET or CANCELLED by a person's case event): three columns, see Actor. */
    private static void bindNewWindow(PreparedStatement s, WindowWrite x, Instant now) throws SQLException {
        Window w = x.window;
        s.setString(1, w.id().value());
        s.setString(2, w.caseId().value());
        s.setString(3, w.kind().name());
        BulkSql.setText(s, 4, w.subjectId().orElse(null));
        s.setString(5, w.guidanceSection());
        s.setString(6, w.division().name());
        s.setObject(7, w.startsOn());
        s.setString(8, w.length().describe());
        s.setObject(9, w.dueDate());
        s.setObject(10, BulkSql.utc(w.dueAt()));
        s.setBoolean(11, w.fixedPenaltyCase());
        s.setString(12, w.openedBy());
        s.setString(13, w.state().name());
        BulkSql.setText(s, 14, x.stateReason);
        s.setObject(15, BulkSql.utc(now));
        s.setObject(16, BulkSql.utc(now));
        s.setInt(17, w.extendedBusinessDays());
        BulkSql.setText(s, 18, w.replaces().map(WindowId::value).orElse(null));
        BulkSql.setText(s, 19, w.metBy().orElse(null));
        Actor.bind(s, 20, x.openingActor);
        Actor.bind(s, 23, x.stateActor);
    }

    /** How a window ends the batch, and which of its columns the batch changed. */
    private static final class WindowWrite {
        private final boolean inserted;
        private Window window;
        private String stateReason;
        private boolean stateChanged;
        private boolean metByChanged;
        private boolean dueChanged;
        private Actor openingActor;
        private Actor stateActor;

        WindowWrite(boolean inserted, Window window, String stateReason) {
            this.inserted = inserted;
            this.window = window;
            this.stateReason = stateReason;
        }

        void stateChanged(String reason, Actor actor) {
            stateChanged = true;
            stateReason = reason;
            stateActor = actor;
        }
    }

    private record Decision(Window window, ExtensionDecision decision, Actor actor) {
    }

    /** Derived from (window, milestone), so a decision cannot be recorded twice; sorts with the window's id. */
    private static String extensionId(Window w, ExtensionDecision d) {
        return OrderedIds.after(w.id().value(), w.id().value(), d.milestoneId());
    }

    private void saveAssessedTerms(Map<CaseId, CaseChanges.AssessedTerms> terms, Instant now) {
        // the caller holds the cases' locks: no concurrent writer for these rows
        bulk.batch("insert into deadline_assessed_terms (halved_windows, assessment_event_id, recorded_at, case_id) "
                + "values (?, ?, ?, ?)", terms.entrySet().stream().filter(e -> !e.getValue().storedBefore()).toList(),
                (s, e) -> bindAssessedTerms(s, e.getKey(), e.getValue(), now));
        bulk.batch(UPDATE_ASSESSED_TERMS, terms.entrySet().stream().filter(e -> e.getValue().storedBefore()).toList(),
                (s, e) -> bindAssessedTerms(s, e.getKey(), e.getValue(), now));
    }

    private static void bindAssessedTerms(PreparedStatement s, CaseId caseId, CaseChanges.AssessedTerms terms,
                                          Instant now) throws SQLException {
        s.setBoolean(1, terms.halvedWindows());
        s.setString(2, terms.assessmentEventId());
        s.setObject(3, BulkSql.utc(now));
        s.setString(4, caseId.value());
    }

    private static WindowRow windowRow(ResultSet r) throws SQLException {
        return new WindowRow(r.getString("window_id"), r.getString("case_id"), r.getString("kind"),
                r.getString("subject_id"), r.getString("guidance_section"), r.getString("division"),
                r.getObject("starts_on", LocalDate.class), r.getString("length_text"), r.getObject("due_date", LocalDate.class),
                BulkSql.instant(r, "due_at"), r.getBoolean("fixed_penalty_case"), r.getString("opened_by"),
                r.getString("state"), r.getString("state_reason"), BulkSql.instant(r, "created_at"),
                BulkSql.instant(r, "updated_at"), r.getInt("extended_business_days"), r.getString("replaces_window_id"),
                r.getString("met_by"));
    }

    private static ExtensionRow extensionRow(ResultSet r) throws SQLException {
        return new ExtensionRow(r.getString("extension_id"), r.getString("window_id"), r.getString("case_id"),
                r.getString("milestone_id"), r.getObject("agreed_on", LocalDate.class), r.getInt("requested_business_days"),
                r.getString("reason"), r.getString("refusal"), r.getObject("previous_due_date", LocalDate.class),
                r.getObject("due_date", LocalDate.class), BulkSql.instant(r, "recorded_at"));
    }

    private CaseWindows restore(CaseId caseId, CaseRow row, List<WindowRow> windowRows, List<ExtensionRow> extensionRows) {
        Procedure procedure = Procedure.valueOf(row.procedureKind());
        Map<String, List<ExtensionDecision>> decisions = byWindow(extensionRows);
        List<Window> caseWindows = windowRows.stream().map(w -> toWindow(w, decisions)).toList();
        Procedure terms = row.windowTerms() == null ? procedure : Procedure.valueOf(row.windowTerms());
        return CaseWindows.restore(caseId, procedure, terms, Division.valueOf(row.division()), row.closedOn() != null,
                caseWindows);
    }

    @Override
    public Map<String, WindowActors> actorsOf(CaseId caseId) {
        Map<String, Actor[]> windowActors = new LinkedHashMap<>();
        bulk.selectIn("select window_id, opening_actor_subject, opening_actor_name, opening_actor_role, state_actor_subject, "
                + "state_actor_name, state_actor_role from deadline_window where case_id in (%s)", List.of(caseId.value()),
                row -> windowActors.put(row.getString("window_id"),
                        new Actor[]{Actor.read(row, "opening_actor"), Actor.read(row, "state_actor")}));
        Map<String, Map<String, Actor>> extensionActors = new HashMap<>();
        bulk.selectIn("select window_id, milestone_id, actor_subject, actor_name, actor_role from deadline_extension "
                + "where case_id in (%s) and actor_subject is not null", List.of(caseId.value()),
                row -> extensionActors.computeIfAbsent(row.getString("window_id"), k -> new HashMap<>())
                        .put(row.getString("milestone_id"), Actor.read(row, "actor")));
        Map<String, WindowActors> actors = new LinkedHashMap<>();
        windowActors.forEach((windowId, a) -> actors.put(windowId, new WindowActors(Optional.ofNullable(a[0]),
                Optional.ofNullable(a[1]), extensionActors.getOrDefault(windowId, Map.of()))));
        return actors;
    }

    @Override
    public List<Window> openWindowsDueBetween(LocalDate from, LocalDate to, Optional<Worklist.Position> after, int limit) {
        List<WindowRow> rows = after.isEmpty() ? windows.findOpenDueBetween(from, to, limit)
                : windows.findOpenDueBetweenAfter(from, to, after.get().dueAt(), after.get().windowId(), limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ExtensionDecision>> decisions = byWindow(
                extensions.findByWindowIdInOrderByRecordedAt(rows.stream().map(WindowRow::windowId).toList()));
        return rows.stream().map(w -> toWindow(w, decisions)).toList();
    }

    private static Map<String, List<ExtensionDecision>> byWindow(List<ExtensionRow> rows) {
        Map<String, List<ExtensionDecision>> decisions = new HashMap<>();
        for (ExtensionRow r : rows) {
            decisions.computeIfAbsent(r.windowId(), k -> new ArrayList<>()).add(new ExtensionDecision(r.milestoneId(),
                    r.agreedOn(), r.requestedBusinessDays(), r.reason(), Optional.ofNullable(r.refusal()),
                    r.previousDueDate(), r.dueDate()));
        }
        return decisions;
    }

    private static Window toWindow(WindowRow row, Map<String, List<ExtensionDecision>> decisions) {
        WindowKind kind = WindowKind.valueOf(row.kind());
        // the length follows from the kind and the procedure it was opened under (the fixed-penalty flag says which)
        Procedure procedure = row.fixedPenaltyCase() ? Procedure.FIXED_MONETARY_PENALTY : Procedure.CIVIL_MONETARY_PENALTY;
        WindowLength length = kind.termsUnder(procedure)
                .orElseThrow(() -> new IllegalStateException("window " + row.windowId() + " of kind " + kind
                        + " does not run under " + procedure))
                .length();
        return new Window(new WindowId(row.windowId()), new CaseId(row.caseId()), kind,
                Optional.ofNullable(row.subjectId()), row.guidanceSection(), Division.valueOf(row.division()),
                row.startsOn(), length, row.dueDate(), row.dueAt(), row.fixedPenaltyCase(), row.openedBy(),
                WindowState.valueOf(row.state()), row.extendedBusinessDays(),
                Optional.ofNullable(row.replacesWindowId()).map(WindowId::new),
                decisions.getOrDefault(row.windowId(), List.of()), Optional.ofNullable(row.metBy()));
    }
}
