package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The latest assessment of a case as far as publication is concerned: its likely outcome, the breaches it found
 * established, the aggregated value (§6.2) and each subject's penalty. {@code inputVersion} is the number of case
 * events it is based on.
 */
public record AssessedCase(
        String assessmentEventId,
        int inputVersion,
        String likelyOutcome,
        BigDecimal aggregatedValue,
        Set<String> establishedBreachIds,
        List<Penalty> penalties) {

    public static final Set<String> PENALTY_OUTCOMES = Set.of("CIVIL_MONETARY_PENALTY", "REFERRAL_OR_PENALTY");

    public AssessedCase {
        Objects.requireNonNull(assessmentEventId, "assessmentEventId");
        Objects.requireNonNull(likelyOutcome, "likelyOutcome");
        aggregatedValue = Money.gbp(aggregatedValue);
        establishedBreachIds = Set.copyOf(establishedBreachIds);
        penalties = List.copyOf(penalties);
    }

    /** One subject's penalty; {@code finalPenalty} is null until the decision maker has set it. */
    public record Penalty(String subjectId, String subjectName, String subjectType, BigDecimal finalPenalty) {
        public Penalty {
            finalPenalty = Money.gbp(finalPenalty);
        }
    }

    public boolean isPenaltyOutcome() {
        return PENALTY_OUTCOMES.contains(likelyOutcome);
    }

    public List<Penalty> imposedPenalties() {
        return penalties.stream().filter(p -> p.finalPenalty() != null).toList();
    }
}
