package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sanctionsplatform.assessment.application.CaseFiles;
import org.sanctionsplatform.assessment.domain.CaseFile;
import org.sanctionsplatform.support.persistence.CompositeStatement;

/**
 * One list of a case file (its subjects, breaches, milestones …) kept as rows {@code (case_id, seq, columns…)}, where
 * {@code seq} is the item's position in the list: 0, 1, 2 … with no gap, as every writer of these tables has kept
 * it (the first one deleted and re-inserted a case's rows at each event, numbering them from 0).
 *
 * <p>Read for many cases in one query per chunk of case ids, sent with the batch's other reads ({@link #addRead}).
 * Written by position: an item that differs from the one read at its position is updated, an item beyond the list read is inserted, and positions beyond the new list
 * are deleted. The lists only grow at their end for nearly every case event (a breach, disclosure, milestone or
 * decision recorded), so a batch mostly appends; a replaced breach or a corrected milestone rewrites the positions
 * from there on. Each kind of statement goes as one JDBC batch for all the cases of a poll batch.
 */
final class ListTable<T> {

    /** Reads an item from the current row; its columns start at {@code first}. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs, int first) throws SQLException;
    }

    /** Binds an item's columns, in the order of {@code columns}, from parameter {@code first} on. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement s, int first, T item) throws SQLException;
    }

    private final String table;
    private final List<String> columns;
    private final Reader<T> reader;
    private final Binder<T> binder;
    private final Function<CaseFile, List<T>> items;

    ListTable(String table, List<String> columns, Reader<T> reader, Binder<T> binder, Function<CaseFile, List<T>> items) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.reader = reader;
        this.binder = binder;
        this.items = items;
    }

    /**
     * Adds the query of the lists of a chunk of cases to {@code reads} (a composite statement: one round trip with the
     * batch's other reads); its rows go into {@code lists} when the statements have run.
     */
    void addRead(CompositeStatement reads, List<String> chunk, Map<String, List<T>> lists) {
        reads.addQuery(readSql(chunk.size()), s -> bindIds(s, chunk), rs -> collect(rs, lists));
    }

    private String readSql(int ids) {
        return "select case_id, seq, " + String.join(", ", columns) + " from " + table
                + " where case_id in (" + Sql.placeholders(ids) + ") order by case_id, seq";
    }

    private static void bindIds(PreparedStatement s, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setString(i + 1, ids.get(i));
        }
    }

    private void collect(ResultSet rs, Map<String, List<T>> lists) throws SQLException {
        while (rs.next()) {
            String caseId = rs.getString(1);
            List<T> list = lists.computeIfAbsent(caseId, id -> new ArrayList<>());
            if (rs.getInt(2) != list.size()) { // the writes by position rely on it
                throw new IllegalStateException(table + " of case " + caseId + ": row seq " + rs.getInt(2)
                        + " where " + list.size() + " was expected");
            }
            list.add(reader.read(rs, 3));
        }
    }

    /** Writes what the changes made of this list: updates, inserts and deletes by position, each kind in one batch. */
    void write(JdbcOperations jdbc, List<CaseFiles.Change> changes) {
        List<Row<T>> updates = new ArrayList<>();
        List<Row<T>> inserts = new ArrayList<>();
        List<Row<T>> truncations = new ArrayList<>();
        for (CaseFiles.Change change : changes) {
            List<T> before = change.before() == null ? List.of() : items.apply(change.before());
            List<T> after = items.apply(change.after());
            if (before == after || before.equals(after)) {
                continue;
            }
            String caseId = change.after().caseId();
            int common = Math.min(before.size(), after.size());
            for (int seq = 0; seq < common; seq++) {
                if (!Objects.equals(before.get(seq), after.get(seq))) {
                    updates.add(new Row<>(caseId, seq, after.get(seq)));
                }
            }
            for (int seq = common; seq < after.size(); seq++) {
                inserts.add(new Row<>(caseId, seq, after.get(seq)));
            }
            if (before.size() > after.size()) {
                truncations.add(new Row<>(caseId, after.size(), null));
            }
        }
        if (!truncations.isEmpty()) {
            jdbc.prepareStatement(truncateSql(), s -> {
                for (Row<T> row : truncations) {
                    s.setString(1, row.caseId());
                    s.setInt(2, row.seq());
                    s.addBatch();
                }
                return s.executeBatch();
            });
        }
        if (!updates.isEmpty()) {
            int[] counts = jdbc.prepareStatement(updateSql(), s -> {
                for (Row<T> row : updates) {
                    binder.bind(s, 1, row.item());
                    s.setString(columns.size() + 1, row.caseId());
                    s.setInt(columns.size() + 2, row.seq());
                    s.addBatch();
                }
                return s.executeBatch();
            });
            Sql.expectOneRowEach(counts, "updating " + table);
        }
        if (!inserts.isEmpty()) {
            jdbc.prepareStatement("insert into " + table + " (case_id, seq, " + String.join(", ", columns)
                    + ") values (?, ?, " + Sql.placeholders(columns.size()) + ")", s -> {
                for (Row<T> row : inserts) {
                    s.setString(1, row.caseId());
                    s.setInt(2, row.seq());
                    binder.bind(s, 3, row.item());
                    s.addBatch();
                }
                return s.executeBatch();
            });
        }
    }

    /** Removes a case's items from a position on. */
    String truncateSql() {
        return "delete from " + table + " where case_id = ? and seq >= ?";
    }

    /** Rewrites the item at a position: its columns, then the case id and the position. */
    String updateSql() {
        return "update " + table + " set " + String.join(" = ?, ", columns) + " = ? where case_id = ? and seq = ?";
    }

    private record Row<T>(String caseId, int seq, T item) {
    }
}
