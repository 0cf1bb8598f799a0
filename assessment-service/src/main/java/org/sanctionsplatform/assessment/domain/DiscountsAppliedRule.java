package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Applies the discounts once (§6.3): the applied discounts are added together (never above 70% under the 2026
 * guidance, 50% under the previous one), then taken off the baseline in one step. The penalty can never exceed the
 * statutory maximum (s.146, §6.2).
 */
public final class DiscountsAppliedRule {

    public static final String NAME = "DiscountsApplied";
    public static final String SECTION = "6.3, 6.10";

    /** The total percent applied and the penalty after discounts. */
    public record Result(BigDecimal totalPercent, BigDecimal penaltyAfterDiscounts) {
    }

    public RuleResult<Result> apply(Subject subject, BigDecimal baseline, List<Discount> discounts,
                                    RulebookVersion rulebook, BigDecimal statutoryMaximum) {
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
        boolean overMaximum = after.compareTo(statutoryMaximum) > 0;
        if (overMaximum) {
            after = statutoryMaximum;
        }
        var inputs = RuleResult.inputs(
                "subjectId", subject.subjectId(),
                "baseline", baseline,
                "appliedDiscounts", parts.length() == 0 ? null : parts.toString(),
                "totalCapPercent", cap,
                "statutoryMaximum", statutoryMaximum);
        String outcome = subject.name() + ": "
                + (parts.length() == 0 ? "no discount applies" : "discounts " + parts + " = " + Money.percentText(total)
                + (capped ? " (capped at " + Money.percentText(cap) + ")" : ""))
                + "; " + Money.format(baseline) + " less " + Money.percentText(total) + " = " + Money.format(after)
                + (overMaximum ? ", limited to the statutory maximum " + Money.format(statutoryMaximum) + " (s.146)" : "");
        return new RuleResult<>(new Result(total, after), NAME, SECTION, inputs, outcome);
    }
}
