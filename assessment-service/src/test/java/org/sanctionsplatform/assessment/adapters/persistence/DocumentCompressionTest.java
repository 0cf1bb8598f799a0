package org.sanctionsplatform.assessment.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * On PostgreSQL the latest assessment's JSON document and the outbox's payloads (a CaseAssessed is about 3 KB) are
 * stored LZ4-compressed: assessment's migrations, its own and service-support's, set both columns so.
 */
class DocumentCompressionTest {

    @Test
    void theLargeColumnsAreStoredLz4Compressed() throws SQLException {
        PostgresFixture postgres = PostgresFixture.shared();
        String jdbcUrl = postgres.createDatabase("assessment_lz4");
        Flyway.configure().dataSource(jdbcUrl, postgres.username(), postgres.password())
                .locations("classpath:db/assessment", "classpath:db/support").outOfOrder(true).load().migrate();
        try (Connection c = postgres.connect(jdbcUrl);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select attrelid::regclass::text || '.' || attname, attcompression"
                     + " from pg_attribute where (attrelid, attname) in (('case_assessment'::regclass, 'document'),"
                     + " ('outbox_event'::regclass, 'payload')) order by 1")) {
            StringBuilder found = new StringBuilder();
            while (rs.next()) {
                found.append(rs.getString(1)).append('=').append(rs.getString(2)).append(' ');
            }
            assertThat(found.toString().trim()).isEqualTo("case_assessment.document=l outbox_event.payload=l");
        }
    }
}
