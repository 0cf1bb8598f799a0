package org.sanctionsplatform.assessment.domain;

import java.util.Map;
import java.util.Objects;

/**
 * What one rule concluded: its value, the rule's name, the guidance section it applies, the inputs it looked at
 * and, in words, its outcome and reason. The rulebook turns each result into one step of the explanation.
 */
public record RuleResult<T>(T value, String rule, String section, Map<String, String> inputs, String outcome) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(outcome, "outcome");
        inputs = Inputs.copyOf(inputs);
    }

    /** The inputs, sorted by name and rendered as text; a null value reads "none". */
    public static Map<String, String> inputs(Object... keysAndValues) {
        return Inputs.of(keysAndValues);
    }
}
