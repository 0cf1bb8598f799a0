package org.sanctionsplatform.deadline.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The case event that caused a change: deadline events name it as their cause and share its correlation id. */
public record Causation(String eventId, Optional<String> correlationId, Instant occurredAt) {

    public Causation {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The correlation id to carry on: the cause's own, or the cause itself when it started the chain. */
    public String correlation() {
        return correlationId.orElse(eventId);
    }
}
