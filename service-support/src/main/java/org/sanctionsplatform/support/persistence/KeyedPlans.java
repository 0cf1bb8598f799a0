package org.sanctionsplatform.support.persistence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reuses the plans of a transaction whose statements all find their rows by key (issue "Pipeline speed": intake's
 * change requests spent more PostgreSQL time planning than executing).
 *
 * <p>{@link StablePlans} has every execution planned for the table as it is, because a plan kept from a table that
 * was empty can be wrong once it has grown. That risk needs a choice between access paths whose cost depends on the
 * table's size; a statement that finds its rows through a key or a foreign-key index ({@code where id = ?}, {@code
 * where case_id = ?}), and an insert, have one sensible plan at any size. Planning them at each execution still
 * costs: measured with {@code pg_stat_statements} in the pipeline harness (50 cases/s offered), intake's one
 * statement that reads a whole case (a {@code union all} of nine keyed selects) took 575 µs to plan and 116 µs to
 * execute, and planning was 4.9 s of intake's 8.4 s of statement time; on an empty table its generic plan is the
 * same index scans (checked with {@code explain}).
 *
 * <p>{@link #forThisTransaction()} sets {@code plan_cache_mode = force_generic_plan} for the rest of the caller's
 * transaction only ({@code set local}: the connection goes back to the pool with its own setting): the driver's
 * prepared statements and the foreign-key checks then keep one plan each per connection. PostgreSQL still plans
 * them again when a table's statistics or definition change. Call it only in a transaction whose statements are all
 * keyed; a statement that scans or picks between indexes (the outbox relay's pending rows, timer sweeps) must run
 * in another. H2 (the embedded default) has no such setting and is left as it is.
 *
 * <p>{@link #whileInserting} does the same for one piece of work in a transaction that goes on with statements that
 * must be planned for the table as it is: it keeps one plan per statement for the inserts it runs, then gives the
 * transaction its setting back. PostgreSQL plans a multi-row insert (the driver's rewritten JDBC batch: up to 128
 * rows, 16 parameters each for a deadline timer) and every foreign-key check it makes again at each execution
 * otherwise: measured in the pipeline harness's replay of 30,000 case events, the deadline timers' insert took
 * 2,465 ms to plan for 420 executions and 1,777 ms to execute them.
 */
@Singleton
public class KeyedPlans {

    static final String SQL = "set local plan_cache_mode = force_generic_plan";
    /**
     * The transaction's setting before, and one plan per statement from now on: the outer select list is evaluated on
     * the subquery's row, after the subquery (kept apart by {@code offset 0}) has read the setting.
     */
    static final String KEEP_AND_ANSWER_BEFORE = "select b.before, set_config('plan_cache_mode', 'force_generic_plan', true) "
            + "from (select current_setting('plan_cache_mode') as before offset 0) b";
    static final String RESTORE = "select set_config('plan_cache_mode', ?, true)";
    static final String GENERIC = "force_generic_plan";
    /**
     * Below this many rows {@link #whileInserting} leaves the setting as it is: the two statements it takes would cost
     * about as much as planning a few rows (the replay's figures come to about 40 µs of planning per row of a multi-row
     * insert and 20 µs per foreign-key check; each extra statement is a round trip to the server).
     */
    public static final int MIN_ROWS = 8;

    private final JdbcOperations jdbc;
    private final DatabaseKind database = new DatabaseKind();

    public KeyedPlans(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps one plan per statement for the rest of the caller's transaction (which must be active). */
    public void forThisTransaction() {
        boolean postgres;
        try {
            postgres = database.isPostgres(jdbc.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database of the data source", e);
        }
        if (postgres) {
            jdbc.prepareStatement(SQL, PreparedStatement::execute);
        }
    }

    /** Sets a query's parameters. */
    @FunctionalInterface
    public interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads a query's answer. */
    @FunctionalInterface
    public interface Answer<T> {
        T read(ResultSet result) throws SQLException;
    }

    /**
     * The transaction's first statement, a keyed query, with {@link #forThisTransaction()} in the same round trip (one
     * round trip is about 125 µs of CPU on the project's 2-core machine, see {@link CompositeStatement}): on PostgreSQL
     * the setting and the query are sent as one composite statement, the setting first, so that the query too is
     * planned once per connection. H2 runs the query alone.
     */
    public <T> T firstQuery(String sql, Parameters parameters, Answer<T> answer) {
        List<T> answered = new ArrayList<>(1);
        firstStatements(new CompositeStatement().addQuery(sql, parameters::set, rows -> answered.add(answer.read(rows))));
        return answered.get(0);
    }

    /**
     * The transaction's first statements, all keyed, in one round trip with {@link #forThisTransaction()} (as
     * {@link #firstQuery}, for several: intake's lock of a case and its read). On PostgreSQL the setting goes first in
     * the composite statement, so every statement after it is planned under it; H2 runs the statements alone.
     */
    public void firstStatements(CompositeStatement statements) {
        Connection connection = jdbc.getConnection();
        try {
            boolean postgres = database.isPostgres(connection);
            CompositeStatement all = statements;
            if (postgres) {
                // the setting has no parameters: the statements' are numbered from 1, as they would be alone
                all = new CompositeStatement().addQuery(SETTING, statement -> { }, rows -> { }).addAll(statements);
            }
            all.execute(connection, postgres);
        } catch (SQLException e) {
            throw new DataAccessException("cannot run the transaction's first statement: " + e.getMessage(), e);
        }
    }

    static final String SETTING = "select set_config('plan_cache_mode', 'force_generic_plan', true)";

    /** JDBC work on the transaction's connection. */
    @FunctionalInterface
    public interface Inserts {
        void run() throws SQLException;
    }

    /**
     * Runs {@code inserts} (statements that only insert, {@code rows} rows in all) with one plan per statement, then
     * gives the caller's transaction (which must be active) back its setting; below {@link #MIN_ROWS} rows, and on H2,
     * it just runs them. If they fail, the setting is left to the transaction's end ({@code set local}).
     */
    public void whileInserting(int rows, Inserts inserts) throws SQLException {
        Connection connection = jdbc.getConnection();
        if (rows < MIN_ROWS || !database.isPostgres(connection)) {
            inserts.run();
            return;
        }
        String before;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(KEEP_AND_ANSWER_BEFORE)) {
            rs.next();
            before = rs.getString(1);
        }
        inserts.run();
        if (!GENERIC.equals(before)) {
            try (PreparedStatement s = connection.prepareStatement(RESTORE)) {
                s.setString(1, before);
                s.execute();
            }
        }
    }

}
