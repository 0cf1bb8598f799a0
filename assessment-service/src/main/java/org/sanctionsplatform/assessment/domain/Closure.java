package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;

/** The case was closed on a date for a reason. */
public record Closure(LocalDate closedOn, String reason, String notes) {
}
