package org.sanctionsplatform.deadline.adapters.timers;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.deadline.timers.FiredTimer;
import org.sanctionsplatform.deadline.timers.TimerEvents;
import org.sanctionsplatform.deadline.timers.TimerKind;
import org.sanctionsplatform.support.events.Envelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due timers, one bounded batch per transaction: claims up to {@code batch-size} PENDING rows due by now,
 * earliest first, with {@code FOR UPDATE SKIP LOCKED}; marks them FIRED with the firing instant, the lateness
 * (firing instant − due instant) and this instance's id; and hands them to {@link TimerEvents}, which appends each
 * one's DeadlineReminderDue or DeadlineExpired to the outbox, all in that one transaction (DESIGN §4). Hence:
 * <ul>
 *   <li>any number of replicas share the work: a row locked by one is skipped by the others, not waited for;</li>
 *   <li>no timer fires twice: a committed row is FIRED and no longer claimed, a rolled-back batch leaves its rows
 *       PENDING and writes no events; the deterministic event id (also unique in the outbox) is a second guard;</li>
 *   <li>timers that fell due while every replica was down are simply due rows at the next start, fired
 *       earliest first with their lateness recorded in the row and the event.</li>
 * </ul>
 * A row the sweep cannot read is set to FAILED with the reason (and logged) so that it does not block the rows
 * behind it. All times come from the injected Clock. Rows must be claimed on PostgreSQL for replicas to share them: H2
 * (the launcher's embedded database) locks every matching row, which is right for its single instance.
 */
@Singleton
public class TimerSweep {

    private static final String CLAIM = "select window_id, timer_kind, case_id, window_kind, subject_id, guidance_section, "
            + "division, due_date, due_at, fire_at, causation_id, correlation_id from deadline_timer "
            + "where state = 'PENDING' and fire_at <= ? order by fire_at limit ? for update skip locked";
    private static final String MARK_FIRED = "update deadline_timer set state = 'FIRED', fired_at = ?, lateness_millis = ?, "
            + "fired_by = ?, event_id = ?, updated_at = ? where window_id = ? and timer_kind = ? and state = 'PENDING'";

    /** The expiry has fired: the window, if still open, is EXPIRED (final unless its milestone is recorded late, see CaseWindows). */
    // the clock expired it, no person: nobody is recorded as having caused the state (issue 9.3, docs/security.md)
    private static final String MARK_WINDOW_EXPIRED = "update deadline_window set state = 'EXPIRED', state_reason = ?, "
            + "updated_at = ?, state_actor_subject = null, state_actor_name = null, state_actor_role = null "
            + "where window_id = ? and state = 'OPEN'";

    private static final String MARK_FAILED = "update deadline_timer set state = 'FAILED', state_reason = ?, fired_by = ?, "
            + "updated_at = ? where window_id = ? and timer_kind = ? and state = 'PENDING'";
    private static final Logger LOG = LoggerFactory.getLogger(TimerSweep.class);

    private final TransactionOperations<Connection> tx;
    private final TimerEvents events;
    private final Clock clock;
    private final int batchSize;
    private final String instanceId;

    TimerSweep(TransactionOperations<Connection> tx, TimerEvents events, Clock clock,
               @Value("${sep.deadline.timers.batch-size:500}") int batchSize,
               @Value("${sep.deadline.timers.instance-id:}") String instanceId) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("sep.deadline.timers.batch-size must be at least 1, was " + batchSize);
        }
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
        this.instanceId = instanceId == null || instanceId.isBlank()
                ? "deadline-" + UUID.randomUUID().toString().substring(0, 8) : instanceId;
    }

    public int batchSize() {
        return batchSize;
    }

    /** The id this instance records on the timers it fires. */
    public String instanceId() {
        return instanceId;
    }

    /**
     * Fires one batch of due timers in one transaction; returns how many rows it claimed (fired, or set aside as
     * unreadable): fewer than the batch size means none is left due.
     */
    public int fireDueBatch() {
        return tx.executeWrite(status -> {
            Connection connection = status.getConnection();
            Instant now = clock.instant();
            List<FiredTimer> fired = new ArrayList<>(batchSize);
            List<Unreadable> unreadable = new ArrayList<>();
            claim(connection, now, fired, unreadable);
            if (!unreadable.isEmpty()) {
                markFailed(connection, unreadable, now);
            }
            if (!fired.isEmpty()) {
                markFired(connection, fired);
                markWindowsExpired(connection, fired);
                events.fired(fired);
            }
            return fired.size() + unreadable.size();
        });
    }

    /**
     * The event id of a timer: derived from the event type, case, window, timer kind and the instant the timer fell due,
     * sorting with the window's id ({@code Envelopes.deterministicEventIdAfter}). However often its firing is attempted
     * or its event relayed, a timer's event carries this one id, which the outbox's unique key and every consumer's
     * deduplication recognise.
     */
    static String eventId(String caseId, String windowId, TimerKind kind, Instant scheduledFor) {
        return Envelopes.deterministicEventIdAfter(windowId,
                kind instanceof TimerKind.Expiry ? "DeadlineExpired" : "DeadlineReminderDue", caseId, windowId, kind.key(),
                scheduledFor.toString());
    }

    /**
     * Claims the due rows. A row this version cannot read (e.g. a window kind written by a newer release) is set
     * aside as FAILED with the reason rather than failing every batch behind it.
     */
    private void claim(Connection connection, Instant now, List<FiredTimer> due, List<Unreadable> unreadable)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(CLAIM)) {
            s.setObject(1, JdbcDeadlineTimers.utc(now));
            s.setInt(2, batchSize);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String windowId = rs.getString(1);
                    String timerKind = rs.getString(2);
                    try {
                        TimerKind kind = TimerKind.parse(timerKind);
                        String caseId = rs.getString(3);
                        Instant scheduledFor = rs.getObject(10, OffsetDateTime.class).toInstant();
                        due.add(new FiredTimer(eventId(caseId, windowId, kind, scheduledFor), caseId, windowId,
                                WindowKind.valueOf(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                                rs.getString(6), Division.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                                rs.getObject(9, OffsetDateTime.class).toInstant(), kind, scheduledFor, now,
                                Optional.ofNullable(rs.getString(11)), Optional.ofNullable(rs.getString(12))));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        LOG.error("timer {}/{} cannot be read and is set aside as FAILED: {}", windowId, timerKind, e.toString());
                        unreadable.add(new Unreadable(windowId, timerKind, e.toString()));
                    }
                }
            }
        }
    }

    private void markFailed(Connection connection, List<Unreadable> unreadable, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(MARK_FAILED)) {
            for (Unreadable row : unreadable) {
                s.setString(1, row.reason().length() <= 500 ? row.reason() : row.reason().substring(0, 500));
                s.setString(2, instanceId);
                s.setObject(3, JdbcDeadlineTimers.utc(now));
                s.setString(4, row.windowId());
                s.setString(5, row.timerKind());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void markWindowsExpired(Connection connection, List<FiredTimer> fired) throws SQLException {
        List<FiredTimer> expiries = fired.stream().filter(t -> t.kind() instanceof TimerKind.Expiry).toList();
        if (expiries.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(MARK_WINDOW_EXPIRED)) {
            for (FiredTimer timer : expiries) {
                s.setString(1, "due " + timer.dueAt() + " passed with the window open");
                s.setObject(2, JdbcDeadlineTimers.utc(timer.firedAt()));
                s.setString(3, timer.windowId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private record Unreadable(String windowId, String timerKind, String reason) {
    }

    private void markFired(Connection connection, List<FiredTimer> fired) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(MARK_FIRED)) {
            for (FiredTimer timer : fired) {
                OffsetDateTime firedAt = JdbcDeadlineTimers.utc(timer.firedAt());
                s.setObject(1, firedAt);
                s.setLong(2, timer.latenessMillis());
                s.setString(3, instanceId);
                s.setString(4, timer.eventId());
                s.setObject(5, firedAt);
                s.setString(6, timer.windowId());
                s.setString(7, timer.kind().key());
                s.addBatch();
            }
            int[] counts = s.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                // the rows are locked by this transaction, so each update must hit its row
                if (counts[i] == 0) {
                    throw new IllegalStateException("timer " + fired.get(i).windowId() + "/" + fired.get(i).kind().key()
                            + " was claimed but is no longer pending");
                }
            }
        }
    }
}
