package org.sanctionsplatform.bench.pipeline;

import java.time.Instant;

/**
 * The one time base of the harness: wall-clock microseconds since the epoch. Kafka record timestamps and the
 * services' database timestamps are wall-clock instants of the same host, so every figure compares like with like.
 */
final class WallClock {

    private WallClock() {
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    /** Sleeps until the given wall-clock instant (microseconds); returns at once if it has passed. */
    static void sleepUntil(long micros) throws InterruptedException {
        long wait = micros - nowMicros();
        if (wait > 2_000) {
            Thread.sleep((wait - 1_000) / 1_000);
        }
        while (nowMicros() < micros) {
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(50_000);
        }
    }
}
