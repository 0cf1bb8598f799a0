package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;

/** Command: close the case. */
public record CloseCase(LocalDate closedOn, CaseClosureReason reason, String notes) {
}
