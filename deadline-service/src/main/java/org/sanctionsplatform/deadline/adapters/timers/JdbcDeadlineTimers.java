package org.sanctionsplatform.deadline.adapters.timers;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.DeadlineTimers;
import org.sanctionsplatform.deadline.application.TimerChange;
import org.sanctionsplatform.deadline.timers.ScheduledTimer;
import org.sanctionsplatform.deadline.timers.TimerKind;
import org.sanctionsplatform.deadline.timers.TimerSchedule;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.support.persistence.KeyedPlans;

/**
 * Keeps {@code deadline_timer} in step with the windows, in the caller's transaction. A timer is keyed by (window id,
 * timer kind) and only PENDING rows change, so a timer that has fired is never moved or fired again:
 * <ul>
 *   <li>open window: each of its timers is moved to its instant for the window's current due date, or inserted when
 *       it does not exist yet (a fired or cancelled timer of that kind stays as it is); its pending timers of kinds
 *       the window no longer has are cancelled;</li>
 *   <li>window not open (met, cancelled): its pending timers are cancelled;</li>
 *   <li>a refused extension changes nothing;</li>
 *   <li>case closed: every pending timer of the case is cancelled.</li>
 * </ul>
 * A batch of changes is written without reading the table: for each timer the batch touches, what the changes do to
 * it in turn is worked out here for both starting points that matter (pending, or not there yet), and written as one
 * keyed update (applies only if it is pending) and one insert (applies only if it is not there); a fired, cancelled or
 * failed timer matches neither. The result is the same as applying the changes one by one. Every statement finds its
 * rows through the primary key or an index on (window_id, state) or (case_id, state) (V3_4), whatever the statistics.
 *
 * <p>A window the batch opens has no timers yet, so only its inserts are written (no update or cancellation that could
 * find nothing): ten of the deadline service's fifty statements per whole case in the load harness were such updates.
 * That holds in every batch that commits: timers are only ever written with their window, in the window's batch, and a
 * window is never deleted; the batch that opens a window inserts its row with a plain insert, so a window id opened
 * twice fails that batch on the key of {@code deadline_window} and nothing of it is kept.
 */
@Singleton
class JdbcDeadlineTimers implements DeadlineTimers {

    /** A pending timer as its last move left it, and cancelled if a later change cancelled it. */
    static final String UPDATE_PENDING = "update deadline_timer set due_date = ?, due_at = ?, fire_at = ?, "
            + "guidance_section = ?, business_days_before_due = ?, causation_id = ?, correlation_id = ?, state = ?, "
            + "state_reason = ?, updated_at = ? where window_id = ? and timer_kind = ? and state = 'PENDING'";
    /** A pending timer cancelled before the batch moved it. */
    static final String CANCEL_PENDING = "update deadline_timer set state = 'CANCELLED', state_reason = ?, updated_at = ? "
            + "where window_id = ? and timer_kind = ? and state = 'PENDING'";
    static final String INSERT = "insert into deadline_timer (window_id, timer_kind, case_id, window_kind, subject_id, "
            + "guidance_section, division, due_date, due_at, business_days_before_due, fire_at, state, causation_id, "
            + "correlation_id, state_reason, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "on conflict do nothing";
    /** The pending timers of a window, but those of the kinds listed after it ({@code and timer_kind not in (…)}). */
    static final String CANCEL_WINDOW = "update deadline_timer set state = 'CANCELLED', state_reason = ?, updated_at = ? "
            + "where window_id = ? and state = 'PENDING'";
    static final String CANCEL_CASE = "update deadline_timer set state = 'CANCELLED', state_reason = ?, updated_at = ? "
            + "where case_id = ? and state = 'PENDING'";

    private final JdbcOperations jdbc;
    private final KeyedPlans plans;
    private final TimerSchedule schedule;
    private final Clock clock;

