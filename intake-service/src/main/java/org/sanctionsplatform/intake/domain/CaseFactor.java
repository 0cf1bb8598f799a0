package org.sanctionsplatform.intake.domain;

/**
 * The case factors of §5.5: A–D rate the severity of the breaches (§5.6), E–H and "other" the conduct of
 * the person who breached (§5.7).
 */
public enum CaseFactor {
    A_CIRCUMVENTION(Kind.SEVERITY),
    B_VALUE(Kind.SEVERITY),
    C_STRATEGIC_PRIORITY(Kind.SEVERITY),
    D_HARM_OR_RISK_OF_HARM(Kind.SEVERITY),
    E_INTENTION_OR_KNOWLEDGE(Kind.CONDUCT),
    F_AWARENESS_OF_SANCTIONS_RISK(Kind.CONDUCT),
    G_OWNERSHIP_AND_CONTROL_DUE_DILIGENCE(Kind.CONDUCT),
    H_REPEATED_PERSISTENT_OR_EXTENDED(Kind.CONDUCT),
    /** "Other case factor" (§5.5): may be recorded more than once. */
    OTHER_CONDUCT(Kind.CONDUCT);

    /** Severity factors are rated LOW/MEDIUM/HIGH, conduct factors MITIGATING/NEUTRAL/AGGRAVATING (§5.8). */
    public enum Kind { SEVERITY, CONDUCT }

    private final Kind kind;

    CaseFactor(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
