package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code deadline_extension}: one agreed extension of a window, granted ({@code refusal} null) or refused. */
@MappedEntity("deadline_extension")
public record ExtensionRow(@Id String extensionId, String windowId, String caseId, String milestoneId,
                           LocalDate agreedOn, int requestedBusinessDays, String reason, @Nullable String refusal,
                           LocalDate previousDueDate, LocalDate dueDate, Instant recordedAt) {
}
