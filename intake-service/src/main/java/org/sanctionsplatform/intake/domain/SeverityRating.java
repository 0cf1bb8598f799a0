package org.sanctionsplatform.intake.domain;

/** The officer's overall severity rating of the breaches (§5.8). */
public enum SeverityRating {
    LOW,
    MEDIUM,
    HIGH
}
