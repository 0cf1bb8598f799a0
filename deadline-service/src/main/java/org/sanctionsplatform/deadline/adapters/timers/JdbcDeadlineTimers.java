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
import java.util.Collections;
import java.util.List;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.DeadlineTimers;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.deadline.timers.ScheduledTimer;
import org.sanctionsplatform.deadline.timers.TimerKind;
import org.sanctionsplatform.deadline.timers.TimerSchedule;

/**
 * Keeps {@code deadline_timer} in step with the windows, in the caller's transaction. Every change is keyed by
 * (window id, timer kind) and touches only PENDING rows, so a timer that has fired is never moved or fired again:
 * <ul>
 *   <li>open window: each of its timers is moved to its instant for the window's current due date by one keyed
 *       update, or inserted when it does not exist yet ({@code on conflict do nothing}: a fired or cancelled
 *       timer of that kind stays as it is); pending timers the window no longer has are cancelled;</li>
 *   <li>window not open (met, cancelled): one update cancels all its pending timers;</li>
 *   <li>a refused extension changes nothing.</li>
 * </ul>
 */
@Singleton
class JdbcDeadlineTimers implements DeadlineTimers {

    private static final String MOVE = "update deadline_timer set due_date = ?, due_at = ?, fire_at = ?, "
            + "guidance_section = ?, business_days_before_due = ?, causation_id = ?, correlation_id = ?, updated_at = ? "
            + "where window_id = ? and timer_kind = ? and state = 'PENDING'";
    private static final String INSERT = "insert into deadline_timer (window_id, timer_kind, case_id, window_kind, "
            + "subject_id, guidance_section, division, due_date, due_at, business_days_before_due, fire_at, state, "
            + "causation_id, correlation_id, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) "
            + "on conflict do nothing";
    private static final String CANCEL = "update deadline_timer set state = 'CANCELLED', state_reason = ?, updated_at = ? "
            + "where window_id = ? and state = 'PENDING'";

    private static final String CANCEL_CASE = "update deadline_timer set state = 'CANCELLED', state_reason = ?, updated_at = ? "
            + "where case_id = ? and state = 'PENDING'";

    private final JdbcOperations jdbc;
    private final TimerSchedule schedule;
    private final Clock clock;

    JdbcDeadlineTimers(JdbcOperations jdbc, TimerSchedule schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void windowsChanged(List<WindowEvent> events, Causation causation) {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime now = utc(clock.instant());
        jdbc.execute(connection -> {
            for (WindowEvent event : events) {
                Window window = event.window();
                if (event instanceof WindowEvent.ExtensionRefused) {
                    continue; // the window and its due date are unchanged
                }
                if (window.isOpen()) {
                    schedule(connection, window, causation, now);
                } else {
                    cancel(connection, window.id().value(), reason(event), now, List.of());
                }
            }
            return null;
        });
    }

    @Override
    public void caseClosed(CaseId caseId, String reason) {
        OffsetDateTime now = utc(clock.instant());
        jdbc.execute(connection -> {
            try (PreparedStatement s = connection.prepareStatement(CANCEL_CASE)) {
                s.setString(1, reason.length() <= 500 ? reason : reason.substring(0, 500));
                s.setObject(2, now);
                s.setString(3, caseId.value());
                return s.executeUpdate();
            }
        });
    }

    private void schedule(Connection connection, Window window, Causation causation, OffsetDateTime now)
            throws SQLException {
        List<ScheduledTimer> timers = schedule.timersOf(window);
        for (ScheduledTimer timer : timers) {
            Integer beforeDue = timer.kind() instanceof TimerKind.Reminder reminder ? reminder.businessDaysBeforeDue() : null;
            int moved;
            try (PreparedStatement s = connection.prepareStatement(MOVE)) {
                s.setObject(1, window.dueDate());
                s.setObject(2, utc(window.dueAt()));
                s.setObject(3, utc(timer.fireAt()));
                s.setString(4, window.guidanceSection());
                setInteger(s, 5, beforeDue);
                s.setString(6, causation.eventId());
                s.setString(7, causation.correlation());
                s.setObject(8, now);
                s.setString(9, window.id().value());
                s.setString(10, timer.kind().key());
                moved = s.executeUpdate();
            }
            if (moved == 0) {
                try (PreparedStatement s = connection.prepareStatement(INSERT)) {
                    s.setString(1, window.id().value());
                    s.setString(2, timer.kind().key());
                    s.setString(3, window.caseId().value());
                    s.setString(4, window.kind().name());
                    s.setString(5, window.subjectId().orElse(null));
                    s.setString(6, window.guidanceSection());
                    s.setString(7, window.division().name());
                    s.setObject(8, window.dueDate());
                    s.setObject(9, utc(window.dueAt()));
                    setInteger(s, 10, beforeDue);
                    s.setObject(11, utc(timer.fireAt()));
                    s.setString(12, causation.eventId());
                    s.setString(13, causation.correlation());
                    s.setObject(14, now);
                    s.executeUpdate();
                }
            }
        }
        // e.g. a "5 days before" reminder that a recomputed window no longer has
        cancel(connection, window.id().value(), "no longer a timer of the window due " + window.dueDate(), now,
                timers.stream().map(t -> t.kind().key()).toList());
    }

    private static void cancel(Connection connection, String windowId, String reason, OffsetDateTime now,
                               List<String> keptKinds) throws SQLException {
        String sql = keptKinds.isEmpty() ? CANCEL
                : CANCEL + " and timer_kind not in (" + String.join(", ", Collections.nCopies(keptKinds.size(), "?")) + ")";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, truncate(reason));
            s.setObject(2, now);
            s.setString(3, windowId);
            for (int i = 0; i < keptKinds.size(); i++) {
                s.setString(4 + i, keptKinds.get(i));
            }
            s.executeUpdate();
        }
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
