package org.sanctionsplatform.support.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failures of one activity since it last succeeded: when they began, how many, and the last reason in words a
 * health answer may show. A success ends the streak. Thread-safe.
 */
public final class FailureStreak {

    private Failing current;

    /** Failing since {@code since}, {@code failures} times, the latest at {@code lastFailure}, for {@code reason}. */
    public record Failing(Instant since, Instant lastFailure, int failures, String reason) {

        public Duration duration(Instant now) {
            return Duration.between(since, now);
        }

        /** Whether it has been failing for longer than {@code limit} at {@code now}. */
        public boolean longerThan(Duration limit, Instant now) {
            return duration(now).compareTo(limit) > 0;
        }
    }

    public synchronized void failed(Instant at, Throwable reason) {
        String words = PublicReason.of(reason);
        current = current == null
                ? new Failing(at, at, 1, words)
                : new Failing(current.since(), at, current.failures() + 1, words);
    }

    public synchronized void succeeded() {
        current = null;
    }

    public synchronized Optional<Failing> failing() {
        return Optional.ofNullable(current);
    }
}
