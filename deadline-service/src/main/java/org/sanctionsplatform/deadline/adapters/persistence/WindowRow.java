package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code deadline_window}. */
@MappedEntity("deadline_window")
public record WindowRow(@Id String windowId, String caseId, String kind, @Nullable String subjectId,
                        String guidanceSection, String division, LocalDate startsOn, String lengthText,
                        LocalDate dueDate, Instant dueAt, boolean fixedPenaltyCase, String openedBy, String state,
                        @Nullable String stateReason, Instant createdAt, Instant updatedAt,
                        int extendedBusinessDays, @Nullable String replacesWindowId, @Nullable String metBy) {
}
