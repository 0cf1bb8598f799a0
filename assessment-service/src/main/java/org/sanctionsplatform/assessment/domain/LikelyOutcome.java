package org.sanctionsplatform.assessment.domain;

/** The likely outcome of a case (§5.8 Figure 5B, §5.9). */
public enum LikelyOutcome {
    NO_BREACH,
    NO_ACTION,
    PRIVATE_WARNING,
    DISCLOSURE,
    CIVIL_MONETARY_PENALTY,
    REFERRAL_OR_PENALTY,
    /** §13: a fixed monetary penalty of £5,000 or £10,000 (Figure 13A). */
    FIXED_MONETARY_PENALTY,
    /** §13.1: not for the fixed-penalty process (or repeated after a £10,000 fixed penalty): the full process applies. */
    FULL_PROCESS,
    UNDETERMINED;

    /** Outcomes for which a monetary penalty is set inside a baseline band (§6.2). */
    public boolean isPenalty() {
        return this == CIVIL_MONETARY_PENALTY || this == REFERRAL_OR_PENALTY;
    }
}
