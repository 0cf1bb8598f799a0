package org.sanctionsplatform.support.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background loop on its own daemon thread, run with a fixed delay between rounds, that a bean starts in its
 * {@code @PostConstruct} and stops in its {@code @PreDestroy}. Unlike {@code @Scheduled}, stopping waits for the
 * running round to finish before the bean's dependencies (data source, producer) are destroyed, so a context
 * that is shutting down never starts a round against half-closed resources.
 */
public final class PeriodicTask implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final ScheduledExecutorService executor;
    private volatile boolean stopping;

    private PeriodicTask(String name, ScheduledExecutorService executor) {
        this.name = name;
        this.executor = executor;
    }

    /** Starts running {@code round} after {@code initialDelay}, then {@code delay} after each round ends. */
    public static PeriodicTask start(String name, Duration initialDelay, Duration delay, Runnable round) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        PeriodicTask task = new PeriodicTask(name, executor);
        executor.scheduleWithFixedDelay(() -> {
            if (task.stopping) {
                return;
            }
            try {
                round.run();
            } catch (RuntimeException e) {
                // a failed round is retried at the next one; never let the exception cancel the schedule
                LOG.warn("{}: round failed, will retry: {}", name, e.toString());
            }
        }, initialDelay.toMillis(), Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
        return task;
    }

    @Override
    public void close() {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("{}: the last round did not finish within 30 s; interrupting it", name);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
