package org.sanctionsplatform.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assesses a case by applying the rules of the guidance in order; the ordered list of their results is the
 * explanation (§7: the notice of intention states "how it has been calculated"). Pure: the same case file always
 * gives the same assessment.
 *
 * <p>Order: rulebook version (§5 intro), breach established (§5.2), statutory maximum (§6.2), Figure 5A (§5.8),
 * level decision (§5.8), Figure 5B and public interest (§5.8, §5.9), baseline band (§6.2), each subject's baseline
 * penalty (§6.2), discounts (§6.3).
 */
public final class Rulebook {

    private final RulebookVersionRule rulebookVersion = new RulebookVersionRule();
    private final BreachEstablishedRule breachEstablished = new BreachEstablishedRule();
    private final StatutoryMaximumRule statutoryMaximum = new StatutoryMaximumRule();
    private final SeriousnessMatrix seriousnessMatrix = new SeriousnessMatrix();
    private final LevelDecisionRule levelDecision = new LevelDecisionRule();
    private final LikelyOutcomeRule likelyOutcome = new LikelyOutcomeRule();
    private final BaselineBandRule baselineBand;
    private final BaselinePenaltyRule baselinePenalty = new BaselinePenaltyRule();
    private final DiscountsNotYetApplied discounts = new DiscountsNotYetApplied();

    public Rulebook(BaselineBands bands) {
        this.baselineBand = new BaselineBandRule(bands);
    }

    public Assessment assess(CaseFile file) {
        Explanation explanation = new Explanation();
        RulebookVersionRule.Choice choice = explanation.add(rulebookVersion.apply(file));
        RulebookVersion version = choice.version();

        List<BreachAssessment> breaches = new ArrayList<>();
        for (Breach breach : file.breaches()) {
            breaches.add(explanation.add(breachEstablished.apply(breach)));
        }
        StatutoryMaximum maximum = explanation.add(statutoryMaximum.apply(breaches));

        FactorRatings ratings = Optional.ofNullable(file.ratings())
                .orElse(new FactorRatings(null, null, null, null, false, null, null, null));
        SeriousnessLevel indicative = explanation.add(
                seriousnessMatrix.apply(ratings.severity(), ratings.conduct(), version));
        SeriousnessLevel level = explanation.add(
                levelDecision.apply(indicative, ratings.decidedLevel(), ratings.levelDepartureReason(), version));

        long established = breaches.stream().filter(BreachAssessment::established).count();
        LikelyOutcome outcome = explanation.add(likelyOutcome.apply(new LikelyOutcomeRule.Facts(
                file.procedure(), breaches.size(), (int) established, level, ratings.publicInterestStopsAction(),
                ratings.publicInterestReason(), version)));

        BaselineBand band = explanation.add(baselineBand.apply(version, level, outcome, maximum.amount()));

        List<SubjectPenalty> penalties = new ArrayList<>();
        for (Subject subject : file.subjects()) {
            Optional<PenaltyDecision> decision = file.latestDecisionFor(subject.subjectId());
            if (outcome.isPenalty() || decision.isPresent()) {
                penalties.add(explanation.add(baselinePenalty.apply(subject, decision, outcome, band)));
            }
        }
        if (!penalties.isEmpty()) {
            explanation.add(discounts.apply(penalties, file));
        }

        boolean departed = ratings.decidedLevel() != null && ratings.decidedLevel() != indicative;
        return new Assessment(
                file.caseId(),
                file.caseReference(),
                file.inputVersion(),
                version,
                choice.provisional(),
                choice.transitional(),
                file.procedure(),
                ratings.severity(),
                ratings.conduct(),
                indicative,
                departed ? ratings.decidedLevel() : null,
                departed ? ratings.levelDepartureReason() : null,
                level == null ? null : level.label(version),
                outcome,
                ratings.publicInterestStopsAction(),
                maximum.amount(),
                maximum.aggregatedValue(),
                breaches,
                band,
                penalties,
                file.procedure() == Procedure.FIXED_MONETARY_PENALTY,
                explanation.steps());
    }

    /** Numbers the steps in the order the rules ran. */
    private static final class Explanation {
        private final List<ExplanationStep> steps = new ArrayList<>();

        <T> T add(RuleResult<T> result) {
            steps.add(new ExplanationStep(steps.size() + 1, result.rule(), result.section(), result.inputs(),
                    result.outcome()));
            return result.value();
        }

        List<ExplanationStep> steps() {
            return List.copyOf(steps);
        }
    }
}
