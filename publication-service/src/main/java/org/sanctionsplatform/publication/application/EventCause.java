package org.sanctionsplatform.publication.application;

import java.util.Objects;
import org.sanctionsplatform.support.audit.Actor;

/**
 * The consumed event that caused a change, for the causation and correlation ids of what follows from it, and who
 * caused it ({@code actor}, null when it names nobody, issue 9.3), kept with the change and carried on its events.
 */
public record EventCause(String eventId, String correlationId, Actor actor) {
    public EventCause {
        Objects.requireNonNull(eventId, "eventId");
    }

    /** A cause that names nobody. */
    public EventCause(String eventId, String correlationId) {
        this(eventId, correlationId, null);
    }

    public String correlationOrSelf() {
        return correlationId != null ? correlationId : eventId;
    }
}
