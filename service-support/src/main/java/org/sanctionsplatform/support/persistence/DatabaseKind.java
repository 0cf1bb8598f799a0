package org.sanctionsplatform.support.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether a data source is PostgreSQL, asked of its first connection and remembered: the stores that send a
 * PostgreSQL-only statement (a setting, {@code returning}) keep one of these next to the code that decides. H2, the
 * embedded default, is the other database a service runs on.
 */
public final class DatabaseKind {

    private volatile Boolean postgres;

    /** Whether the connection, and so every connection of its data source, is to PostgreSQL. */
    public boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }
}
