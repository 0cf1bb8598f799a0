package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code deadline_case}. */
@MappedEntity("deadline_case")
public record CaseRow(@Id String caseId, String procedureKind, String division, LocalDate openedOn,
                      @Nullable LocalDate closedOn, Instant recordedAt, @Nullable String windowTerms) {
}
