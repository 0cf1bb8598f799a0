package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.penalty.CaseMaximum;
import org.sanctionsplatform.guidance.penalty.PenaltyComponents;
import org.sanctionsplatform.guidance.penalty.PenaltyLimit;
import org.sanctionsplatform.guidance.windows.DueDates;

/**
 * Assesses a case by applying the rules of the guidance in order; the ordered list of their results is the
 * explanation (§7: the notice of intention states "how it has been calculated"). Pure: the same case file always
 * gives the same assessment, whatever order its breaches arrived in. Each step cites the sections of the guidance
 * version applied ({@link Citation}).
 *
 * <p>Order: rulebook version (§5 intro), breach established (§5.2, in date order, identical findings stated once),
 * statutory maximum (§6.2), suggested ratings (§5.6–5.7), Figure 5A (§5.8), level decision (§5.8), fixed-penalty ladder
 * per subject (§13, fixed-penalty cases), Figure 5B and public interest (§5.8, §5.9), baseline band (§6.2), then per
 * subject: officer of a body (s.148), and per penalty component: baseline within the maximum (§6.2), the three
 * discounts (§6.4–6.9), discounts applied once (§6.3), financial hardship (§7.2).
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
        BreachEstablishedRule.Result found = breachEstablished.apply(recorded, version);
        found.steps().forEach(explanation::add);
        List<BreachAssessment> breaches = found.breaches();
        int established = (int) breaches.stream().filter(BreachAssessment::established).count();
        CaseMaximum maximum = explanation.add(statutoryMaximum.apply(breaches, version));

        FactorRatings ratings = file.ratings() == null ? FactorRatings.none() : file.ratings();
        SuggestedRatingsRule.Suggestion suggestion = explanation.add(suggestedRatings.apply(ratings, version));
        SeriousnessLevel indicative = explanation.add(
                seriousnessMatrix.apply(ratings.severity(), ratings.conduct(), version));
        SeriousnessLevel level = explanation.add(
                levelDecision.apply(indicative, ratings.decidedLevel(), ratings.levelDepartureReason(), version));

        FixedPenaltyAssessment fixed = null;
        List<SubjectFixedPenalty> bySubject = List.of();
        if (file.procedure() == Procedure.FIXED_MONETARY_PENALTY) {
            if (version == RulebookVersion.GUIDANCE_2026) {
                bySubject = fixedPenaltiesBySubject(file, recorded, breaches, ratings.conduct(), explanation);
                fixed = FixedPenaltyRule.caseSummary(bySubject);
            } else {
                explanation.add(new RuleResult<Void>(null, FixedPenaltyRule.NAME, FixedPenaltyRule.PREVIOUS_SECTION,
                        RuleResult.inputs("rulebook", version), "the previous guidance had no fixed-penalty process:"
                        + " the case is assessed under the full process"));
            }
        }
        LikelyOutcome outcome = explanation.add(likelyOutcome.apply(new LikelyOutcomeRule.Facts(
                file.procedure(), breaches.size(), established, level, ratings.publicInterestStopsAction(),
                ratings.publicInterestReason(), version, fixed)));

        BaselineBand band = explanation.add(baselineBand.apply(version, level, outcome, maximum.amount()));

        // §13.3 for the case as a whole: only when every subject with an established offence runs the halved windows.
        boolean halved = fixed != null && !bySubject.isEmpty()
                && bySubject.stream().allMatch(SubjectFixedPenalty::halvedWindows);
        List<SubjectPenalty> penalties = outcome == LikelyOutcome.FIXED_MONETARY_PENALTY
                ? fixedPenalties(file, bySubject, version, explanation)
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
                explanation.steps(),
                bySubject);
    }

    private List<SubjectPenalty> penalties(CaseFile file, RulebookVersionRule.Choice choice, SeriousnessLevel level,
                                           LikelyOutcome outcome, BaselineBand band, CaseMaximum maximum,
                                           Explanation explanation, CaseFileWindows windows) {
        List<SubjectPenalty> penalties = new ArrayList<>();
        RulebookVersion version = choice.version();
        for (Subject subject : file.subjects()) {
            List<PenaltyDecision> decisions = file.decisionsInForceFor(subject.subjectId());
            if (!outcome.isPenalty() && decisions.isEmpty()) {
                continue;
            }
            boolean mayBePenalised = true;
            if (subject.officerOfSubjectId() != null) {
                mayBePenalised = explanation.add(officerOfBody.apply(subject, file, outcome, version));
            }
            if (decisions.isEmpty()) {
                penalties.add(explanation.add(baselinePenalty.apply(new BaselinePenaltyRule.Facts(subject, null, outcome,
                        band, maximum.amount(), null, null, version))));
                continue;
            }
            // s.146(2), §6.2: a subject's components together stay within the one maximum of the case, taken in order.
            List<BigDecimal> allowed = new ArrayList<>(decisions.size());
            BigDecimal used = Money.ZERO;
            for (PenaltyDecision d : decisions) {
                BigDecimal baseline = d.baseline() == null ? null
                        : d.baseline().min(PenaltyLimit.remaining(used, maximum.amount()));
                allowed.add(baseline);
                used = baseline == null ? used : used.add(baseline);
            }
            for (int i = 0; i < decisions.size(); i++) {
                PenaltyDecision d = decisions.get(i);
                penalties.add(component(file, choice, level, outcome, band, maximum, subject, d, allowed.get(i), used,
                        mayBePenalised, windows, explanation));
            }
        }
        return penalties;
    }

    private SubjectPenalty component(CaseFile file, RulebookVersionRule.Choice choice, SeriousnessLevel level,
                                     LikelyOutcome outcome, BaselineBand band, CaseMaximum maximum, Subject subject,
                                     PenaltyDecision d, BigDecimal allowedBaseline, BigDecimal subjectTotal,
                                     boolean mayBePenalised, CaseFileWindows windows, Explanation explanation) {
        RulebookVersion version = choice.version();
        SubjectPenalty penalty = explanation.add(baselinePenalty.apply(new BaselinePenaltyRule.Facts(subject, d,
                outcome, band, maximum.amount(), allowedBaseline, subjectTotal, version)));
        // The discount rules name the penalty as the subject does, with its component when it has several.
        String who = subject.name() + PenaltyComponents.label(d.component());
        Subject named = new Subject(subject.subjectId(), who, subject.type(), subject.officerOfSubjectId(),
                subject.fixedPenaltyHistory());
        DiscountFacts facts = new DiscountFacts(file, named, d, version, choice.transitional(), level, outcome,
                windows);
        List<Discount> discounts = new ArrayList<>(3);
        addIfClaimed(discounts, voluntaryDisclosure.apply(facts), explanation);
        addIfClaimed(discounts, earlyAccount.apply(facts), explanation);
        addIfClaimed(discounts, settlement.apply(facts), explanation);
        if (penalty.baseline() == null || !outcome.isPenalty() || !mayBePenalised) {
            return penalty.settled(discounts, Money.percent("0"), null, d, null);
        }
        DiscountsAppliedRule.Result applied = explanation.add(discountsApplied.apply(subject, who, penalty.baseline(),
                discounts, version));
        BigDecimal finalAmount = explanation.add(financialHardship.apply(subject, who, applied.penaltyAfterDiscounts(),
                d, version));
        return penalty.settled(discounts, applied.totalPercent(), applied.penaltyAfterDiscounts(), d, finalAmount);
    }

    /** §13.1–13.3, Figure 13A: each subject with an established offence on its own ladder, in the case's subject order. */
    private List<SubjectFixedPenalty> fixedPenaltiesBySubject(CaseFile file, List<Breach> recorded,
                                                              List<BreachAssessment> assessed, Conduct conduct,
                                                              Explanation explanation) {
        List<SubjectFixedPenalty> results = new ArrayList<>();
        for (Subject subject : file.subjects()) {
            List<Breach> own = new ArrayList<>();
            List<BreachAssessment> ownAssessed = new ArrayList<>();
            for (int i = 0; i < recorded.size(); i++) {
                if (subject.subjectId().equals(recorded.get(i).subjectId())) {
                    own.add(recorded.get(i));
                    ownAssessed.add(assessed.get(i));
                }
            }
            RuleResult<SubjectFixedPenalty> result = fixedPenaltyRule.apply(subject, own, ownAssessed, conduct);
            if (result != null) {
                results.add(explanation.add(result));
            }
        }
        if (results.isEmpty()) {
            explanation.add(new RuleResult<Void>(null, FixedPenaltyRule.NAME, FixedPenaltyRule.SECTION,
                    RuleResult.inputs("establishedOffences", 0), "NO_BREACH: no established offence"));
        }
        return List.copyOf(results);
    }

    /** §13.2: each subject whose own ladder gives a fixed penalty gets its amount; the discounts of §6.3 do not apply. */
    private List<SubjectPenalty> fixedPenalties(CaseFile file, List<SubjectFixedPenalty> bySubject,
                                                RulebookVersion version, Explanation explanation) {
        List<SubjectPenalty> penalties = new ArrayList<>();
        for (SubjectFixedPenalty fixed : bySubject) {
            if (fixed.outcome() != LikelyOutcome.FIXED_MONETARY_PENALTY) {
                continue;
            }
            Subject subject = file.subjects().stream().filter(s -> s.subjectId().equals(fixed.subjectId()))
                    .findFirst().orElseThrow();
            BigDecimal amount = fixed.amount();
            Optional<PenaltyDecision> decision = file.latestDecisionFor(subject.subjectId());
            BigDecimal finalAmount = amount;
            if (decision.isPresent()) {
                finalAmount = explanation.add(financialHardship.apply(subject, subject.name(), amount, decision.get(),
                        version));
            }
            PenaltyDecision d = decision.orElse(null);
            penalties.add(new SubjectPenalty(subject.subjectId(), subject.name(), subject.type(),
                    subject.officerOfSubjectId(), amount, false, null, List.of(), Money.percent("0"), amount,
                    d == null ? null : d.hardshipReduction(), d == null ? null : d.hardshipReason(),
                    d == null ? null : d.instalmentPlan(), finalAmount, null));
        }
        return penalties;
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
