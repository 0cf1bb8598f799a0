package org.sanctionsplatform.guidance.windows;

/** Which penalty process a case follows; it decides the length of several windows. */
public enum Procedure {
    /** The full monetary penalty process, guidance chapters 3 to 11. */
    CIVIL_MONETARY_PENALTY,
    /** Information, reporting and licensing offences, guidance chapter 13: some windows are halved (§13.3). */
    FIXED_MONETARY_PENALTY;

    public boolean isFixedPenalty() {
        return this == FIXED_MONETARY_PENALTY;
    }
}
