package org.sanctionsplatform.deadline.timers;

import java.time.Instant;
import java.util.Objects;

/** One timer of a window: what it does and when it falls due. */
public record ScheduledTimer(TimerKind kind, Instant fireAt) {

    public ScheduledTimer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fireAt, "fireAt");
    }
}
