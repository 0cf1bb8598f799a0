package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision maker's penalty decision for one subject: the baseline set inside the level's band (§6.2) and
 * the discount, hardship and instalment claims recorded with it (§6.3–6.10, §7.2). {@code component} names the
 * penalty it decides when the subject receives more than one in the case (one per regulation breached, as in the
 * published Standard Chartered outcome); null for the subject's single penalty.
 */
public record PenaltyDecision(
        String subjectId,
        LocalDate decidedOn,
        String decisionMaker,
        BigDecimal baseline,
        String baselineDepartureReason,
        BigDecimal voluntaryDisclosureDiscountPercent,
        BigDecimal earlyAccountDiscountPercent,
        boolean settlementDiscountClaimed,
        BigDecimal hardshipReduction,
        String hardshipReason,
        String instalmentPlan,
        String rationale,
        String component) {

    public PenaltyDecision {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(decidedOn, "decidedOn");
        baseline = Money.gbp(baseline);
        hardshipReduction = Money.gbp(hardshipReduction);
        // Percentages at scale 2, as the case events carry them, so every path states them alike.
        voluntaryDisclosureDiscountPercent = Money.gbp(voluntaryDisclosureDiscountPercent);
        earlyAccountDiscountPercent = Money.gbp(earlyAccountDiscountPercent);
    }

    /** The decision of a subject's single penalty. */
    public PenaltyDecision(String subjectId, LocalDate decidedOn, String decisionMaker, BigDecimal baseline,
                           String baselineDepartureReason, BigDecimal voluntaryDisclosureDiscountPercent,
                           BigDecimal earlyAccountDiscountPercent, boolean settlementDiscountClaimed,
                           BigDecimal hardshipReduction, String hardshipReason, String instalmentPlan, String rationale) {
        this(subjectId, decidedOn, decisionMaker, baseline, baselineDepartureReason, voluntaryDisclosureDiscountPercent,
                earlyAccountDiscountPercent, settlementDiscountClaimed, hardshipReduction, hardshipReason,
                instalmentPlan, rationale, null);
    }
}
