package org.sanctionsplatform.assessment.domain;

import java.util.List;
import java.util.Optional;

/**
 * One subject's baseline penalty (§6.2): the decision maker's baseline, flagged when it lies outside the level's band
 * (a departure, shown with its reason). Discounts (§6.3) and hardship (§7.2) are applied by the rules that follow.
 */
public final class BaselinePenaltyRule {

    public static final String NAME = "BaselinePenalty";
    public static final String SECTION = "6.2";

    public RuleResult<SubjectPenalty> apply(Subject subject, Optional<PenaltyDecision> decision, LikelyOutcome outcome,
                                            BaselineBand band) {
        var baseline = decision.map(PenaltyDecision::baseline).orElse(null);
        String departureReason = decision.map(PenaltyDecision::baselineDepartureReason).orElse(null);
        var inputs = RuleResult.inputs(
                "subjectId", subject.subjectId(),
                "likelyOutcome", outcome,
                "baseline", baseline,
                "band", band == null ? null : band.describe(),
                "baselineDepartureReason", departureReason);
        boolean outsideBand = false;
        String outcomeText;
        if (!outcome.isPenalty()) {
            outcomeText = subject.name() + ": no penalty, " + outcome + " is not a monetary penalty"
                    + (baseline == null ? "" : " (the recorded baseline " + Money.format(baseline) + " is not applied)");
            return new RuleResult<>(penalty(subject, baseline, false, departureReason, null), NAME, SECTION, inputs,
                    outcomeText);
        }
        if (baseline == null) {
            return new RuleResult<>(penalty(subject, null, false, departureReason, null), NAME, SECTION, inputs,
                    subject.name() + ": awaiting the decision maker's baseline");
        }
        if (band != null && !band.contains(baseline)) {
            outsideBand = true;
            outcomeText = subject.name() + ": baseline " + Money.format(baseline) + " is outside the band ("
                    + band.describe() + "), a departure: "
                    + (departureReason == null || departureReason.isBlank() ? "no departure reason recorded" : departureReason);
        } else {
            outcomeText = subject.name() + ": baseline " + Money.format(baseline)
                    + (band == null ? "" : " inside the band (" + band.describe() + ")") + ", before discounts";
        }
        return new RuleResult<>(penalty(subject, baseline, outsideBand, departureReason, baseline), NAME, SECTION, inputs,
                outcomeText);
    }

    private static SubjectPenalty penalty(Subject subject, java.math.BigDecimal baseline, boolean outsideBand,
                                          String departureReason, java.math.BigDecimal finalPenalty) {
        return new SubjectPenalty(subject.subjectId(), subject.name(), subject.type(), subject.officerOfSubjectId(), baseline, outsideBand,
                departureReason, List.of(), Money.percent("0"), finalPenalty, null, null, null, finalPenalty);
    }
}
