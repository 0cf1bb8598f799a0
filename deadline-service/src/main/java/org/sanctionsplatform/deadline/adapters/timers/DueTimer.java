package org.sanctionsplatform.deadline.adapters.timers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.domain.WindowKind;
import org.sanctionsplatform.deadline.timers.TimerKind;

/** A claimed timer row, as the sweep fires it. */
record DueTimer(String windowId, TimerKind kind, String caseId, WindowKind windowKind, Optional<String> subjectId,
                String guidanceSection, Division division, LocalDate dueDate, Instant dueAt, Instant fireAt,
                Optional<String> causationId, Optional<String> correlationId) {
}
