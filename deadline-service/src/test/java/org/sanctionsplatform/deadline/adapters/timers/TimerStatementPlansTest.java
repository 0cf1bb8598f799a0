package org.sanctionsplatform.deadline.adapters.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The statements that move and cancel timers find their rows through an index on a timers table PostgreSQL has no
 * statistics of (never analysed, autovacuum off): the plan must not depend on fresh statistics. Before V3_4 a closed
 * case's cancellation read every pending timer (53,773 rows per case were seen) until the table was analysed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimerStatementPlansTest {

    private static final int TIMERS = 200_000;

    private String jdbcUrl;

    @BeforeAll
    void aLargeTimersTableWithoutStatistics() throws SQLException {
        PostgresFixture postgres = PostgresFixture.shared();
        jdbcUrl = postgres.createDatabase("deadline_timer_plans");
        Flyway.configure().dataSource(jdbcUrl, postgres.username(), postgres.password())
                .locations("classpath:db/deadline", "classpath:db/support").load().migrate();
        try (Connection c = postgres.connect(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("alter table deadline_timer set (autovacuum_enabled = false)");
            // 40,000 windows of 5 timers, 10 windows a case; two thirds of the timers pending, as in a busy service
            s.execute("insert into deadline_timer (window_id, timer_kind, case_id, window_kind, guidance_section, division, "
                    + "due_date, due_at, fire_at, state, updated_at) select 'w-' || (g / 5), "
                    + "(array['REMINDER_-5', 'REMINDER_-1', 'REMINDER_0', 'EXPIRY', 'REMINDER_+1'])[g % 5 + 1], "
                    + "'c-' || (g / 50), 'REPRESENTATIONS', '§7.1', 'ENGLAND_AND_WALES', date '2027-01-26', "
                    + "timestamptz '2027-01-26 23:59:59.999+00', timestamptz '2027-01-19 00:00:00+00' + g * interval '1 second', "
                    + "case when g % 3 = 0 then 'FIRED' else 'PENDING' end, now() from generate_series(0, " + (TIMERS - 1)
                    + ") g");
        }
    }

    @Test
    void theTableHasNoStatistics() throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), (select last_analyze is null and last_autoanalyze is null "
                     + "from pg_stat_user_tables where relname = 'deadline_timer'), (select reltuples from pg_class "
                     + "where relname = 'deadline_timer') from deadline_timer")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(TIMERS);
            assertThat(rs.getBoolean(2)).as("never analysed").isTrue();
            assertThat(rs.getFloat(3)).as("rows PostgreSQL has counted").isLessThan(1);
        }
    }

    @Test
    void movingAndCancellingTimersUseAnIndexWithoutStatistics() throws SQLException {
        assertIndexed(JdbcDeadlineTimers.UPDATE_PENDING, "2027-02-09", "2027-02-09 23:59:59.999+00",
                "2027-02-02 00:00:00+00", "§7.1", 5, "cause", "correlation", "PENDING", null, "2026-12-10 10:00:00+00",
                "w-777", "REMINDER_-5");
        assertIndexed(JdbcDeadlineTimers.CANCEL_PENDING, "window met", "2026-12-10 10:00:00+00", "w-777", "EXPIRY");
        assertIndexed(JdbcDeadlineTimers.CANCEL_WINDOW, "window met", "2026-12-10 10:00:00+00", "w-777");
        assertIndexed(JdbcDeadlineTimers.CANCEL_WINDOW + " and timer_kind not in (?, ?)", "no longer a timer",
                "2026-12-10 10:00:00+00", "w-777", "EXPIRY", "REMINDER_0");
        assertIndexed(JdbcDeadlineTimers.CANCEL_CASE, "case closed", "2026-12-10 10:00:00+00", "c-77");
    }

    @Test
    void withoutTheTimerLookupIndexesAClosedCaseWasCancelledByReadingOtherRows() throws SQLException {
        // the test above can fail: without V3_4 the same statement finds no index on the case
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("drop index deadline_timer_case_state");
                String plan = plan(c, JdbcDeadlineTimers.CANCEL_CASE, "case closed", "2026-12-10 10:00:00+00", "c-77");
                assertThat(plan).satisfiesAnyOf(
                        p -> assertThat(p).contains("Seq Scan on deadline_timer"),
                        p -> assertThat(p).contains("deadline_timer_pending"));
            } finally {
                c.rollback();
            }
        }
    }

    private void assertIndexed(String sql, Object... parameters) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            String plan = plan(c, sql, parameters);
            assertThat(plan).as(sql).doesNotContain("Seq Scan").doesNotContain("deadline_timer_pending")
                    .containsAnyOf("Index Scan", "Bitmap Index Scan");
        }
    }

    private static String plan(Connection c, String sql, Object... parameters) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("explain " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                if (p == null) {
                    s.setNull(i + 1, java.sql.Types.VARCHAR);
                } else if (p instanceof Integer n) {
                    s.setInt(i + 1, n);
                } else {
                    // dates and instants as text: PostgreSQL casts them to the column's type
                    s.setObject(i + 1, p, java.sql.Types.OTHER);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        return String.join("\n", lines);
    }
}
