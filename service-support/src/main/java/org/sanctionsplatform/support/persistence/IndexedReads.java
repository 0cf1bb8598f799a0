package org.sanctionsplatform.support.persistence;

/**
 * Has a consumer batch's reads of its cases by case id planned as index scans, whatever PostgreSQL's statistics say
 * (issue "Pipeline speed": the plan must not depend on fresh statistics).
 *
 * <p>Why: a batch reads each table with {@code … where case_id in (?, ?, …)}, one placeholder per case of the chunk.
 * A table that was never analysed (autovacuum is off on the project's machine, and a table that grows fast is always
 * ahead of its statistics) has no estimate of how many rows a case id matches, so PostgreSQL takes the default 0.5 %
 * of the table per id: with a dozen ids or more in the list the planner expects a large part of the table and scans it
 * whole, testing every row against the list. Measured in the pipeline harness (100 cases/s offered for 60 s after a
 * 45 s warm-up, on PostgreSQL, before this class): the assessment service's batch reads made 3,546 sequential scans
 * that read 18 million rows, publication's 7,700 that read 32 million, deadline's 1,300 that read 2.4 million, and
 * the executor's scans were about a fifth of PostgreSQL's CPU samples; the cost of each grows with the table, so a
 * longer run only gets worse. Found through the index, a read costs by the rows it finds, at any size.
 *
 * <p>How: {@link #around} puts {@code enable_seqscan = off} before the reads and the transaction's own value back
 * after them, in the same composite statement (no extra round trip). That setting forbids nothing: a statement that
 * has no index to use is still planned as a sequential scan (the setting only adds to its cost), and where the planner
 * can use the index it does. The statements after the reads (the batch's writes) are planned with the setting as it
 * was. H2 (the embedded default) has no such setting: the reads run as they are.
 *
 * <p>The reads also keep one plan per statement ({@code plan_cache_mode = force_generic_plan}, given back after them
 * too): planned through the index, a read's plan no longer depends on the table's size, so it need not be made again
 * at every execution ({@link StablePlans} has every other statement planned for the table as it is). Measured with
 * {@code pg_stat_statements} in the pipeline harness at 160 cases/s offered (60 s): publication's statements were
 * planned 31,776 times (1.9 s of planning against 4.9 s of execution), assessment's 17,520 times and deadline's
 * 17,934, mostly these reads.
 */
public final class IndexedReads {

    /**
     * Keeps the transaction's values in settings of the project's own ({@code sep.enable_seqscan},
     * {@code sep.plan_cache_mode}), then sets them for the reads; the subquery (kept apart by {@code offset 0}) is
     * evaluated before the outer select list.
     */
    static final String OFF = "select set_config('enable_seqscan', 'off', true), "
            + "set_config('plan_cache_mode', 'force_generic_plan', true) from (select "
            + "set_config('sep.enable_seqscan', current_setting('enable_seqscan'), true), "
            + "set_config('sep.plan_cache_mode', current_setting('plan_cache_mode'), true) offset 0) kept";
    /** The transaction's values back. */
    static final String BACK = "select set_config('enable_seqscan', current_setting('sep.enable_seqscan'), true), "
            + "set_config('plan_cache_mode', current_setting('sep.plan_cache_mode'), true)";

    private IndexedReads() {
    }

    /**
     * On PostgreSQL, {@code reads} between the settings that plan them as index scans, one plan kept per statement,
     * and the one that gives the transaction its values back (two statements more in the same round trip); on H2,
     * {@code reads} as they are.
     */
    public static CompositeStatement around(CompositeStatement reads, boolean postgres) {
        if (!postgres || reads.size() == 0) {
            return reads;
        }
        return new CompositeStatement().addQuery(OFF, statement -> { }, rows -> { }).addAll(reads)
                .addQuery(BACK, statement -> { }, rows -> { });
    }
}
