package org.sanctionsplatform.e2e;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the scenario sets {@code e2e.clock.start}, every service's clock starts at that instant and ticks on in real
 * time. The scenarios record milestones on fixed dates in 2026; on the wall clock the windows they open would already
 * be past and the deadline timers would expire them while the test looks, so the services live on the scenario's day.
 */
@Factory
@Requires(property = PlatformFixture.CLOCK_START)
class ScenarioClockFactory {

    @Singleton
    @Replaces(Clock.class)
    Clock clock(@Value("${" + PlatformFixture.CLOCK_START + "}") String start) {
        Clock system = Clock.systemUTC();
        return Clock.offset(system, Duration.between(system.instant(), Instant.parse(start)));
    }
}
