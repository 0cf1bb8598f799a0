package org.sanctionsplatform.deadline.adapters.timers;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.sanctionsplatform.support.scheduling.BackgroundLoops;
import org.sanctionsplatform.support.scheduling.PeriodicTask;

/**
 * The background loop of a replica: every {@code sep.deadline.timers.interval} (default 1 s) it fires due timers
 * batch after batch while the batches come back full, pausing {@code sep.deadline.timers.pause-between-batches}
 * (default 5 ms) between them, so a storm of timers due at one instant (windows end together at the end of a day)
 * drains in bounded transactions that each hold one connection briefly, and consumers and HTTP requests get their
 * turn. Off with {@code sep.deadline.timers.enabled=false}. Stops after its current batch when the context closes.
 * A failing round is logged and retried with back-off, and readiness turns DOWN if it keeps failing
 * ({@link BackgroundLoops}).
 */
@Context
@Requires(property = "sep.deadline.timers.enabled", notEquals = "false")
public class TimerSweeper {

    private final TimerSweep sweep;
    private final Duration interval;
    private final Duration initialDelay;
    private final Duration pause;
    private final BackgroundLoops loops;
    private volatile boolean stopping;
    private PeriodicTask loop;

    TimerSweeper(TimerSweep sweep,
                 BackgroundLoops loops,
                 @Value("${sep.deadline.timers.interval:1s}") Duration interval,
                 @Value("${sep.deadline.timers.initial-delay:1s}") Duration initialDelay,
                 @Value("${sep.deadline.timers.pause-between-batches:5ms}") Duration pause) {
        this.sweep = sweep;
        this.interval = interval;
        this.initialDelay = initialDelay;
        this.pause = pause;
        this.loops = loops;
    }

    @PostConstruct
    void startLoop() {
        loop = loops.start("deadline-timer-sweep", initialDelay, interval, this::sweepRound);
    }

    @PreDestroy
    void stopLoop() {
        stopping = true;
        if (loop != null) {
            loop.close();
        }
    }

    /** Fires batches until one is not full (nothing more is due) or the context is closing. */
    void sweepRound() {
        while (!stopping && sweep.fireDueBatch() == sweep.batchSize()) {
            try {
                if (pause.isZero()) {
                    Thread.yield();
                } else {
                    Thread.sleep(pause.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
