package org.sanctionsplatform.assessment.domain;

/** The case factors of §5.5: severity factors A–D (§5.6) and conduct factors E–H and other (§5.7). */
public enum CaseFactor {
    A_CIRCUMVENTION(true),
    B_VALUE(true),
    C_STRATEGIC_PRIORITY(true),
    D_HARM_OR_RISK_OF_HARM(true),
    E_INTENTION_OR_KNOWLEDGE(false),
    F_AWARENESS_OF_SANCTIONS_RISK(false),
    G_OWNERSHIP_AND_CONTROL_DUE_DILIGENCE(false),
    H_REPEATED_PERSISTENT_OR_EXTENDED(false),
    OTHER_CONDUCT(false);

    private final boolean severity;

    CaseFactor(boolean severity) {
        this.severity = severity;
    }

    /** A severity factor (§5.6) is rated LOW/MEDIUM/HIGH; a conduct factor (§5.7) MITIGATING/NEUTRAL/AGGRAVATING. */
    public boolean isSeverity() {
        return severity;
    }
}
