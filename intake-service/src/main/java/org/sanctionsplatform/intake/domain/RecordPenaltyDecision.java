package org.sanctionsplatform.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Command: record the decision maker's penalty decision for one subject (§6.2–6.10, §7.2). */
public record RecordPenaltyDecision(String subjectId, LocalDate decidedOn, String decisionMaker, BigDecimal baseline,
                                    String baselineDepartureReason, BigDecimal voluntaryDisclosureDiscountPercent,
                                    BigDecimal earlyAccountDiscountPercent, Boolean settlementDiscountClaimed,
                                    BigDecimal hardshipReduction, String hardshipReason, String instalmentPlan,
                                    String rationale) {
}
