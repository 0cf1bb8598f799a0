package org.sanctionsplatform.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A breach of a prohibition, or failure to comply with an obligation, by one subject (§2.3), as recorded by
 * the case officer.
 *
 * @param breachEndDate      last day of an extended breach, or null for a single day
 * @param estimatedValue     GBP value of the funds or economic resources, or null when it cannot be
 *                           estimated (s.146(3)–(4), §6.2)
 * @param establishedOnBalanceOfProbabilities the civil standard of proof (§5.2)
 * @param knewOrHadReasonableCauseToSuspect   needed for breaches before 15 June 2022 (§5.2); null when not assessed
 * @param withdrawal         set once the breach is withdrawn from the case
 * @param sharesFundsWith    the breach of the case whose funds this one concerns too (counted once, §6.2), or null
 */
public record Breach(BreachId breachId, SubjectId subjectId, BreachType breachType, String regime, String regulation,
                     String description, LocalDate breachDate, LocalDate breachEndDate, Gbp estimatedValue,
                     boolean establishedOnBalanceOfProbabilities, Boolean knewOrHadReasonableCauseToSuspect,
                     Withdrawal withdrawal, BreachId sharesFundsWith) {

    public record Withdrawal(String reason, Instant withdrawnAt) {
    }

    public Breach {
        Objects.requireNonNull(breachId, "breachId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(breachType, "breachType");
        Objects.requireNonNull(breachDate, "breachDate");
    }

    public boolean isActive() {
        return withdrawal == null;
    }

    Breach withdrawn(String reason, Instant at) {
        return new Breach(breachId, subjectId, breachType, regime, regulation, description, breachDate, breachEndDate,
                estimatedValue, establishedOnBalanceOfProbabilities, knewOrHadReasonableCauseToSuspect,
                new Withdrawal(reason, at), sharesFundsWith);
    }
}