    JdbcDeadlineTimers(JdbcOperations jdbc, KeyedPlans plans, TimerSchedule schedule, Clock clock) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void apply(List<TimerChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, List<Step>> stepsByWindow = new LinkedHashMap<>();
        Set<String> openedHere = new HashSet<>();
        Map<String, String> closedCases = new LinkedHashMap<>();
        for (TimerChange change : changes) {
            if (change instanceof TimerChange.WindowChanged changed) {
                WindowEvent event = changed.event();
                if (event instanceof WindowEvent.ExtensionRefused) {
                    continue; // the window and its due date are unchanged
                }
                Window window = event.window();
                List<Step> steps = stepsByWindow.computeIfAbsent(window.id().value(), id -> new ArrayList<>());
                if (steps.isEmpty() && event instanceof WindowEvent.Opened) {
                    openedHere.add(window.id().value());
                }
                steps.add(window.isOpen() ? scheduled(window, changed.causation()) : new Cancel(reason(event)));
            } else if (change instanceof TimerChange.CaseClosed closed) {
                // a closed case's windows change no more (CaseWindows), so its cancellation comes after all of them
                closedCases.putIfAbsent(closed.caseId().value(), closed.reason());
            }
        }
        Writes writes = new Writes();
        stepsByWindow.forEach((windowId, steps) -> plan(windowId, steps, openedHere.contains(windowId), writes));
        OffsetDateTime now = utc(clock.instant());
        jdbc.execute(connection -> {
            write(connection, writes, closedCases, now);
            return null;
        });
    }

    /** What one change does to a window's timers: schedules these (and cancels its others), or cancels them all. */
    private sealed interface Step permits Schedule, Cancel {
    }

    /** The window's timers by kind, as the change sets them; its other pending timers are cancelled with the reason. */
    private record Schedule(Map<String, TimerValues> timers, String othersReason) implements Step {
    }

    private record Cancel(String reason) implements Step {
    }

    /** A timer's columns as a change sets them. */
    private record TimerValues(Window window, TimerKind kind, Instant fireAt, Causation causation) {
        Integer businessDaysBeforeDue() {
            return kind instanceof TimerKind.Reminder reminder ? reminder.businessDaysBeforeDue() : null;
        }
    }

    private Schedule scheduled(Window window, Causation causation) {
        Map<String, TimerValues> timers = new LinkedHashMap<>();
        for (ScheduledTimer timer : schedule.timersOf(window)) {
            timers.put(timer.kind().key(), new TimerValues(window, timer.kind(), timer.fireAt(), causation));
        }
        // e.g. a "5 days before" reminder that a recomputed window no longer has
        return new Schedule(timers, "no longer a timer of the window due " + window.dueDate());
    }

    /** How a timer ends the batch: its values from the last move (none if never moved), and why it was cancelled. */
    private record Outcome(TimerValues values, String cancelledBecause) {
    }

    /**
     * The timer of {@code kind} after the steps, starting pending ({@code pending}) or not there: moved by each step that
     * schedules it, inserted by the first such step if it was not there, cancelled (for good) by the first step that
     * does not schedule it once it is there. Null when it never comes to be.
     */
    private static Outcome trace(List<Step> steps, String kind, boolean pending) {
        boolean there = pending;
        TimerValues values = null;
        for (Step step : steps) {
            if (step instanceof Schedule s && s.timers().containsKey(kind)) {
                values = s.timers().get(kind);
                there = true;
            } else if (there) {
                return new Outcome(values, step instanceof Schedule s ? s.othersReason() : ((Cancel) step).reason());
            }
        }
        return there ? new Outcome(values, null) : null;
    }

    /**
     * The statements that leave a window's timers as its steps, applied one by one, would; for a window the batch opens
     * ({@code opened}), which has no timer yet, only the inserts.
     */
    private static void plan(String windowId, List<Step> steps, boolean opened, Writes writes) {
        Set<String> kinds = new LinkedHashSet<>();
        steps.stream().filter(Schedule.class::isInstance).forEach(s -> kinds.addAll(((Schedule) s).timers().keySet()));
        if (opened) {
            for (String kind : kinds) {
                Outcome outcome = trace(steps, kind, false);
                if (outcome != null) {
                    writes.insert.add(new Keyed(windowId, kind, outcome));
                }
            }
            return;
        }
        for (String kind : kinds) {
            Outcome ifPending = trace(steps, kind, true);
            if (ifPending.values() != null) {
                writes.updatePending.add(new Keyed(windowId, kind, ifPending));
            } else {
                writes.cancelPending.add(new Keyed(windowId, kind, ifPending));
            }
            Outcome ifAbsent = trace(steps, kind, false);
            if (ifAbsent != null) {
                writes.insert.add(new Keyed(windowId, kind, ifAbsent));
            }
        }
        // a pending timer of a kind no step schedules (e.g. of reminder offsets configured before) goes with the first step
        Step first = steps.get(0);
        String reason = first instanceof Schedule s ? s.othersReason() : ((Cancel) first).reason();
        writes.cancelOthers.computeIfAbsent(kinds.size(), n -> new ArrayList<>())
                .add(new OtherKinds(windowId, List.copyOf(kinds), reason));
    }

