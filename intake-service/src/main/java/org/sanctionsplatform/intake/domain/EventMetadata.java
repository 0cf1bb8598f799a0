package org.sanctionsplatform.intake.domain;

import java.time.Instant;
import java.util.Objects;

/** Identity and times of a case event: {@code occurredAt} in the world, {@code recordedAt} by the platform. */
public record EventMetadata(String eventId, CaseId caseId, Instant occurredAt, Instant recordedAt) {

    public EventMetadata {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
