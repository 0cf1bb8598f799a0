package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Plain JDBC on the current transaction's connection, for a batch's bulk work: reads of many cases with one statement
 * per chunk of case ids ({@code … where case_id in (?, ?, …)}), and writes sent as one JDBC batch per statement.
 * Portable SQL only (PostgreSQL and H2 in its PostgreSQL mode).
 */
@Singleton
class BulkSql {

    /** Case ids per {@code in (…)} list: far below PostgreSQL's 32,767 bind parameters, and a poll's worth of cases. */
    static final int CHUNK = 500;

    private final JdbcOperations jdbc;

    BulkSql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /**
     * Runs {@code sqlTemplate} once per chunk of {@code ids} (in their order), its {@code %s} replaced by the chunk's
     * placeholders; every row to {@code reader}.
     */
    void selectIn(String sqlTemplate, Collection<String> ids, RowReader reader) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = sqlTemplate.formatted(String.join(", ", Collections.nCopies(chunk.size(), "?")));
            jdbc.prepareStatement(sql, statement -> {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
                return null;
            });
        }
    }

    /** Runs {@code sql} for every item, in order, as one JDBC batch. */
    <T> void batch(String sql, Collection<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    static void setText(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
