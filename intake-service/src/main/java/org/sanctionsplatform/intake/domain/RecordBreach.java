package org.sanctionsplatform.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Command: record a breach against one subject of the case, named by id or by position in the case's
 * subjects.
 *
 * @param estimatedValue GBP, at least 0, in pence; null when the value cannot be estimated (§6.2)
 * @param establishedOnBalanceOfProbabilities null for true (§5.2)
 */
public record RecordBreach(String subjectId, Integer subjectIndex, BreachType breachType, String regime,
                           String regulation, String description, LocalDate breachDate, LocalDate breachEndDate,
                           BigDecimal estimatedValue, Boolean establishedOnBalanceOfProbabilities,
                           Boolean knewOrHadReasonableCauseToSuspect) {
}
