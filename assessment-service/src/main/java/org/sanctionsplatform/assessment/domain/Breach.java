package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded breach with the officer's findings on it. {@code estimatedValue} is null when no value can be
 * estimated (s.146, §6.2); {@code knewOrHadReasonableCauseToSuspect} is null when not assessed (§5.2);
 * {@code sharesFundsWithBreachId} names the breach whose funds this one concerns too (the same funds under two
 * prohibitions, counted once in the aggregated value, §6.2). A withdrawn breach stays on file with its reason, so the
 * explanation can show it.
 */
public record Breach(
        String breachId,
        String subjectId,
        String breachType,
        String regime,
        String regulation,
        LocalDate breachDate,
        BigDecimal estimatedValue,
        boolean establishedOnBalanceOfProbabilities,
        Boolean knewOrHadReasonableCauseToSuspect,
        String withdrawnReason,
        String sharesFundsWithBreachId) {

    public Breach {
        Objects.requireNonNull(breachId, "breachId");
        Objects.requireNonNull(breachDate, "breachDate");
        estimatedValue = Money.gbp(estimatedValue);
    }

    /** A breach whose funds are its own. */
    public Breach(String breachId, String subjectId, String breachType, String regime, String regulation,
                  LocalDate breachDate, BigDecimal estimatedValue, boolean establishedOnBalanceOfProbabilities,
                  Boolean knewOrHadReasonableCauseToSuspect, String withdrawnReason) {
        this(breachId, subjectId, breachType, regime, regulation, breachDate, estimatedValue,
                establishedOnBalanceOfProbabilities, knewOrHadReasonableCauseToSuspect, withdrawnReason, null);
    }

    public boolean withdrawn() {
        return withdrawnReason != null;
    }

    public Breach withdraw(String reason) {
        return new Breach(breachId, subjectId, breachType, regime, regulation, breachDate, estimatedValue,
                establishedOnBalanceOfProbabilities, knewOrHadReasonableCauseToSuspect,
                reason == null || reason.isBlank() ? "no reason given" : reason, sharesFundsWithBreachId);
    }
}
