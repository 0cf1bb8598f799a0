package org.sanctionsplatform.support.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Has PostgreSQL compress a column's large values with LZ4 instead of its default, pglz (PostgreSQL 14 and later,
 * built with LZ4, as Debian's and the official images are). A value of more than about 2 KB is compressed when stored
 * and decompressed when read; the columns given here hold such values in every row a consumer or the relay writes or
 * reads: an outbox row's payload (a {@code CaseAssessed} is 2.9–3.3 KB) and assessment's JSON document of the latest
 * assessment (about 5.4 KB). Measured on 6,000 cases' rows (`docs/BENCHMARKS.md`): storing 30,000 outbox payloads
 * 1,183 ms with pglz, 564 ms with LZ4 (the stored size 1,936 and 2,001 B on average); rewriting 6,000 assessment
 * documents 364 ms and 164 ms.
 *
 * <p>Only new values are stored the new way; those already stored stay as they are and remain readable. On H2 (the
 * embedded default), on a PostgreSQL before 14 or one built without LZ4 this changes nothing and the values keep the
 * default compression: the statement runs inside a block that catches exactly those refusals (a migration must not fail
 * a deployment on a database that cannot do it).
 */
public final class Lz4Columns {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private Lz4Columns() {
    }

    /** Stores the column's new values LZ4-compressed, when the database is PostgreSQL and can. */
    public static void compress(Connection connection, String table, String column) throws SQLException {
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("not a plain table and column name: " + table + "." + column);
        }
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            // feature_not_supported: built without LZ4; syntax_error: before PostgreSQL 14 (no SET COMPRESSION)
            s.execute("do $$ begin execute 'alter table " + table + " alter column " + column
                    + " set compression lz4'; exception when feature_not_supported or syntax_error then raise notice"
                    + " 'LZ4 compression is not available here: " + table + "." + column
                    + " keeps the default compression'; end $$");
        }
    }
}
