package org.sanctionsplatform.support.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.sanctionsplatform.support.health.FailureStreak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background loop on its own daemon thread that never stops by itself: every round catches whatever it throws (an
 * Error, or a checked exception rethrown unchecked, as much as a RuntimeException), logs it with its stack trace, and
 * backs off: the pause after n failures in a row is the normal delay doubled n times, at most the maximum back-off;
 * a successful round brings the normal delay back. The next round is scheduled whatever happened, so nothing can
 * cancel the loop. Its {@link #status() status} says since when it has been failing and why, for health checks.
 *
 * <p>A bean starts it in its {@code @PostConstruct} (through {@link BackgroundLoops}, which reports it on readiness)
 * and stops it in its {@code @PreDestroy}. Unlike {@code @Scheduled}, stopping waits for the running round to finish
 * before the bean's dependencies (data source, producer) are destroyed, so a context that is shutting down never
 * starts a round against half-closed resources; a round that is only waiting for its turn is dropped at once.
 */
public final class PeriodicTask implements AutoCloseable {

    /** The longest pause after failing rounds when the caller does not choose one. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final String name;
    private final Duration delay;
    private final Duration maxBackoff;
    private final Clock clock;
    private final Runnable round;
    private final ScheduledThreadPoolExecutor executor;
    private final FailureStreak failures = new FailureStreak();
    private volatile Duration nextDelay;
    private volatile boolean stopping;
    /** Guarded by {@code this}: the round waiting for its turn, whether one is running, and whether one was asked for. */
    private ScheduledFuture<?> pending;
    private boolean running;
    private boolean wakeUpRequested;

    /** What a loop is doing: its name, whether (since when, how often, why) it is failing, and its next pause. */
    public record Status(String name, Optional<FailureStreak.Failing> failing, Duration nextDelay) {
    }

    private PeriodicTask(String name, Duration delay, Duration maxBackoff, Clock clock, Runnable round) {
        this.name = name;
        this.delay = delay.isNegative() || delay.isZero() ? Duration.ofMillis(1) : delay;
        this.maxBackoff = maxBackoff;
        this.clock = clock;
        this.round = round;
        this.nextDelay = this.delay;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        // on close, drop a round that is only waiting (possibly a long back-off); the running one is waited for
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Runs {@code round} after {@code initialDelay}, then {@code delay} after each round ends, backing off to at most
     * {@link #DEFAULT_MAX_BACKOFF} while rounds fail; failures are timed on the system clock.
     */
    public static PeriodicTask start(String name, Duration initialDelay, Duration delay, Runnable round) {
        return start(name, initialDelay, delay, DEFAULT_MAX_BACKOFF, Clock.systemUTC(), round);
    }

    /**
     * Runs {@code round} after {@code initialDelay}, then {@code delay} after each successful round; after failing
     * rounds the pause doubles up to {@code maxBackoff}. {@code clock} times the failures for {@link #status()}.
     */
    public static PeriodicTask start(String name, Duration initialDelay, Duration delay, Duration maxBackoff,
                                     Clock clock, Runnable round) {
        PeriodicTask task = new PeriodicTask(name, delay, maxBackoff, clock, round);
        task.schedule(initialDelay);
        return task;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return new Status(name, failures.failing(), nextDelay);
    }

    public boolean isClosed() {
        return stopping;
    }

    /** The pause after {@code failuresInARow} failing rounds: the delay doubled that many times, within [delay, max]. */
    static Duration backOff(Duration delay, Duration maxBackoff, int failuresInARow) {
        long delayMillis = Math.max(1, delay.toMillis());
        long maxMillis = Math.max(delayMillis, maxBackoff.toMillis());
        int doublings = Math.min(Math.max(0, failuresInARow), 62);
        long millis = delayMillis > (maxMillis >> doublings) ? maxMillis : delayMillis << doublings;
        return Duration.ofMillis(Math.min(maxMillis, millis));
    }

    /**
     * Asks for a round now rather than after the delay (e.g. the outbox relay when a transaction with new events has
     * committed): the waiting round runs at once, or, if one is running, another follows it at once. Many calls while
     * a round runs make one more round. A loop backing off after failures keeps its back-off.
     */
    public void wakeUp() {
        if (stopping || failures.failing().isPresent()) {
            return;
        }
        synchronized (this) {
            if (running) {
                wakeUpRequested = true;
            } else if (pending != null && pending.getDelay(TimeUnit.MILLISECONDS) > 0 && pending.cancel(false)) {
                pending = null;
                schedule(Duration.ZERO);
            }
        }
    }

    private void runRound() {
        if (stopping) {
            return;
        }
        synchronized (this) {
            running = true;
            wakeUpRequested = false;
        }
        Duration next = delay;
        try {
            round.run();
            succeeded();
        } catch (Throwable failure) { // everything: an Error or a sneaky checked exception must not end the loop either
            next = failed(failure);
        } finally {
            synchronized (this) {
                running = false;
                if (wakeUpRequested && failures.failing().isEmpty()) {
                    next = Duration.ZERO;
                }
                wakeUpRequested = false;
                nextDelay = next;
                schedule(next);
            }
        }
    }

    private void succeeded() {
        Optional<FailureStreak.Failing> ended = failures.failing();
        failures.succeeded();
        ended.ifPresent(f -> LOG.info("{}: a round succeeded again after {} failed rounds since {}", name, f.failures(), f.since()));
    }

    private Duration failed(Throwable failure) {
        failures.failed(clock.instant(), failure);
        int inARow = failures.failing().map(FailureStreak.Failing::failures).orElse(1);
        Duration next = backOff(delay, maxBackoff, inARow);
        LOG.error("{}: round failed ({} in a row); the next round starts in {}", name, inARow, next, failure);
        return next;
    }

    private void schedule(Duration after) {
        if (stopping) {
            return;
        }
        try {
            ScheduledFuture<?> scheduled = executor.schedule(this::runRound, Math.max(0, after.toMillis()), TimeUnit.MILLISECONDS);
            synchronized (this) {
                pending = scheduled;
            }
        } catch (RejectedExecutionException e) {
            if (!stopping) {
                LOG.error("{}: the next round cannot be scheduled; the loop has stopped", name, e);
            }
        }
    }

    @Override
    public void close() {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: the last round did not finish within {}; interrupting it", name, CLOSE_WAIT);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
