package org.sanctionsplatform.support.testapp;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many times the test listener's handler was entered for each case id, so tests can see the retries; and the
 * largest batch of fresh events it was given at once, so tests can see the batches.
 */
@Singleton
public class HandlerAttempts {

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger largestBatch = new AtomicInteger();
    private final Map<String, AtomicInteger> largestBatchOf = new ConcurrentHashMap<>();

    void batch(List<String> caseIds) {
        largestBatch.accumulateAndGet(caseIds.size(), Math::max);
        caseIds.forEach(id -> largestBatchOf.computeIfAbsent(id, k -> new AtomicInteger())
                .accumulateAndGet(caseIds.size(), Math::max));
    }

    /** The largest batch of fresh events in which an event of the case was applied (0: none was). */
    public int largestBatchOf(String caseId) {
        AtomicInteger n = largestBatchOf.get(caseId);
        return n == null ? 0 : n.get();
    }

    public int largestBatch() {
        return largestBatch.get();
    }

    void entered(String caseId) {
        attempts.computeIfAbsent(caseId, id -> new AtomicInteger()).incrementAndGet();
    }

    public int of(String caseId) {
        AtomicInteger n = attempts.get(caseId);
        return n == null ? 0 : n.get();
    }
}
