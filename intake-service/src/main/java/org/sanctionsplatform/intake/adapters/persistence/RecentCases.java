package org.sanctionsplatform.intake.adapters.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
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
 * entries (default 2,048; 0 turns it off), least recently used first out; a {@link BreachCase} is immutable.
 */
@Singleton
public class RecentCases {

    /** A case as committed, with the version its row had then. */
    public record Entry(long version, BreachCase state) {
    }

    private final Cache<String, Entry> entries;
    private final boolean enabled;

    RecentCases(@Value("${sep.intake.recent-cases:2048}") int size) {
        if (size < 0) {
            throw new IllegalArgumentException("sep.intake.recent-cases must not be negative, not " + size);
        }
        this.enabled = size > 0;
        this.entries = Caffeine.newBuilder().maximumSize(size).build();
    }

    /** The case as last committed here, if it is still kept. */
    public Optional<Entry> get(String caseId) {
        return enabled ? Optional.ofNullable(entries.getIfPresent(caseId)) : Optional.empty();
    }

    /** Keeps the case as committed at {@code version}, unless a later version is already kept. */
    void committed(String caseId, long version, BreachCase state) {
        if (enabled) {
            entries.asMap().merge(caseId, new Entry(version, state),
                    (kept, committed) -> committed.version() >= kept.version() ? committed : kept);
        }
    }

    /** Forgets the case (its row changed in a way this replica cannot follow). */
    void forget(String caseId) {
        entries.invalidate(caseId);
    }
}
