package org.sanctionsplatform.intake.domain;

import java.util.Objects;

/** The officer's finding on one case factor (§5.5–5.7), with its rationale. */
public record FactorFinding(CaseFactor factor, FactorEffect effect, String rationale) {

    public FactorFinding {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(rationale, "rationale");
        if (!effect.appliesTo(factor)) {
            throw new IllegalArgumentException(effect + " is not a finding on " + factor);
        }
    }
}
