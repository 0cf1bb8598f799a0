package org.sanctionsplatform.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Command: record the decision maker's penalty decision for one subject (§6.2–6.10, §7.2).
 *
 * @param component the penalty component decided, when the subject receives more than one penalty in the case (e.g.
 *                  one per regulation breached); null for its single penalty
 */
public record RecordPenaltyDecision(String subjectId, LocalDate decidedOn, String decisionMaker, BigDecimal baseline,
                                    String baselineDepartureReason, BigDecimal voluntaryDisclosureDiscountPercent,
                                    BigDecimal earlyAccountDiscountPercent, Boolean settlementDiscountClaimed,
                                    BigDecimal hardshipReduction, String hardshipReason, String instalmentPlan,
                                    String rationale, String component) {

    /** A decision on the subject's single penalty. */
    public RecordPenaltyDecision(String subjectId, LocalDate decidedOn, String decisionMaker, BigDecimal baseline,
                                 String baselineDepartureReason, BigDecimal voluntaryDisclosureDiscountPercent,
                                 BigDecimal earlyAccountDiscountPercent, Boolean settlementDiscountClaimed,
                                 BigDecimal hardshipReduction, String hardshipReason, String instalmentPlan,
                                 String rationale) {
        this(subjectId, decidedOn, decisionMaker, baseline, baselineDepartureReason, voluntaryDisclosureDiscountPercent,
                earlyAccountDiscountPercent, settlementDiscountClaimed, hardshipReduction, hardshipReason, instalmentPlan,
                rationale, null);
    }
}
