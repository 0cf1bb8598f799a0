package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code deadline_assessed_terms}: the latest assessed fixed-penalty finding of a case. */
@MappedEntity("deadline_assessed_terms")
public record AssessedTermsRow(@Id String caseId, boolean halvedWindows, String assessmentEventId, Instant recordedAt) {
}
