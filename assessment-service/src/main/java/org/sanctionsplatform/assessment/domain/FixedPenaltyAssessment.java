package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * Where a fixed-penalty case stands on the Figure 13A ladder (§13): whether its offences qualify, which occurrence
 * this is, the amount (£5,000 or £10,000) when a fixed penalty is likely, and whether the full process applies.
 */
public record FixedPenaltyAssessment(boolean qualifies, int occurrence, BigDecimal amount, boolean escalateToFullProcess,
                                     LikelyOutcome outcome, String reason) {
}
