package org.sanctionsplatform.support.scheduling;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The service's background loops (the outbox relay, the deadline timer sweep): each is a {@link PeriodicTask} that
 * backs off to at most {@code sep.loops.max-backoff} (default 10 s) while it fails, and is reported on readiness by
 * {@link BackgroundLoopsHealthIndicator}. Failures are timed on the system clock, not the service's {@code Clock}
 * bean: how long a loop has been failing is real elapsed time, whatever business time a test has set.
 */
@Singleton
public class BackgroundLoops {

    private final Duration maxBackoff;
    private final Clock clock = Clock.systemUTC();
    private final List<PeriodicTask> loops = new CopyOnWriteArrayList<>();

    public BackgroundLoops(@Value("${sep.loops.max-backoff:10s}") Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    /** Starts a loop (see {@link PeriodicTask#start(String, Duration, Duration, Runnable)}); its owner closes it. */
    public PeriodicTask start(String name, Duration initialDelay, Duration delay, Runnable round) {
        PeriodicTask loop = PeriodicTask.start(name, initialDelay, delay, maxBackoff, clock, round);
        loops.add(loop);
        return loop;
    }

    /** What each loop that has not been closed is doing. */
    public List<PeriodicTask.Status> statuses() {
        loops.removeIf(PeriodicTask::isClosed);
        return loops.stream().map(PeriodicTask::status).toList();
    }

    Clock clock() {
        return clock;
    }

    /** Stops any loop its owner left running, after the owners' own {@code @PreDestroy}. */
    @PreDestroy
    void closeAll() {
        loops.forEach(PeriodicTask::close);
        loops.clear();
    }
}
