package org.sanctionsplatform.publication.application;

import java.util.Objects;

/** The consumed event that caused a change, for the causation and correlation ids of what follows from it. */
public record EventCause(String eventId, String correlationId) {
    public EventCause {
        Objects.requireNonNull(eventId, "eventId");
    }

    public String correlationOrSelf() {
        return correlationId != null ? correlationId : eventId;
    }
}
