package org.sanctionsplatform.deadline.timers;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Replaces the service's system clock with a {@link MutableClock} when a test sets {@code test.clock.start}. */
@Factory
@Requires(property = "test.clock.start")
class MutableClockFactory {

    @Singleton
    @Replaces(Clock.class)
    MutableClock clock(@Value("${test.clock.start}") String start) {
        return new MutableClock(Instant.parse(start));
    }
}
