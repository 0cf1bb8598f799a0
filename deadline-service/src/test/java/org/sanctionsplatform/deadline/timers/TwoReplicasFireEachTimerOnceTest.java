package org.sanctionsplatform.deadline.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.deadline.timers.DeadlineContexts.Outgoing;
import org.sanctionsplatform.deadline.timers.DeadlineContexts.TimerRow;
import org.sanctionsplatform.events.deadlines.DeadlineExpired;
import org.sanctionsplatform.events.deadlines.DeadlineReminderDue;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.events.Envelopes;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * Two replicas of deadline-service, each with its own connection pool and its own sweep loop, on one PostgreSQL
 * database: 10,000 timers (2,000 windows × 4 reminders and an expiry) all fall due at once when the clock reaches
 * the day after the windows' common due day. Each fires exactly once: one outbox event per timer, under the
 * timer's deterministic event id, none missing, none twice, and both replicas took a share.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoReplicasFireEachTimerOnceTest {

    private static final int WINDOWS = 2_000;
    private static final LocalDate DUE = LocalDate.of(2027, 3, 10);
    private static final Instant DUE_AT = Instant.parse("2027-03-10T23:59:59.999Z");
    /** Reminder instants (start of day, GMT in March 2027) for −5, −1, 0, +1 business days and the expiry. */
    private static final Map<String, Instant> FIRE_AT = Map.of(
            "REMINDER_-5", Instant.parse("2027-03-03T00:00:00Z"),
            "REMINDER_-1", Instant.parse("2027-03-09T00:00:00Z"),
            "REMINDER_0", Instant.parse("2027-03-10T00:00:00Z"),
            "EXPIRY", DUE_AT,
            "REMINDER_+1", Instant.parse("2027-03-11T00:00:00Z"));
    private static final Instant BEFORE_ALL = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant AFTER_ALL = Instant.parse("2027-03-11T06:00:00Z");

    private String db;
    private ApplicationContext replicaA;
    private ApplicationContext replicaB;

    @BeforeAll
    void start() {
        db = DeadlineContexts.newDatabase();
        replicaA = DeadlineContexts.replica(db, BEFORE_ALL, sweeping("replica-a"));
        replicaB = DeadlineContexts.replica(db, BEFORE_ALL, sweeping("replica-b"));
    }

    @AfterAll
    void stop() {
        for (ApplicationContext replica : new ApplicationContext[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
    }

    @Test
    void tenThousandTimersDueAtOnceFireExactlyOnceAcrossTwoReplicas() throws SQLException {
        insertPendingTimers();
        assertThat(DeadlineContexts.count(db, "select count(*) from deadline_timer where state = 'PENDING'"))
                .isEqualTo(5L * WINDOWS);

        replicaA.getBean(MutableClock.class).set(AFTER_ALL);
        replicaB.getBean(MutableClock.class).set(AFTER_ALL);
        await().atMost(120, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200)).until(() ->
                DeadlineContexts.count(db, "select count(*) from deadline_timer where state = 'PENDING'") == 0);

        List<TimerRow> timers = DeadlineContexts.timers(db);
        List<Outgoing> events = DeadlineContexts.outbox(db);
        assertThat(timers).hasSize(5 * WINDOWS).allSatisfy(t -> {
            assertThat(t.state()).isEqualTo("FIRED");
            assertThat(t.firedAt()).isEqualTo(AFTER_ALL);
            assertThat(t.latenessMillis()).isEqualTo(Duration.between(t.fireAt(), AFTER_ALL).toMillis());
            assertThat(t.eventId()).isEqualTo(expectedEventId(t));
        });
        // exactly once: one outbox row per timer's deterministic event id, and no other rows
        Map<String, Long> rowsPerEventId = events.stream()
                .collect(Collectors.groupingBy(Outgoing::eventId, Collectors.counting()));
        assertThat(rowsPerEventId).hasSize(5 * WINDOWS).allSatisfy((id, rows) -> assertThat(rows).isEqualTo(1L));
        assertThat(rowsPerEventId.keySet())
                .containsExactlyInAnyOrderElementsOf(timers.stream().map(TimerRow::eventId).toList());
        assertThat(events).allSatisfy(e -> {
            assertThat(e.topic()).isEqualTo(Topics.DEADLINES.name());
            assertThat(e.envelope().getEventId()).isEqualTo(e.eventId());
            assertThat(e.key()).isEqualTo(e.envelope().getCaseId());
        });
        assertThat(events).filteredOn(e -> e.envelope().getPayload() instanceof DeadlineExpired).hasSize(WINDOWS);
        assertThat(events).filteredOn(e -> e.envelope().getPayload() instanceof DeadlineReminderDue).hasSize(4 * WINDOWS);
        // the replicas shared the work
        Map<String, Long> perReplica = timers.stream().collect(Collectors.groupingBy(TimerRow::firedBy, Collectors.counting()));
        assertThat(perReplica).containsOnlyKeys("replica-a", "replica-b");
        assertThat(perReplica.values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    private static Map<String, Object> sweeping(String instanceId) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("sep.deadline.timers.instance-id", instanceId);
        properties.put("sep.deadline.timers.interval", "20ms");
        properties.put("sep.deadline.timers.initial-delay", "0ms");
        properties.put("sep.deadline.timers.batch-size", "100");
        return properties;
    }

    private static String expectedEventId(TimerRow t) {
        String type = t.timerKind().equals("EXPIRY") ? "DeadlineExpired" : "DeadlineReminderDue";
        return Envelopes.deterministicEventIdAfter(t.windowId(), type, caseOf(t.windowId()), t.windowId(), t.timerKind(),
                t.fireAt().toString());
    }

    private static String caseOf(String windowId) {
        return "case-" + (Integer.parseInt(windowId.substring("window-".length())) % 400);
    }

    /** 2,000 open representations windows of 400 cases, all due at the end of 10 March 2027, with their 5 timers each. */
    private void insertPendingTimers() throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(db);
             PreparedStatement s = c.prepareStatement("insert into deadline_timer (window_id, timer_kind, case_id, "
                     + "window_kind, subject_id, guidance_section, division, due_date, due_at, business_days_before_due, "
                     + "fire_at, state, causation_id, correlation_id, updated_at) "
                     + "values (?, ?, ?, 'REPRESENTATIONS', null, '7.1', 'ENGLAND_AND_WALES', ?, ?, ?, ?, 'PENDING', ?, ?, ?)")) {
            Function<Instant, OffsetDateTime> utc = i -> OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
            for (int w = 0; w < WINDOWS; w++) {
                String windowId = "window-" + w;
                for (Map.Entry<String, Instant> timer : FIRE_AT.entrySet()) {
                    s.setString(1, windowId);
                    s.setString(2, timer.getKey());
                    s.setString(3, caseOf(windowId));
                    s.setObject(4, DUE);
                    s.setObject(5, utc.apply(DUE_AT));
                    if (timer.getKey().equals("EXPIRY")) {
                        s.setNull(6, java.sql.Types.INTEGER);
                    } else {
                        s.setInt(6, ((TimerKind.Reminder) TimerKind.parse(timer.getKey())).businessDaysBeforeDue());
                    }
                    s.setObject(7, utc.apply(timer.getValue()));
                    s.setString(8, "noi-" + w);
                    s.setString(9, "corr-" + w);
                    s.setObject(10, utc.apply(BEFORE_ALL));
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
