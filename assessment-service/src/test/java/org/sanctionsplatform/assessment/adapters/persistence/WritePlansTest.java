package org.sanctionsplatform.assessment.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.GenericPlans;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * A batch's writes keep one plan per statement (JdbcCaseFiles.saveAll: KeyedPlans for the rest of the batch's
 * transaction). PostgreSQL makes that plan once, without the parameters, for the tables as they are; a service starts on
 * empty tables it has never analysed, so the plans made then must already find the rows by their keys: one plan each
 * that is right at any size. Every statement that finds rows among those the batch writes after its reads is checked
 * here on such tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritePlansTest {

    private String jdbcUrl;

    @BeforeAll
    void emptyTablesNeverAnalysed() {
        PostgresFixture postgres = PostgresFixture.shared();
        jdbcUrl = postgres.createDatabase("assessment_write_plans");
        Flyway.configure().dataSource(jdbcUrl, postgres.username(), postgres.password())
                .locations("classpath:db/assessment", "classpath:db/support").outOfOrder(true).load().migrate();
    }

    @Test
    void theBatchWritesFindTheirRowsByKeyOnEmptyTables() throws SQLException {
        List<String> statements = new ArrayList<>();
        statements.add(JdbcCaseFiles.UPDATE_FILE);
        statements.add(JdbcAssessmentStore.UPDATE_LATEST);
        JdbcCaseFiles.LISTS.forEach(list -> {
            statements.add(list.updateSql());
            statements.add(list.truncateSql());
        });
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            assertThat(GenericPlans.withoutAnIndex(c, statements)).isEmpty();
        }
    }

    @Test
    void aScanIsWhatTheCheckWouldCatch() throws SQLException {
        // the check above can fail: the same kind of statement on a column without an index is planned as a scan
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            assertThat(GenericPlans.withoutAnIndex(c, List.of(
                    "update case_milestone set occurred_on = ? where milestone_id = ?"))).hasSize(1);
        }
    }
}
