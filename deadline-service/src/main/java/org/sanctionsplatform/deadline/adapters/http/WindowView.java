package org.sanctionsplatform.deadline.adapters.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import org.sanctionsplatform.deadline.domain.Window;

/**
 * A window as {@code GET /cases/{id}/deadlines} shows it. {@code dueAt} is the UTC instant at which the due
 * day ends in Europe/London; {@code subjectId} is null for a case-wide window.
 */
@Serdeable
public record WindowView(String windowId, String kind, String guidanceSection, @Nullable String subjectId,
                         LocalDate startsOn, String length, LocalDate dueDate, Instant dueAt, String division,
                         boolean fixedPenaltyCase, String state) {

    static WindowView of(Window window) {
        return new WindowView(window.id().value(), window.kind().name(), window.guidanceSection(),
                window.subjectId().orElse(null), window.startsOn(), window.length().describe(), window.dueDate(),
                window.dueAt(), window.division().name(), window.fixedPenaltyCase(), window.state().name());
    }
}
