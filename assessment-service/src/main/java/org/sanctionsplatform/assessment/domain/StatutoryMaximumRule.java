package org.sanctionsplatform.assessment.domain;

import java.util.List;

/**
 * The case's statutory maximum (s.146, §6.2) on the aggregated estimated value of its established breaches, with
 * each breach's own figure shown beside it.
 */
public final class StatutoryMaximumRule {

    public static final String NAME = "StatutoryMaximum";
    public static final String SECTION = "6.2 (s.146)";

    public RuleResult<StatutoryMaximum> apply(List<BreachAssessment> breaches) {
        StringBuilder established = new StringBuilder();
        StringBuilder perBreach = new StringBuilder();
        int count = 0;
        java.math.BigDecimal sum = null;
        for (BreachAssessment b : breaches) {
            if (perBreach.length() > 0) {
                perBreach.append(", ");
            }
            perBreach.append(b.breachId()).append('=').append(b.statutoryMaximumAlone().toPlainString());
            if (!b.established()) {
                continue;
            }
            count++;
            if (established.length() > 0) {
                established.append(", ");
            }
            established.append(b.breachId());
            if (b.estimatedValue() != null) {
                sum = sum == null ? b.estimatedValue() : sum.add(b.estimatedValue());
            }
        }
        StatutoryMaximum maximum = StatutoryMaximum.forValue(sum);
        var inputs = RuleResult.inputs(
                "establishedBreaches", established.toString(),
                "aggregatedValue", maximum.aggregatedValue(),
                "perBreachMaximum", perBreach.toString());
        String outcome = maximum.aggregatedValue() == null
                ? Money.format(maximum.amount()) + ": no value of an established breach can be estimated"
                : Money.format(maximum.amount()) + ": the greater of £1,000,000.00 and 50% of the aggregated value "
                  + Money.format(maximum.aggregatedValue()) + " of " + count
                  + (count == 1 ? " established breach" : " established breaches");
        return new RuleResult<>(maximum, NAME, SECTION, inputs, outcome);
    }
}
