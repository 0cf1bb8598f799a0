package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision maker's penalty decision for one subject (§6.2–6.10, §7.2) as recorded; whether the discounts
 * are available and what the penalty comes to is the rulebook's work (assessment-service). {@code component} names the
 * penalty decided when the subject receives more than one in the case; null for its single penalty.
 */
public record PenaltyDecision(String decisionId, SubjectId subjectId, LocalDate decidedOn, String decisionMaker,
                              Gbp baseline, String baselineDepartureReason,
                              Percentage voluntaryDisclosureDiscountPercent, Percentage earlyAccountDiscountPercent,
                              boolean settlementDiscountClaimed, Gbp hardshipReduction, String hardshipReason,
                              String instalmentPlan, String rationale, String component) {

    public PenaltyDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(decisionMaker, "decisionMaker");
    }
}
