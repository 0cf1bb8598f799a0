package org.sanctionsplatform.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Command: record a breach against one subject of the case, named by id or by position in the case's
 * subjects.
 *
 * @param estimatedValue GBP, at least 0, in pence; null when the value cannot be estimated (§6.2)
 * @param establishedOnBalanceOfProbabilities null for true (§5.2)
 * @param knewOrHadReasonableCauseToSuspect   required for a breach before 15 June 2022 put forward as established
 *                                            (§5.2)
 * @param sharesFundsWithBreachId    the breach of the case whose funds this breach concerns too (the same funds under
 *                                   two prohibitions, counted once, §6.2); null when its funds are its own
 * @param sharesFundsWithBreachIndex when opening a case: that breach's position in the request's breaches instead
 */
public record RecordBreach(String subjectId, Integer subjectIndex, BreachType breachType, String regime,
                           String regulation, String description, LocalDate breachDate, LocalDate breachEndDate,
                           BigDecimal estimatedValue, Boolean establishedOnBalanceOfProbabilities,
                           Boolean knewOrHadReasonableCauseToSuspect, String sharesFundsWithBreachId,
                           Integer sharesFundsWithBreachIndex) {

    /** A breach whose funds are its own. */
    public RecordBreach(String subjectId, Integer subjectIndex, BreachType breachType, String regime, String regulation,
                        String description, LocalDate breachDate, LocalDate breachEndDate, BigDecimal estimatedValue,
                        Boolean establishedOnBalanceOfProbabilities, Boolean knewOrHadReasonableCauseToSuspect) {
        this(subjectId, subjectIndex, breachType, regime, regulation, description, breachDate, breachEndDate,
                estimatedValue, establishedOnBalanceOfProbabilities, knewOrHadReasonableCauseToSuspect, null, null);
    }

    /** §5.2: an absent finding on the balance of probabilities reads as established. */
    public boolean putForwardAsEstablished() {
        return establishedOnBalanceOfProbabilities == null || establishedOnBalanceOfProbabilities;
    }
}
