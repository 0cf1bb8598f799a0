package org.sanctionsplatform.intake.domain;

/** Which penalty process the case follows. */
public enum CaseProcedure {
    /** The full process: case assessment, notice of intention, representations, review, appeal (chapters 5–11). */
    CIVIL_MONETARY_PENALTY,
    /** Information, reporting and licensing offences, with halved windows (chapter 13). */
    FIXED_MONETARY_PENALTY
}
