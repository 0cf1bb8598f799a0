package org.sanctionsplatform.support.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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
 */
@Singleton
public class KeyedPlans {

    static final String SQL = "set local plan_cache_mode = force_generic_plan";

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

}
