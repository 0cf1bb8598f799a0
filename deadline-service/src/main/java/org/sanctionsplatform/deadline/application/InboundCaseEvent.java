package org.sanctionsplatform.deadline.application;

import java.util.Objects;
import org.sanctionsplatform.guidance.windows.CaseEvent;

/** A case event the service acts on, with the envelope facts its deadline events refer back to. */
public record InboundCaseEvent(CaseEvent event, Causation causation) {

    public InboundCaseEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(causation, "causation");
    }
}
