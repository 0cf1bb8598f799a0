package org.sanctionsplatform.deadline.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.support.audit.Actor;

/**
 * The case event that caused a change: deadline events name it as their cause and share its correlation id, and carry
 * its {@code actor} (who caused it, issue 9.3; empty when it names nobody), which the window rows keep too.
 */
public record Causation(String eventId, Optional<String> correlationId, Instant occurredAt, Optional<Actor> actor) {

    public Causation {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
    }

    /** A cause that names nobody. */
    public Causation(String eventId, Optional<String> correlationId, Instant occurredAt) {
        this(eventId, correlationId, occurredAt, Optional.empty());
    }

    /** The correlation id to carry on: the cause's own, or the cause itself when it started the chain. */
    public String correlation() {
        return correlationId.orElse(eventId);
    }
}
