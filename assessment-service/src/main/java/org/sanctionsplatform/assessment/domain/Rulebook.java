package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.DueDates;

/**
 * Assesses a case by applying the rules of the guidance in order; the ordered list of their results is the
 * explanation (§7: the notice of intention states "how it has been calculated"). Pure: the same case file always
 * gives the same assessment, whatever order its breaches arrived in.
 *
 * <p>Order: rulebook version (§5 intro), breach established (§5.2, in date order), statutory maximum (§6.2),
 * suggested ratings (§5.6–5.7), Figure 5A (§5.8), level decision (§5.8), fixed-penalty ladder (§13, fixed-penalty
 * cases), Figure 5B and public interest (§5.8, §5.9), baseline band (§6.2), then per subject: officer of a body
 * (s.148), baseline (§6.2), the three discounts (§6.4–6.9), discounts applied once (§6.3), financial hardship (§7.2).
 */
public final class Rulebook {

    private static final Comparator<Breach> CHRONOLOGICAL =
            Comparator.comparing(Breach::breachDate).thenComparing(Breach::breachId);

    private final RulebookVersionRule rulebookVersion = new RulebookVersionRule();
    private final BreachEstablishedRule breachEstablished = new BreachEstablishedRule();
    private final StatutoryMaximumRule statutoryMaximum = new StatutoryMaximumRule();
    private final SuggestedRatingsRule suggestedRatings = new SuggestedRatingsRule();
    private final SeriousnessMatrix seriousnessMatrix = new SeriousnessMatrix();
    private final LevelDecisionRule levelDecision = new LevelDecisionRule();
    private final FixedPenaltyRule fixedPenaltyRule = new FixedPenaltyRule();
    private final LikelyOutcomeRule likelyOutcome = new LikelyOutcomeRule();
    private final BaselineBandRule baselineBand;
    private final OfficerOfBodyRule officerOfBody = new OfficerOfBodyRule();
    private final BaselinePenaltyRule baselinePenalty = new BaselinePenaltyRule();
    private final VoluntaryDisclosureDiscountRule voluntaryDisclosure = new VoluntaryDisclosureDiscountRule();
    private final EarlyAccountDiscountRule earlyAccount = new EarlyAccountDiscountRule();
    private final SettlementDiscountRule settlement = new SettlementDiscountRule();
    private final DiscountsAppliedRule discountsApplied = new DiscountsAppliedRule();
    private final FinancialHardshipRule financialHardship = new FinancialHardshipRule();

    private final DueDates dueDates;

    /** @param dueDates the window arithmetic over the configured business calendars, shared with deadline and intake */
    public Rulebook(BaselineBands bands, DueDates dueDates) {
        this.baselineBand = new BaselineBandRule(bands);
        this.dueDates = dueDates;
    }

