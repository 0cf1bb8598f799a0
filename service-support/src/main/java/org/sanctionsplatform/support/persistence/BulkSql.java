package org.sanctionsplatform.support.persistence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Plain JDBC on the current transaction's connection, for a consumer's bulk work on a poll batch (deadline and
 * publication stores): reads of many cases with one statement
 * per chunk of case ids ({@code … where case_id in (?, ?, …)}), and writes sent as one JDBC batch per statement.
 * Portable SQL only (PostgreSQL and H2 in its PostgreSQL mode).
 */
@Singleton
public class BulkSql {

    /** Case ids per {@code in (…)} list: far below PostgreSQL's 32,767 bind parameters, and a poll's worth of cases. */
    public static final int CHUNK = 500;

    private final JdbcOperations jdbc;
    private final DatabaseKind database = new DatabaseKind();

    public BulkSql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Binds one item's parameters. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /** As {@link #selectIn(String, List, Collection, RowReader)} with no leading parameters. */
    public void selectIn(String sqlTemplate, Collection<String> ids, RowReader reader) {
        selectIn(sqlTemplate, List.of(), ids, reader);
    }

    /**
     * Runs {@code sqlTemplate} once per chunk of {@code ids}, its {@code %s} replaced by the chunk's placeholders, after
     * the {@code leading} parameters; every row to {@code reader}, chunks in the order of {@code ids}.
     */
    public void selectIn(String sqlTemplate, List<?> leading, Collection<String> ids, RowReader reader) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.prepareStatement(inSql(sqlTemplate, chunk.size()), statement -> {
                bindIn(statement, leading, chunk);
                try (ResultSet rows = statement.executeQuery()) {
                    readAll(rows, reader);
                }
                return null;
            });
        }
    }

    private static String inSql(String sqlTemplate, int ids) {
        return sqlTemplate.formatted(String.join(", ", Collections.nCopies(ids, "?")));
    }

    private static void bindIn(PreparedStatement statement, List<?> leading, List<String> chunk) throws SQLException {
        int p = 1;
        for (Object value : leading) {
            statement.setObject(p++, value);
        }
        for (String id : chunk) {
            statement.setString(p++, id);
        }
    }

    private static void readAll(ResultSet rows, RowReader reader) throws SQLException {
        while (rows.next()) {
            reader.read(rows);
        }
    }

    /** The statements of one chunk of ids ({@link #perChunk}): sent to the server in one round trip. */
    public static final class ChunkStatements {
        private final List<String> chunk;
        private final CompositeStatement statements = new CompositeStatement();

        private ChunkStatements(List<String> chunk) {
            this.chunk = chunk;
        }

        /** {@link #selectIn(String, Collection, RowReader)} for this chunk. */
        public ChunkStatements selectIn(String sqlTemplate, RowReader reader) {
            return selectIn(sqlTemplate, List.of(), reader);
        }

        /** {@link BulkSql#selectIn(String, List, Collection, RowReader)} for this chunk. */
        public ChunkStatements selectIn(String sqlTemplate, List<?> leading, RowReader reader) {
            statements.addQuery(inSql(sqlTemplate, chunk.size()), statement -> bindIn(statement, leading, chunk),
                    rows -> readAll(rows, reader));
            return this;
        }

        /** {@link #insertKeys} for this chunk. */
        public ChunkStatements insertKeys(String insertInto, String row, String suffix) {
            int rows = paddedSize(chunk.size());
            statements.add(insertKeysSql(insertInto, row, suffix, rows), statement -> bindKeys(statement, chunk, rows));
            return this;
        }
    }

    /**
     * For each chunk of {@link #CHUNK} ids, in order, the statements that {@code statements} adds, sent in one round
     * trip per chunk ({@link CompositeStatement}): each runs after the one before it, with a snapshot of its own (a
     * select after a {@code for update} sees what the lock waited for), planned to find the chunk's rows through an
     * index whatever the statistics say ({@link IndexedReads}). On H2 they run one by one.
     */
    public void perChunk(List<String> ids, java.util.function.Consumer<ChunkStatements> statements) {
        Connection connection = jdbc.getConnection();
        try {
            boolean postgres = database.isPostgres(connection);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                ChunkStatements chunk = new ChunkStatements(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                statements.accept(chunk);
                IndexedReads.around(chunk.statements, postgres).execute(connection, postgres);
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot run the statements of a chunk of cases: " + e.getMessage(), e);
        }
    }

    /**
     * Inserts a row per key, in the order given, with one multi-row statement per chunk of {@link #CHUNK} keys instead of
     * a statement per key: {@code insertInto} is the statement up to {@code values}, {@code row} one row's values with a
     * single {@code ?} for the key, {@code suffix} what follows the rows (e.g. {@code on conflict do nothing}, which a
     * key given twice needs). The keys are padded to a power of two with the last key, so that a dozen distinct
     * statements at most are ever prepared, whatever the number of keys.
     */
    public void insertKeys(String insertInto, String row, String suffix, List<String> keys) {
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            int rows = paddedSize(chunk.size());
            jdbc.prepareStatement(insertKeysSql(insertInto, row, suffix, rows), statement -> {
                bindKeys(statement, chunk, rows);
                return statement.executeUpdate();
            });
        }
    }

    private static String insertKeysSql(String insertInto, String row, String suffix, int rows) {
        return insertInto + " values " + String.join(", ", Collections.nCopies(rows, row)) + " " + suffix;
    }

    private static void bindKeys(PreparedStatement statement, List<String> chunk, int rows) throws SQLException {
        for (int i = 0; i < rows; i++) {
            statement.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
        }
    }

    /** The smallest power of two not below {@code size} (at least 1). */
    public static int paddedSize(int size) {
        int padded = Integer.highestOneBit(Math.max(1, size));
        return padded < size ? padded << 1 : padded;
    }

    /** Runs {@code sql} for every item as one JDBC batch; answers the update count of each (none when no items). */
    public <T> int[] batch(String sql, Collection<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return new int[0];
        }
        return jdbc.prepareStatement(sql, statement -> {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    public static void setMoney(PreparedStatement statement, int index, BigDecimal amount) throws SQLException {
        if (amount == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, amount);
        }
    }

    public static void setText(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }

    /** An instant as the {@code timestamp with time zone} value both databases take. */
    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A {@code timestamp with time zone} column as an instant, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A value at its position in a case's ordered list (the {@code seq} column). */
    public record At<T>(String caseId, int seq, T value) {
    }

    /**
     * What changed between two ordered lists of a case, by position: the positions whose value changed, the positions
     * added at the end, and where a shortened list's removed tail starts (none when it did not shrink). Appending (the
     * usual change) is one insert; changing one element, one update.
     */
    public record ListChanges<T>(List<At<T>> updated, List<At<T>> added, List<At<T>> removedFrom) {

        public static <T> ListChanges<T> empty() {
            return new ListChanges<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        public void add(String caseId, List<T> before, List<T> after) {
            int common = Math.min(before.size(), after.size());
            for (int i = 0; i < common; i++) {
                if (!before.get(i).equals(after.get(i))) {
                    updated.add(new At<>(caseId, i, after.get(i)));
                }
            }
            for (int i = common; i < after.size(); i++) {
                added.add(new At<>(caseId, i, after.get(i)));
            }
            if (after.size() < before.size()) {
                removedFrom.add(new At<>(caseId, after.size(), null));
            }
        }
    }
}
