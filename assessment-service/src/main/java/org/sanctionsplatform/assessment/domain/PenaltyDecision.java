package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision maker's penalty decision for one subject: the baseline set inside the level's band (§6.2) and
 * the discount, hardship and instalment claims recorded with it (§6.3–6.10, §7.2).
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
        String rationale) {

    public PenaltyDecision {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(decidedOn, "decidedOn");
        baseline = Money.gbp(baseline);
        hardshipReduction = Money.gbp(hardshipReduction);
        // Percentages at scale 2, as the case events carry them, so every path states them alike.
        voluntaryDisclosureDiscountPercent = Money.gbp(voluntaryDisclosureDiscountPercent);
        earlyAccountDiscountPercent = Money.gbp(earlyAccountDiscountPercent);
    }
}