    public Assessment assess(CaseFile file) {
        Explanation explanation = new Explanation();
        RulebookVersionRule.Choice choice = explanation.add(rulebookVersion.apply(file));
        RulebookVersion version = choice.version();

        List<Breach> recorded = new ArrayList<>(file.breaches());
        recorded.sort(CHRONOLOGICAL);
        List<BreachAssessment> breaches = new ArrayList<>(recorded.size());
        int established = 0;
        for (Breach breach : recorded) {
            BreachAssessment assessed = explanation.add(breachEstablished.apply(breach));
            breaches.add(assessed);
            established += assessed.established() ? 1 : 0;
        }
        StatutoryMaximum maximum = explanation.add(statutoryMaximum.apply(breaches));

        FactorRatings ratings = file.ratings() == null ? FactorRatings.none() : file.ratings();
        SuggestedRatingsRule.Suggestion suggestion = explanation.add(suggestedRatings.apply(ratings));
        SeriousnessLevel indicative = explanation.add(
                seriousnessMatrix.apply(ratings.severity(), ratings.conduct(), version));
        SeriousnessLevel level = explanation.add(
                levelDecision.apply(indicative, ratings.decidedLevel(), ratings.levelDepartureReason(), version));

        FixedPenaltyAssessment fixed = null;
        if (file.procedure() == Procedure.FIXED_MONETARY_PENALTY) {
            if (version == RulebookVersion.GUIDANCE_2026) {
                fixed = explanation.add(fixedPenaltyRule.apply(recorded, breaches, ratings.conduct(),
                        historyOfOffenders(file, breaches)));
            } else {
                explanation.add(new RuleResult<Void>(null, FixedPenaltyRule.NAME, FixedPenaltyRule.SECTION,
                        RuleResult.inputs("rulebook", version), "the previous guidance had no fixed-penalty process:"
                        + " the case is assessed under the full process"));
            }
        }
        LikelyOutcome outcome = explanation.add(likelyOutcome.apply(new LikelyOutcomeRule.Facts(
                file.procedure(), breaches.size(), established, level, ratings.publicInterestStopsAction(),
                ratings.publicInterestReason(), version, fixed)));

        BaselineBand band = explanation.add(baselineBand.apply(version, level, outcome, maximum.amount()));

        boolean halved = fixed != null && fixed.qualifies() && !fixed.escalateToFullProcess();
        List<SubjectPenalty> penalties = outcome == LikelyOutcome.FIXED_MONETARY_PENALTY
                ? fixedPenalties(file, breaches, fixed, explanation)
                : penalties(file, choice, level, outcome, band, maximum, explanation,
                        CaseFileWindows.of(file, halved, dueDates));

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
                suggestion.severity(),
                suggestion.conduct(),
                ratings.findings(),
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
                fixed,
                halved,
                explanation.steps());
    }

    private List<SubjectPenalty> penalties(CaseFile file, RulebookVersionRule.Choice choice, SeriousnessLevel level,
                                           LikelyOutcome outcome, BaselineBand band, StatutoryMaximum maximum,
                                           Explanation explanation, CaseFileWindows windows) {
        List<SubjectPenalty> penalties = new ArrayList<>();
        for (Subject subject : file.subjects()) {
            Optional<PenaltyDecision> decision = file.latestDecisionFor(subject.subjectId());
            if (!outcome.isPenalty() && decision.isEmpty()) {
                continue;
            }
            boolean mayBePenalised = true;
            if (subject.officerOfSubjectId() != null) {
                mayBePenalised = explanation.add(officerOfBody.apply(subject, file, outcome));
            }
            SubjectPenalty penalty = explanation.add(baselinePenalty.apply(subject, decision, outcome, band));
            if (decision.isEmpty()) {
                penalties.add(penalty);
                continue;
            }
            PenaltyDecision d = decision.get();
            DiscountFacts facts = new DiscountFacts(file, subject, d, choice.version(), choice.transitional(), level,
                    outcome, windows);
            List<Discount> discounts = new ArrayList<>(3);
            addIfClaimed(discounts, voluntaryDisclosure.apply(facts), explanation);
            addIfClaimed(discounts, earlyAccount.apply(facts), explanation);
            addIfClaimed(discounts, settlement.apply(facts), explanation);
            if (penalty.baseline() == null || !outcome.isPenalty() || !mayBePenalised) {
                penalties.add(penalty.settled(discounts, Money.percent("0"), null, d, null));
                continue;
            }
            DiscountsAppliedRule.Result applied = explanation.add(discountsApplied.apply(subject, penalty.baseline(),
                    discounts, choice.version(), maximum.amount()));
            BigDecimal finalAmount = explanation.add(financialHardship.apply(subject, applied.penaltyAfterDiscounts(), d));
            penalties.add(penalty.settled(discounts, applied.totalPercent(), applied.penaltyAfterDiscounts(), d,
                    finalAmount));
        }
        return penalties;
    }

    /** §13.2: each subject with an established offence gets the fixed amount; the discounts of §6.3 do not apply. */
    private List<SubjectPenalty> fixedPenalties(CaseFile file, List<BreachAssessment> breaches,
                                                FixedPenaltyAssessment fixed, Explanation explanation) {
        List<SubjectPenalty> penalties = new ArrayList<>();
        for (Subject subject : file.subjects()) {
            boolean offended = breaches.stream()
                    .anyMatch(b -> b.established() && subject.subjectId().equals(b.subjectId()));
            if (!offended) {
                continue;
            }
            BigDecimal amount = fixed.amount();
            Optional<PenaltyDecision> decision = file.latestDecisionFor(subject.subjectId());
            BigDecimal finalAmount = amount;
            if (decision.isPresent()) {
                finalAmount = explanation.add(financialHardship.apply(subject, amount, decision.get()));
            }
            PenaltyDecision d = decision.orElse(null);
            penalties.add(new SubjectPenalty(subject.subjectId(), subject.name(), subject.type(),
                    subject.officerOfSubjectId(), amount, false, null, List.of(), Money.percent("0"), amount,
                    d == null ? null : d.hardshipReduction(), d == null ? null : d.hardshipReason(),
                    d == null ? null : d.instalmentPlan(), finalAmount));
        }
        return penalties;
    }

    /** Figure 13A looks at the earlier enforcement of those who offended: the heaviest among them counts. */
    private static FixedPenaltyHistory historyOfOffenders(CaseFile file, List<BreachAssessment> breaches) {
        FixedPenaltyHistory history = FixedPenaltyHistory.NONE;
        for (Subject subject : file.subjects()) {
            for (BreachAssessment b : breaches) {
                if (b.established() && subject.subjectId().equals(b.subjectId())) {
                    history = history.heavier(subject.fixedPenaltyHistory());
                    break;
                }
            }
        }
        return history;
    }

    private static void addIfClaimed(List<Discount> discounts, RuleResult<Discount> result, Explanation explanation) {
        if (result != null) {
            discounts.add(explanation.add(result));
        }
    }

    /** Numbers the steps in the order the rules ran. */
    private static final class Explanation {
        private final List<ExplanationStep> steps = new ArrayList<>(32);

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
