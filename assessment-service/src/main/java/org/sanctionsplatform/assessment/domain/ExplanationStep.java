package org.sanctionsplatform.assessment.domain;

import java.util.Map;

/** One numbered step of an assessment's explanation: the rule applied, its section, its inputs and what it concluded (§7). */
public record ExplanationStep(int step, String rule, String section, Map<String, String> inputs, String outcome) {
    public ExplanationStep {
        // Sorted so that the stored and published explanation reads the same every time.
        inputs = inputs == null ? Map.of() : Inputs.copyOf(inputs);
    }
}
