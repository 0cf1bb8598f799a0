package org.sanctionsplatform.assessment.adapters.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small JDBC helpers of this package: nullable parameters and columns, and IN lists in chunks. */
final class Sql {

    /** Case ids per {@code where case_id in (...)}: far below any driver's limit of parameters. */
    static final int IN_CHUNK = 1000;

    private Sql() {
    }

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += IN_CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + IN_CHUNK)));
        }
        return chunks;
    }

    static void setDate(PreparedStatement s, int i, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setObject(i, date);
        }
    }

    static void setInteger(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    static void setBoolean(PreparedStatement s, int i, Boolean value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BOOLEAN);
        } else {
            s.setBoolean(i, value);
        }
    }

    static void setDecimal(PreparedStatement s, int i, BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.NUMERIC);
        } else {
            s.setBigDecimal(i, value);
        }
    }

    static void setText(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }

    static LocalDate date(ResultSet rs, int i) throws SQLException {
        return rs.getObject(i, LocalDate.class);
    }

    static Integer integer(ResultSet rs, int i) throws SQLException {
        int value = rs.getInt(i);
        return rs.wasNull() ? null : value;
    }

    static Boolean bool(ResultSet rs, int i) throws SQLException {
        boolean value = rs.getBoolean(i);
        return rs.wasNull() ? null : value;
    }

    /** Update counts of a batch: each statement must have touched one row (SUCCESS_NO_INFO is taken as one). */
    static void expectOneRowEach(int[] counts, String what) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 || counts[i] > 1) {
                throw new IllegalStateException(what + ": statement " + i + " of the batch touched " + counts[i]
                        + " rows instead of one");
            }
        }
    }
}
