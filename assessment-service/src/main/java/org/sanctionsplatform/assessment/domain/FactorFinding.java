package org.sanctionsplatform.assessment.domain;

import java.util.Objects;

/** The officer's finding on one case factor (§5.5–5.7): its effect and the rationale. */
public record FactorFinding(CaseFactor factor, FactorEffect effect, String rationale) {
    public FactorFinding {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(effect, "effect");
    }
}
