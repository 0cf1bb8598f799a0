package org.sanctionsplatform.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.guidance.penalty.BreachFunds;
import org.sanctionsplatform.guidance.penalty.CaseMaximum;

/**
 * The case's statutory maximum, as the shared rule {@link CaseMaximum} works it out (s.146, §6.2): once for the case as
 * a whole, on the aggregated estimated value of its established breaches, the same funds recorded under two
 * prohibitions counted once, with each breach's own figure shown beside it.
 */
public final class StatutoryMaximumRule {

    public static final String NAME = "StatutoryMaximum";
    public static final String SECTION = "6.2 (s.146)";
    public static final String PREVIOUS_SECTION = "s.146(3)-(4)";

    public RuleResult<CaseMaximum> apply(List<BreachAssessment> breaches, RulebookVersion rulebook) {
        StringBuilder perBreach = new StringBuilder();
        List<BreachFunds> funds = new ArrayList<>(breaches.size());
        for (BreachAssessment b : breaches) {
            if (perBreach.length() > 0) {
                perBreach.append(", ");
            }
            perBreach.append(b.breachId()).append('=').append(b.statutoryMaximumAlone().toPlainString());
            funds.add(new BreachFunds(b.breachId(), b.established(), b.estimatedValue(), b.sharesFundsWithBreachId()));
        }
        CaseMaximum maximum = CaseMaximum.of(funds);
        StringBuilder shared = new StringBuilder();
        for (CaseMaximum.FundsCountedOnce c : maximum.countedOnce()) {
            shared.append(shared.length() == 0 ? "" : ", ").append(c.breachId()).append('=').append(c.countedWith());
        }
        var inputs = RuleResult.inputs(
                "establishedBreaches", String.join(", ", maximum.establishedBreachIds()),
                "aggregatedValue", maximum.aggregatedValue(),
                "perBreachMaximum", perBreach.toString(),
                "fundsCountedOnce", shared.length() == 0 ? null : shared.toString());
        return new RuleResult<>(maximum, NAME, Citation.of(rulebook, SECTION, PREVIOUS_SECTION), inputs,
                maximum.describe());
    }
}
