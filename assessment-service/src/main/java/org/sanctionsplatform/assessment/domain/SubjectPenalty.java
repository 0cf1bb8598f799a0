package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The penalty breakdown for one subject (officers of a body are separate subjects with separate penalties, s.148):
 * baseline, whether it lies outside the level's band (a recorded departure, §6.2), discounts, hardship and the final
 * penalty.
 */
public record SubjectPenalty(
        String subjectId,
        String subjectName,
        SubjectType subjectType,
        BigDecimal baseline,
        boolean baselineOutsideBand,
        String baselineDepartureReason,
        List<Discount> discounts,
        BigDecimal totalDiscountPercent,
        BigDecimal penaltyAfterDiscounts,
        BigDecimal hardshipReduction,
        String hardshipReason,
        String instalmentPlan,
        BigDecimal finalPenalty) {

    public SubjectPenalty {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }
}
