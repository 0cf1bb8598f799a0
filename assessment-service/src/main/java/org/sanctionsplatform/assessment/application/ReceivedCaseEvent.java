package org.sanctionsplatform.assessment.application;

import java.time.Instant;
import java.util.Objects;
import org.sanctionsplatform.assessment.domain.CaseInput;

/** A case event as the assessment sees it: the change to the case's inputs and the envelope facts needed to trace it. */
public record ReceivedCaseEvent(String eventId, String caseId, Instant occurredAt, String correlationId, CaseInput input) {
    public ReceivedCaseEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(input, "input");
    }
}
