package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Applies the discounts once (§6.3): the applied discounts are added together (never above 70% under the 2026
 * guidance, 50% under the previous one), then taken off the baseline in one step. The baseline is already within the
 * statutory maximum ({@link BaselinePenaltyRule}), so the penalty never exceeds it (s.146(2)).
 */
public final class DiscountsAppliedRule {

    public static final String NAME = "DiscountsApplied";
    public static final String SECTION = "6.3, 6.10";
    public static final String PREVIOUS_SECTION = "previous guidance (discounts)";

    /** The total percent applied and the penalty after discounts. */
    public record Result(BigDecimal totalPercent, BigDecimal penaltyAfterDiscounts) {
    }

    /** @param who how the explanation names the penalty: the subject, with its component if it has several */
    public RuleResult<Result> apply(Subject subject, String who, BigDecimal baseline, List<Discount> discounts,
                                    RulebookVersion rulebook) {
        BigDecimal total = Money.percent("0");
        StringBuilder parts = new StringBuilder();
        for (Discount d : discounts) {
            if (d.applied()) {
                total = total.add(d.percent());
                if (parts.length() > 0) {
                    parts.append(" + ");
                }
                parts.append(Money.percentText(d.percent())).append(' ').append(d.kind().words());
            }
        }
        BigDecimal cap = DiscountCaps.total(rulebook);
        boolean capped = total.compareTo(cap) > 0;
        if (capped) {
            total = cap;
        }
        BigDecimal after = baseline.subtract(Money.percentOf(baseline, total));
        var inputs = RuleResult.inputs(
                "subjectId", subject.subjectId(),
                "baseline", baseline,
                "appliedDiscounts", parts.length() == 0 ? null : parts.toString(),
                "totalCapPercent", cap);
        String outcome = who + ": "
                + (parts.length() == 0 ? "no discount applies" : "discounts " + parts + " = " + Money.percentText(total)
                + (capped ? " (capped at " + Money.percentText(cap) + ")" : ""))
                + "; " + Money.format(baseline) + " less " + Money.percentText(total) + " = " + Money.format(after);
        return new RuleResult<>(new Result(total, after), NAME, Citation.of(rulebook, SECTION, PREVIOUS_SECTION), inputs,
                outcome);
    }
}