    private record Keyed(String windowId, String kind, Outcome outcome) {
    }

    private record OtherKinds(String windowId, List<String> keptKinds, String reason) {
    }

    /** A batch's statements, by statement. */
    private static final class Writes {
        private final Map<Integer, List<OtherKinds>> cancelOthers = new TreeMap<>();
        private final List<Keyed> updatePending = new ArrayList<>();
        private final List<Keyed> cancelPending = new ArrayList<>();
        private final List<Keyed> insert = new ArrayList<>();
    }

    /**
     * The updates of pending timers come before the inserts (an insert applies only where no timer was, an update only
     * where one was pending), and the case-wide cancellations last. Each statement is one JDBC batch.
     */
    private void write(Connection connection, Writes writes, Map<String, String> closedCases, OffsetDateTime now)
            throws SQLException {
        for (Map.Entry<Integer, List<OtherKinds>> group : writes.cancelOthers.entrySet()) {
            int kept = group.getKey();
            String sql = kept == 0 ? CANCEL_WINDOW
                    : CANCEL_WINDOW + " and timer_kind not in (" + String.join(", ", Collections.nCopies(kept, "?")) + ")";
            batch(connection, sql, group.getValue(), (s, o) -> {
                s.setString(1, truncate(o.reason()));
                s.setObject(2, now);
                s.setString(3, o.windowId());
                for (int i = 0; i < kept; i++) {
                    s.setString(4 + i, o.keptKinds().get(i));
                }
            });
        }
        batch(connection, UPDATE_PENDING, writes.updatePending, (s, k) -> {
            TimerValues v = k.outcome().values();
            s.setObject(1, v.window().dueDate());
            s.setObject(2, utc(v.window().dueAt()));
            s.setObject(3, utc(v.fireAt()));
            s.setString(4, v.window().guidanceSection());
            setInteger(s, 5, v.businessDaysBeforeDue());
            s.setString(6, v.causation().eventId());
            s.setString(7, v.causation().correlation());
            s.setString(8, state(k.outcome()));
            s.setString(9, reason(k.outcome()));
            s.setObject(10, now);
            s.setString(11, k.windowId());
            s.setString(12, k.kind());
        });
        batch(connection, CANCEL_PENDING, writes.cancelPending, (s, k) -> {
            s.setString(1, reason(k.outcome()));
            s.setObject(2, now);
            s.setString(3, k.windowId());
            s.setString(4, k.kind());
        });
        // the only inserts here, and the most rows a batch writes (a window's five timers): one plan for the statement and
        // its foreign-key checks, where planning every execution cost more than executing it (KeyedPlans); the moves
        // above and the cancellation below are planned for the table as it is
        plans.whileInserting(writes.insert.size(), () -> batch(connection, INSERT, writes.insert, (s, k) -> {
            TimerValues v = k.outcome().values();
            Window window = v.window();
            s.setString(1, k.windowId());
            s.setString(2, k.kind());
            s.setString(3, window.caseId().value());
            s.setString(4, window.kind().name());
            s.setString(5, window.subjectId().orElse(null));
            s.setString(6, window.guidanceSection());
            s.setString(7, window.division().name());
            s.setObject(8, window.dueDate());
            s.setObject(9, utc(window.dueAt()));
            setInteger(s, 10, v.businessDaysBeforeDue());
            s.setObject(11, utc(v.fireAt()));
            s.setString(12, state(k.outcome()));
            s.setString(13, v.causation().eventId());
            s.setString(14, v.causation().correlation());
            s.setString(15, reason(k.outcome()));
            s.setObject(16, now);
        }));
        batch(connection, CANCEL_CASE, closedCases.entrySet(), (s, e) -> {
            s.setString(1, truncate(e.getValue()));
            s.setObject(2, now);
            s.setString(3, e.getKey());
        });
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private static <T> void batch(Connection connection, String sql, Collection<T> items, Binder<T> binder)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(s, item);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String state(Outcome outcome) {
        return outcome.cancelledBecause() == null ? "PENDING" : "CANCELLED";
    }

    private static String reason(Outcome outcome) {
        return outcome.cancelledBecause() == null ? null : truncate(outcome.cancelledBecause());
    }

    private static String reason(WindowEvent event) {
        if (event instanceof WindowEvent.Met met) {
            return "window met by " + met.metBy() + " on " + met.metOn();
        }
        if (event instanceof WindowEvent.Cancelled cancelled) {
            return "window cancelled: " + cancelled.reason();
        }
        return "window " + event.window().state();
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static String truncate(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
