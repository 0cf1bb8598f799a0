package org.sanctionsplatform.publication.adapters.persistence;

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
 * A batch's writes keep one plan per statement (JdbcCaseFactsStore.saveChanges: KeyedPlans for the rest of the batch's
 * transaction, once CasePublications has read the batch's cases). PostgreSQL makes that plan once, without the
 * parameters, for the tables as they are; a service starts on empty tables it has never analysed, so the plans made
 * then must already find the rows by their keys. Every statement that finds stored rows after that point is checked
 * here on such tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritePlansTest {

    private String jdbcUrl;

    @BeforeAll
    void emptyTablesNeverAnalysed() {
        PostgresFixture postgres = PostgresFixture.shared();
        jdbcUrl = postgres.createDatabase("publication_write_plans");
        Flyway.configure().dataSource(jdbcUrl, postgres.username(), postgres.password())
                .locations("classpath:db/publication", "classpath:db/support").outOfOrder(true).load().migrate();
    }

    @Test
    void theBatchWritesFindTheirRowsByKeyOnEmptyTables() throws SQLException {
        List<String> statements = List.of(
                JdbcCaseFactsStore.UPDATE_CASE, JdbcCaseFactsStore.UPDATE_SUBJECT, JdbcCaseFactsStore.UPDATE_BREACH,
                JdbcCaseFactsStore.UPDATE_DISCLOSURE, JdbcCaseFactsStore.deleteTail("pub_subject"),
                JdbcCaseFactsStore.deleteTail("pub_breach"), JdbcCaseFactsStore.deleteTail("pub_disclosure"),
                JdbcAssessedCaseStore.UPDATE_ASSESSMENT, JdbcAssessedCaseStore.DELETE_ASSESSED_BREACH,
                JdbcAssessedCaseStore.DELETE_PENALTY_TAIL, JdbcAssessedCaseStore.UPDATE_PENALTY,
                JdbcProgressStore.UPDATE_PROGRESS,
                JdbcPublicationStore.UPDATE_CURRENT, JdbcPublicationStore.UPDATE_STATE,
                JdbcPublicationStore.UPDATE_VERSION_STATE,
                JdbcPublicRegister.HEAD, JdbcPublicRegister.ENTRY_EXISTS, JdbcPublicRegister.UPDATE_HEAD,
                JdbcPublicRegister.DELETE_REGIMES);
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            assertThat(GenericPlans.withoutAnIndex(c, statements)).isEmpty();
        }
    }

    @Test
    void aScanIsWhatTheCheckWouldCatch() throws SQLException {
        // the check above can fail: the same kind of statement on a column without an index is planned as a scan
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            assertThat(GenericPlans.withoutAnIndex(c, List.of(
                    "update pub_breach set withdrawn = ? where breach_id = ?"))).hasSize(1);
        }
    }
}
