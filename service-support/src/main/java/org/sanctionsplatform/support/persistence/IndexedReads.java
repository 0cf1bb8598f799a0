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
 */
public final class IndexedReads {

    /**
     * Keeps the transaction's value in a setting of the project's own ({@code sep.enable_seqscan}), then turns it off;
     * the subquery (kept apart by {@code offset 0}) is evaluated before the outer select list.
     */
    static final String OFF = "select set_config('enable_seqscan', 'off', true) from (select "
            + "set_config('sep.enable_seqscan', current_setting('enable_seqscan'), true) offset 0) kept";
    /** The transaction's value back. */
    static final String BACK = "select set_config('enable_seqscan', current_setting('sep.enable_seqscan'), true)";

    private IndexedReads() {
    }

    /**
     * On PostgreSQL, {@code reads} between the setting that plans them as index scans and the one that gives the
     * transaction its value back (two statements more in the same round trip); on H2, {@code reads} as they are.
     */
    public static CompositeStatement around(CompositeStatement reads, boolean postgres) {
        if (!postgres || reads.size() == 0) {
            return reads;
        }
        return new CompositeStatement().addQuery(OFF, statement -> { }, rows -> { }).addAll(reads)
                .addQuery(BACK, statement -> { }, rows -> { });
    }
}
