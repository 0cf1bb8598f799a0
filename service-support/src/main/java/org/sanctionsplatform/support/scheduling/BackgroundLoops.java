package org.sanctionsplatform.support.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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

    public static final String FAILURES = "sep.loops.failures";
    public static final String FAILING = "sep.loops.failing";

    private final Duration maxBackoff;
    private final Clock clock = Clock.systemUTC();
    private final List<PeriodicTask> loops = new CopyOnWriteArrayList<>();
    private final MeterRegistry registry;
    private final java.util.Set<String> reportedOnly = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public BackgroundLoops(@Value("${sep.loops.max-backoff:10s}") Duration maxBackoff, MeterRegistry registry) {
        this.maxBackoff = maxBackoff;
        this.registry = registry;
    }

    /**
     * Starts a loop like {@link #start}, whose failures are reported (log, metrics, health details) but never turn
     * readiness DOWN: the outbox relay, which fails while Kafka is unreachable, when the service must go on taking
     * writes into its outbox (issue 11.4); the outbox backlog and its age tell of it instead.
     */
    public PeriodicTask startReportedOnly(String name, Duration initialDelay, Duration delay, Runnable round) {
        reportedOnly.add(name);
        return start(name, initialDelay, delay, round);
    }

    /** Whether a failing loop of this name turns readiness DOWN (every loop but those started reported-only). */
    public boolean affectsReadiness(String name) {
        return !reportedOnly.contains(name);
    }

    /**
     * Starts a loop (see {@link PeriodicTask#start(String, Duration, Duration, Runnable)}); its owner closes it. Each
     * failed round counts on {@value #FAILURES}, and {@value #FAILING} is 1 while the loop is failing, tagged with the
     * loop's name.
     */
    public PeriodicTask start(String name, Duration initialDelay, Duration delay, Runnable round) {
        Counter failures = Counter.builder(FAILURES).description("Failed rounds of a background loop")
                .tag("loop", name).register(registry);
        Runnable counted = () -> {
            try {
                round.run();
            } catch (Throwable failure) { // counted, then PeriodicTask logs it and backs off as before
                failures.increment();
                throw failure;
            }
        };
        PeriodicTask loop = PeriodicTask.start(name, initialDelay, delay, maxBackoff, clock, counted);
        Gauge.builder(FAILING, loop, l -> l.isClosed() || l.status().failing().isEmpty() ? 0 : 1)
                .description("1 while the background loop's rounds keep failing, else 0")
                .tag("loop", name).register(registry);
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
