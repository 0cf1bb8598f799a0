package org.sanctionsplatform.support.scheduling;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.sanctionsplatform.support.health.FailureStreak;

/**
 * Readiness is DOWN while any background loop has been failing for longer than {@code sep.loops.unhealthy-after}
 * (default 60 s), so Kubernetes notices a relay that no longer publishes or a sweep that no longer fires timers. The
 * answer names each loop, and for a failing one since when, how many rounds, and its last error message (never a
 * stack trace). A loop that fails only briefly (a short Kafka or database outage) keeps the service ready, and a loop
 * started reported-only (the outbox relay, which fails while Kafka is down) never turns it DOWN: the outbox holds the
 * writes meanwhile, and its backlog is reported by {@code OutboxHealthIndicator} and the metrics.
 */
@Singleton
@Readiness
public class BackgroundLoopsHealthIndicator implements HealthIndicator {

    static final String NAME = "backgroundLoops";

    private final BackgroundLoops loops;
    private final Duration unhealthyAfter;

    public BackgroundLoopsHealthIndicator(BackgroundLoops loops,
                                          @Value("${sep.loops.unhealthy-after:60s}") Duration unhealthyAfter) {
        this.loops = loops;
        this.unhealthyAfter = unhealthyAfter;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Instant now = loops.clock().instant();
        boolean down = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (PeriodicTask.Status loop : loops.statuses()) {
            details.put(loop.name(), loop.failing().map(f -> failing(f, loop.nextDelay())).orElseGet(() -> Map.of("state", "RUNNING")));
            down |= loops.affectsReadiness(loop.name())
                    && loop.failing().map(f -> f.longerThan(unhealthyAfter, now)).orElse(false);
        }
        return Publishers.just(HealthResult.builder(NAME, down ? HealthStatus.DOWN : HealthStatus.UP).details(details).build());
    }

    private static Map<String, Object> failing(FailureStreak.Failing failing, Duration nextDelay) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", "FAILING");
        state.put("failingSince", failing.since().toString());
        state.put("failedRounds", failing.failures());
        state.put("lastError", failing.reason());
        state.put("nextRoundIn", nextDelay.toString());
        return state;
    }
}
