package org.sanctionsplatform.assessment.application;

import java.time.Instant;
import java.util.Objects;
import org.sanctionsplatform.assessment.domain.CaseInput;
import org.sanctionsplatform.support.audit.Actor;

/**
 * A case event as the assessment sees it: the change to the case's inputs and the envelope facts needed to trace it,
 * including who caused it ({@code actor}, null when the event carries none), which the assessment made from it keeps.
 */
public record ReceivedCaseEvent(String eventId, String caseId, Instant occurredAt, String correlationId, CaseInput input,
                                Actor actor) {
    public ReceivedCaseEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(input, "input");
    }
}
