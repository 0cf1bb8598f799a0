package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * A breach as the rulebook found it: established or not and why (§5.2), with the maximum it alone would carry and the
 * breach whose funds it shares, if any (§6.2).
 */
public record BreachAssessment(
        String breachId,
        String subjectId,
        String breachType,
        String regime,
        boolean established,
        String establishedReason,
        BigDecimal estimatedValue,
        BigDecimal statutoryMaximumAlone,
        String sharesFundsWithBreachId) {
}
