package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The latest assessment of a case as far as publication is concerned: its likely outcome, the breaches it found
 * established, the aggregated value (§6.2) and each subject's penalty. {@code inputVersion} is the number of case
 * events it is based on. For the s.149(2) report: the seriousness as the assessment labels it (§5.8 Level 1-4, or the
 * previous guidance's words) and {@code outcomeOn}, the date the case's outcome was reached (see {@link #outcomeSince}).
 */
public record AssessedCase(
        String assessmentEventId,
        int inputVersion,
        String likelyOutcome,
        BigDecimal aggregatedValue,
        Set<String> establishedBreachIds,
        List<Penalty> penalties,
        String seriousness,
        String levelReason,
        LocalDate outcomeOn) {

    /** Without the level and why (assessments stored before publication kept them), nor the report's date. */
    public AssessedCase(String assessmentEventId, int inputVersion, String likelyOutcome, BigDecimal aggregatedValue,
                        Set<String> establishedBreachIds, List<Penalty> penalties) {
        this(assessmentEventId, inputVersion, likelyOutcome, aggregatedValue, establishedBreachIds, penalties, null,
                null, null);
    }

    /** With the level and why, without the s.149(2) report's date. */
    public AssessedCase(String assessmentEventId, int inputVersion, String likelyOutcome, BigDecimal aggregatedValue,
                        Set<String> establishedBreachIds, List<Penalty> penalties, String seriousness,
                        String levelReason) {
        this(assessmentEventId, inputVersion, likelyOutcome, aggregatedValue, establishedBreachIds, penalties,
                seriousness, levelReason, null);
    }

    public static final Set<String> PENALTY_OUTCOMES = Set.of("CIVIL_MONETARY_PENALTY", "REFERRAL_OR_PENALTY",
            "FIXED_MONETARY_PENALTY");

    public AssessedCase {
        Objects.requireNonNull(assessmentEventId, "assessmentEventId");
        Objects.requireNonNull(likelyOutcome, "likelyOutcome");
        aggregatedValue = Money.gbp(aggregatedValue);
        establishedBreachIds = Set.copyOf(establishedBreachIds);
        penalties = List.copyOf(penalties);
    }

    /**
     * This assessment, dated as the report counts it: a reassessment that leaves the outcome as it was (the same
     * likely outcome, penalties imposed or not as before) keeps the date the outcome was first reached, so a case
     * stays in the period of its decision however often it is reassessed; a changed outcome takes this assessment's
     * date.
     */
    public AssessedCase outcomeSince(AssessedCase before) {
        if (before == null || before.outcomeOn() == null || outcomeOn == null
                || !before.likelyOutcome().equals(likelyOutcome)
                || before.imposedPenalties().isEmpty() != imposedPenalties().isEmpty()) {
            return this;
        }
        return new AssessedCase(assessmentEventId, inputVersion, likelyOutcome, aggregatedValue, establishedBreachIds,
                penalties, seriousness, levelReason, before.outcomeOn());
    }

    /**
     * One subject's penalty; {@code finalPenalty} is null until the decision maker has set it; {@code officerOf} the
     * body's subject id for an officer (s.148); {@code discounts} each discount applied, in words.
     */
    public record Penalty(String subjectId, String subjectName, String subjectType, BigDecimal finalPenalty,
                          String officerOf, List<String> discounts) {
        public Penalty {
            finalPenalty = Money.gbp(finalPenalty);
            discounts = discounts == null ? List.of() : List.copyOf(discounts);
        }

        public Penalty(String subjectId, String subjectName, String subjectType, BigDecimal finalPenalty) {
            this(subjectId, subjectName, subjectType, finalPenalty, null, List.of());
        }
    }

    public boolean isFixedPenaltyOutcome() {
        return "FIXED_MONETARY_PENALTY".equals(likelyOutcome);
    }

    public boolean isPenaltyOutcome() {
        return PENALTY_OUTCOMES.contains(likelyOutcome);
    }

    public List<Penalty> imposedPenalties() {
        return penalties.stream().filter(p -> p.finalPenalty() != null).toList();
    }
}
