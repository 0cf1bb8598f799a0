package org.sanctionsplatform.publication.register;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a test sets {@code test.stepping-clock.start}: a clock that starts there and moves one second on each reading,
 * so what the register records comes in a fixed order on fixed instants, whatever today is.
 */
@Factory
@Requires(property = "test.stepping-clock.start")
class SteppingClockFactory {

    @Singleton
    @Replaces(Clock.class)
    Clock clock(@Value("${test.stepping-clock.start}") String start) {
        return new SteppingClock(Instant.parse(start));
    }

    static final class SteppingClock extends Clock {
        private final AtomicLong seconds;
        private final ZoneId zone;

        SteppingClock(Instant start) {
            this(new AtomicLong(start.getEpochSecond()), ZoneOffset.UTC);
        }

        private SteppingClock(AtomicLong seconds, ZoneId zone) {
            this.seconds = seconds;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        /** The same moving instant seen in another zone (the services read "today" in London). */
        @Override
        public Clock withZone(ZoneId zone) {
            return new SteppingClock(seconds, zone);
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndIncrement());
        }
    }
}
