package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * Financial hardship (§7.2): in exceptional circumstances, on objective evidence, OFSI may reduce the penalty or
 * accept payment in instalments. The reduction is recorded with its reason, never takes the penalty below zero, and
 * is applied after the discounts; an instalment plan leaves the amount unchanged. The hardship policy is new in the
 * 2026 guidance (§1.1); under the previous guidance a recorded reduction rests on the Treasury's power to determine
 * the amount (s.146(2)).
 */
public final class FinancialHardshipRule {

    public static final String NAME = "FinancialHardship";
    public static final String SECTION = "7.2";
    public static final String PREVIOUS_SECTION = "s.146(2) (no published hardship policy before 2026)";

    /** @param who how the explanation names the penalty: the subject, with its component if it has several */
    public RuleResult<BigDecimal> apply(Subject subject, String who, BigDecimal penaltyAfterDiscounts,
                                        PenaltyDecision decision, RulebookVersion rulebook) {
        BigDecimal reduction = decision.hardshipReduction();
        String reason = decision.hardshipReason();
        String plan = decision.instalmentPlan();
        var inputs = RuleResult.inputs(
                "subjectId", subject.subjectId(),
                "penaltyAfterDiscounts", penaltyAfterDiscounts,
                "hardshipReduction", reduction,
                "hardshipReason", reason,
                "instalmentPlan", plan);
        String why = reason == null || reason.isBlank() ? "no reason recorded" : reason;
        StringBuilder text = new StringBuilder(who).append(": ");
        BigDecimal result = penaltyAfterDiscounts;
        if (reduction != null && reduction.signum() > 0) {
            BigDecimal applied = reduction.min(penaltyAfterDiscounts);
            result = penaltyAfterDiscounts.subtract(applied);
            text.append("financial hardship reduction of ").append(Money.format(applied))
                    .append(applied.compareTo(reduction) < 0 ? " (limited to the penalty)" : "")
                    .append(" (").append(why).append(")");
        } else {
            text.append("no financial hardship reduction");
        }
        if (plan != null && !plan.isBlank()) {
            text.append("; instalment plan: ").append(plan).append(" (").append(why).append(")");
        }
        text.append("; penalty ").append(Money.format(result));
        return new RuleResult<>(result, NAME, Citation.of(rulebook, SECTION, PREVIOUS_SECTION), inputs, text.toString());
    }
}
