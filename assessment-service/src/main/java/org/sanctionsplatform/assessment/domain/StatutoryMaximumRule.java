package org.sanctionsplatform.assessment.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The case's statutory maximum (s.146, §6.2) on the aggregated estimated value of its established breaches, with
 * each breach's own figure shown beside it.
 */
public final class StatutoryMaximumRule {

    public static final String NAME = "StatutoryMaximum";
    public static final String SECTION = "6.2 (s.146)";

    public RuleResult<StatutoryMaximum> apply(List<BreachAssessment> breaches) {
        List<BreachAssessment> established = breaches.stream().filter(BreachAssessment::established).toList();
        StatutoryMaximum maximum = StatutoryMaximum.forValues(
                established.stream().map(BreachAssessment::estimatedValue).toList());
        var inputs = RuleResult.inputs(
                "establishedBreaches", established.stream().map(BreachAssessment::breachId).collect(Collectors.joining(", ")),
                "aggregatedValue", maximum.aggregatedValue(),
                "perBreachMaximum", breaches.stream()
                        .map(b -> b.breachId() + "=" + b.statutoryMaximumAlone().toPlainString())
                        .collect(Collectors.joining(", ")));
        String outcome = maximum.aggregatedValue() == null
                ? Money.format(maximum.amount()) + ": no value of an established breach can be estimated"
                : Money.format(maximum.amount()) + ": the greater of £1,000,000.00 and 50% of the aggregated value "
                  + Money.format(maximum.aggregatedValue()) + " of " + established.size()
                  + (established.size() == 1 ? " established breach" : " established breaches");
        return new RuleResult<>(maximum, NAME, SECTION, inputs, outcome);
    }
}
