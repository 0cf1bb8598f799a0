package org.sanctionsplatform.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan PostgreSQL keeps for a statement under {@code plan_cache_mode = force_generic_plan} (as a service's
 * transaction has it after {@code KeyedPlans.forThisTransaction()}): made once, without the parameters' values, for the
 * tables as they are at that moment. For a test that checks such a plan on tables that are empty and never analysed,
 * as a service finds them when it starts.
 */
public final class GenericPlans {

    private GenericPlans() {
    }

    /** The plan mode of the connection's current transaction ({@code force_custom_plan}, {@code force_generic_plan} …). */
    public static String planCacheMode(Connection connection) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('plan_cache_mode')")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The statements among {@code statements} whose generic plan does not find its rows through an index (a sequential
     * scan, or no index scan at all), each with its plan; empty when every one does.
     */
    public static Map<String, String> withoutAnIndex(Connection connection, List<String> statements) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        for (String sql : statements) {
            String plan = of(connection, sql);
            boolean indexed = plan.contains("Index Scan") || plan.contains("Index Only Scan");
            if (plan.contains("Seq Scan") || !indexed) {
                found.put(sql, plan);
            }
        }
        return found;
    }

    /**
     * {@code explain} of the generic plan of {@code sql} (JDBC placeholders {@code ?}; no literal may contain one), its
     * parameters' types taken from where they stand. The connection's setting is restored afterwards.
     */
    public static String of(Connection connection, String sql) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int parameters = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                numbered.append('$').append(++parameters);
            } else {
                numbered.append(ch);
            }
        }
        List<String> lines = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            String before;
            try (ResultSet rs = s.executeQuery("select current_setting('plan_cache_mode')")) {
                rs.next();
                before = rs.getString(1);
            }
            s.execute("prepare generic_plan_under_test as " + numbered);
            try {
                s.execute("set plan_cache_mode = force_generic_plan");
                String nulls = String.join(", ", Collections.nCopies(parameters, "null"));
                try (ResultSet rs = s.executeQuery("explain execute generic_plan_under_test"
                        + (parameters == 0 ? "" : "(" + nulls + ")"))) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            } finally {
                s.execute("deallocate generic_plan_under_test");
                s.execute("select set_config('plan_cache_mode', '" + before + "', false)");
            }
        }
        return String.join("\n", lines);
    }
}
