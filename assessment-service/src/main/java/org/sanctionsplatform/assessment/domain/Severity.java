package org.sanctionsplatform.assessment.domain;

/** The officer's severity rating of a case (§5.6, factors A–D). */
public enum Severity {
    LOW, MEDIUM, HIGH
}
