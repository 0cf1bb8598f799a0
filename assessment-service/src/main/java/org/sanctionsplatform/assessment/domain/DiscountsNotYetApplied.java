package org.sanctionsplatform.assessment.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Discounts (§6.3–6.9: voluntary disclosure and co-operation up to 30%, Early Account Scheme up to 20%, settlement
 * 20%) and financial hardship (§7.2) belong to a later rulebook version. This rule says so in the explanation and
 * lists what was recorded, so that nobody mistakes the baseline for a discounted penalty.
 */
public final class DiscountsNotYetApplied {

    public static final String NAME = "Discounts";
    public static final String SECTION = "6.3";

    public RuleResult<Void> apply(List<SubjectPenalty> penalties, CaseFile file) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (SubjectPenalty penalty : penalties) {
            file.latestDecisionFor(penalty.subjectId()).ifPresent(d -> inputs.put(penalty.subjectId(),
                    "voluntaryDisclosure=" + percent(d.voluntaryDisclosureDiscountPercent())
                    + ", earlyAccount=" + percent(d.earlyAccountDiscountPercent())
                    + ", settlementClaimed=" + d.settlementDiscountClaimed()
                    + ", hardshipReduction=" + text(d.hardshipReduction())));
        }
        return new RuleResult<>(null, NAME, SECTION, inputs,
                "discounts are not yet applied by this rulebook version (and no hardship reduction, §7.2):"
                + " the penalty after discounts equals the baseline");
    }

    private static String percent(java.math.BigDecimal value) {
        return value == null ? "none" : value.toPlainString() + "%";
    }

    private static String text(java.math.BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }
}
