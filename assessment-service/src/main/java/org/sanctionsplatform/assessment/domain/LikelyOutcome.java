package org.sanctionsplatform.assessment.domain;

/** The likely outcome of a case (§5.8 Figure 5B, §5.9). */
public enum LikelyOutcome {
    NO_BREACH,
    NO_ACTION,
    PRIVATE_WARNING,
    DISCLOSURE,
    CIVIL_MONETARY_PENALTY,
    REFERRAL_OR_PENALTY,
    UNDETERMINED;

    /** Outcomes for which a monetary penalty is set inside a baseline band (§6.2). */
    public boolean isPenalty() {
        return this == CIVIL_MONETARY_PENALTY || this == REFERRAL_OR_PENALTY;
    }
}
