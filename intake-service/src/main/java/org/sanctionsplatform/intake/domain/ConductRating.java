package org.sanctionsplatform.intake.domain;

/** The officer's overall rating of the conduct of the person who breached (§5.8). */
public enum ConductRating {
    MITIGATING,
    NEUTRAL,
    AGGRAVATING
}
