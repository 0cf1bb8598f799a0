package org.sanctionsplatform.assessment.domain;

/** The officer's finding on one case factor: LOW/MEDIUM/HIGH for severity (§5.6), the rest for conduct (§5.7). */
public enum FactorEffect {
    LOW(true), MEDIUM(true), HIGH(true), MITIGATING(false), NEUTRAL(false), AGGRAVATING(false);

    private final boolean severity;

    FactorEffect(boolean severity) {
        this.severity = severity;
    }

    public boolean fits(CaseFactor factor) {
        return factor.isSeverity() == severity;
    }
}
