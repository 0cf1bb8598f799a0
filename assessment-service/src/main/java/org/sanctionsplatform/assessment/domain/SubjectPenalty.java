package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The penalty breakdown for one subject, or for one of its penalty components when it receives more than one in the
 * case ({@code component}; null for its single penalty). Officers of a body are separate subjects with separate
 * penalties (s.148). Baseline, whether it lies outside the level's band (a recorded departure, §6.2), discounts,
 * hardship and the final penalty.
 */
public record SubjectPenalty(
        String subjectId,
        String subjectName,
        SubjectType subjectType,
        String officerOfSubjectId,
        BigDecimal baseline,
        boolean baselineOutsideBand,
        String baselineDepartureReason,
        List<Discount> discounts,
        BigDecimal totalDiscountPercent,
        BigDecimal penaltyAfterDiscounts,
        BigDecimal hardshipReduction,
        String hardshipReason,
        String instalmentPlan,
        BigDecimal finalPenalty,
        String component) {

    public SubjectPenalty {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    /** The same penalty after the discounts (§6.3) and financial hardship (§7.2). */
    public SubjectPenalty settled(List<Discount> applied, BigDecimal totalPercent, BigDecimal afterDiscounts,
                                  PenaltyDecision decision, BigDecimal finalAmount) {
        return new SubjectPenalty(subjectId, subjectName, subjectType, officerOfSubjectId, baseline, baselineOutsideBand,
                baselineDepartureReason, applied, totalPercent, afterDiscounts, decision.hardshipReduction(),
                decision.hardshipReason(), decision.instalmentPlan(), finalAmount, component);
    }
}
