package org.sanctionsplatform.deadline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.GenericPlans;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * A batch's writes of cases and windows keep one plan per statement (JdbcCaseWindowsStore.save: KeyedPlans for the rest
 * of the batch's transaction, after the timers' moves). PostgreSQL makes that plan once, without the parameters, for
 * the tables as they are; a service starts on empty tables it has never analysed, so the plans made then must already
 * find the rows by their keys. Every statement of save that finds stored rows is checked here on such tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritePlansTest {

    private String jdbcUrl;

    @BeforeAll
    void emptyTablesNeverAnalysed() {
        PostgresFixture postgres = PostgresFixture.shared();
        jdbcUrl = postgres.createDatabase("deadline_write_plans");
        Flyway.configure().dataSource(jdbcUrl, postgres.username(), postgres.password())
                .locations("classpath:db/deadline", "classpath:db/support").outOfOrder(true).load().migrate();
    }

    @Test
    void theBatchWritesFindTheirRowsByKeyOnEmptyTables() throws SQLException {
        List<String> statements = List.of(JdbcCaseWindowsStore.UPDATE_WINDOW_TERMS, JdbcCaseWindowsStore.UPDATE_CLOSED_ON,
                JdbcCaseWindowsStore.UPDATE_STATE_AND_MET_BY, JdbcCaseWindowsStore.UPDATE_STATE,
                JdbcCaseWindowsStore.UPDATE_DUE, JdbcCaseWindowsStore.UPDATE_ASSESSED_TERMS);
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            assertThat(GenericPlans.withoutAnIndex(c, statements)).isEmpty();
        }
    }

    @Test
    void aScanIsWhatTheCheckWouldCatch() throws SQLException {
        // the check above can fail: the same kind of statement on a column without an index is planned as a scan
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            assertThat(GenericPlans.withoutAnIndex(c, List.of(
                    "update deadline_window set state = ? where subject_id = ?"))).hasSize(1);
        }
    }
}
