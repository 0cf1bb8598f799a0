package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.intake.domain.BreachCase;

/**
 * The cases this replica last changed, each as it committed them with the case row's {@code version} (issue "Pipeline
 * speed": incremental state instead of reloading whole cases). A change request held its case row and read the whole
 * case file (a {@code union all} over nine tables, the largest of intake's statements: 0.2 ms of PostgreSQL's time per
 * call in the load harness) although the same replica had written that file a moment before. {@link JdbcCaseFiles}
 * now reads the row's version with its lock and takes the case from here when the versions agree; every committed
 * change adds one to the version (under the row lock), so a case changed by another replica, or a change of this one
 * that did not commit, never matches, and the file is read as before.
 *
 * <p>An entry is added only after its transaction committed, and a later version is never replaced by an earlier one
 * (two commits of one case can finish in either order on their threads). Bounded: {@code sep.intake.recent-cases}
 * entries (default 2,048; 0 turns it off), the least recently used out first; a {@link BreachCase} is immutable.
 *
 * <p>A map in access order rather than Caffeine: an entry is worth keeping here for its recency alone (a case is changed
 * in a burst of requests, then rarely), and Caffeine's admission policy (W-TinyLFU) turned new cases away in favour of
 * older ones read more often: with Caffeine at the same size, 23 % of the changes in the pipeline harness (120 and 160
 * cases/s) still read the whole file. Guarded by one lock, taken twice per change request.
 */
@Singleton
public class RecentCases {

    /** A case as committed, with the version its row had then. */
    public record Entry(long version, BreachCase state) {
    }

    private final int size;
    private final Map<String, Entry> entries;

    RecentCases(@Value("${sep.intake.recent-cases:2048}") int size) {
        if (size < 0) {
            throw new IllegalArgumentException("sep.intake.recent-cases must not be negative, not " + size);
        }
        this.size = size;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > RecentCases.this.size;
            }
        };
    }

    /** The case as last committed here, if it is still kept. */
    public Optional<Entry> get(String caseId) {
        if (size == 0) {
            return Optional.empty();
        }
        synchronized (entries) {
            return Optional.ofNullable(entries.get(caseId));
        }
    }

    /** Keeps the case as committed at {@code version}, unless a later version is already kept. */
    void committed(String caseId, long version, BreachCase state) {
        if (size == 0) {
            return;
        }
        synchronized (entries) {
            entries.merge(caseId, new Entry(version, state),
                    (kept, committed) -> committed.version() >= kept.version() ? committed : kept);
        }
    }

    /** Forgets the case (its row changed in a way this replica cannot follow). */
    void forget(String caseId) {
        synchronized (entries) {
            entries.remove(caseId);
        }
    }
}
