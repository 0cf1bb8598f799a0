package org.sanctionsplatform.intake.domain;

/** The finding on one case factor: a severity rating for A–D (§5.6), a conduct effect for E–H and other (§5.7). */
public enum FactorEffect {
    LOW(CaseFactor.Kind.SEVERITY),
    MEDIUM(CaseFactor.Kind.SEVERITY),
    HIGH(CaseFactor.Kind.SEVERITY),
    MITIGATING(CaseFactor.Kind.CONDUCT),
    NEUTRAL(CaseFactor.Kind.CONDUCT),
    AGGRAVATING(CaseFactor.Kind.CONDUCT);

    private final CaseFactor.Kind appliesTo;

    FactorEffect(CaseFactor.Kind appliesTo) {
        this.appliesTo = appliesTo;
    }

    public boolean appliesTo(CaseFactor factor) {
        return factor.kind() == appliesTo;
    }
}
