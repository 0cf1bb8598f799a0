package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanctionsplatform.guidance.penalty.BreachEstablishment;
import org.sanctionsplatform.guidance.penalty.BreachFunds;
import org.sanctionsplatform.guidance.penalty.CaseMaximum;
import org.sanctionsplatform.guidance.penalty.PenaltyComponents;
import org.sanctionsplatform.guidance.penalty.PenaltyLimit;
import org.sanctionsplatform.guidance.windows.DueDates;

/**
 * What makes a whole case unfit to assess, each problem named by its field: negative amounts, percentages beyond
 * their caps (§6.4, §6.7; the previous guidance's 50% and 30%), an Early Account Scheme discount for an individual
 * (§4.2), a settlement without a notice of intention (§6.9), a hardship reduction without its reason (§7.2), unknown
 * subjects, duplicate ids, a finding whose effect does not fit its factor (§5.6–5.7), and any milestone the deadline
 * service would refuse: an extension the guidance does not allow, beyond its cap (§6.9: 10 business days of
 * settlement), agreed after its window closed or without its reason ({@link CaseFileWindows#refusals}). Dates, symbols
 * and numbers that cannot be read are the adapter's to report.
 *
 * <p>And input that would silently change the outcome, refused as intake refuses it: a breach before 15 June 2022 put
 * forward as established without the knowledge finding (§5.2), a breach sharing the funds of a breach the case does
 * not have, a disclosure without the date the breach was discovered (promptness, §6.5), a baseline above the
 * statutory maximum (s.146(2), §6.2, with a subject's penalty components together), and a subject's penalty decided
 * both as one penalty and in named components. The shared rules decide the first and the maximum
 * ({@link BreachEstablishment}, {@link CaseMaximum}, {@link PenaltyLimit}, {@link PenaltyComponents}).
 */
public final class CaseDraftPolicy {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private final DueDates dueDates;

    /** @param dueDates the window arithmetic over the configured business calendars, as the rulebook has it */
    public CaseDraftPolicy(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    public List<InputProblem> problems(CaseDraft draft) {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> subjectIds = new HashSet<>();
        Set<String> individuals = new HashSet<>();
        if (draft.subjects().isEmpty()) {
            problems.add(new InputProblem("subjects", "at least one subject is required"));
        }
        for (int i = 0; i < draft.subjects().size(); i++) {
            Subject s = draft.subjects().get(i);
            if (!subjectIds.add(s.subjectId())) {
                problems.add(new InputProblem("subjects[" + i + "].subjectId", "duplicates another subject"));
            }
            if (s.type() == SubjectType.INDIVIDUAL) {
                individuals.add(s.subjectId());
            }
            FixedPenaltyHistory history = s.fixedPenaltyHistory();
            if (history.priorWarnings() < 0) {
                problems.add(new InputProblem("subjects[" + i + "].priorFixedPenaltyWarnings", "must not be negative"));
            }
            BigDecimal prior = history.priorFixedPenalty();
            if (prior != null && prior.compareTo(FixedPenaltyRule.LOWER) != 0 && prior.compareTo(FixedPenaltyRule.HIGHER) != 0) {
                problems.add(new InputProblem("subjects[" + i + "].priorFixedPenalty",
                        "a fixed penalty is 5000.00 or 10000.00 (§13.2)"));
            }
        }
        for (int i = 0; i < draft.subjects().size(); i++) {
            Subject s = draft.subjects().get(i);
            if (s.officerOfSubjectId() != null && (!subjectIds.contains(s.officerOfSubjectId())
                    || s.officerOfSubjectId().equals(s.subjectId()))) {
                problems.add(new InputProblem("subjects[" + i + "].officerOfSubjectId",
                        "must name another subject of the case, the body the officer serves (s.148)"));
            }
        }
        Set<String> breachIds = new HashSet<>();
        for (int i = 0; i < draft.breaches().size(); i++) {
            Breach b = draft.breaches().get(i);
            String at = "breaches[" + i + "].";
            if (!breachIds.add(b.breachId())) {
                problems.add(new InputProblem(at + "breachId", "duplicates another breach"));
            }
            knownSubject(problems, subjectIds, b.subjectId(), at + "subjectId", true);
            notNegative(problems, b.estimatedValue(), at + "estimatedValue");
            if (!b.withdrawn()) {
                BreachEstablishment.missingKnowledgeFinding(b.breachDate(), b.establishedOnBalanceOfProbabilities(),
                        b.knewOrHadReasonableCauseToSuspect()).ifPresent(reason -> problems.add(
                                new InputProblem(at + BreachEstablishment.KNOWLEDGE_FIELD, reason)));
            }
        }
        for (int i = 0; i < draft.breaches().size(); i++) {
            Breach b = draft.breaches().get(i);
            String shared = b.sharesFundsWithBreachId();
            if (shared != null && (shared.equals(b.breachId()) || !breachIds.contains(shared))) {
                problems.add(new InputProblem("breaches[" + i + "].sharesFundsWithBreachId",
                        "must name another breach of the case, the one whose funds this breach concerns too (§6.2)"));
            }
        }
        for (int i = 0; i < draft.disclosures().size(); i++) {
            VoluntaryDisclosure d = draft.disclosures().get(i);
            String at = "disclosures[" + i + "].";
            knownSubject(problems, subjectIds, d.subjectId(), at + "subjectId", false);
            if (d.discoveredOn() == null) {
                problems.add(new InputProblem(at + "discoveredOn", DISCOVERED_ON_REQUIRED));
            } else if (d.disclosedOn() != null && d.discoveredOn().isAfter(d.disclosedOn())) {
                problems.add(new InputProblem(at + "discoveredOn", "must not be after disclosedOn ("
                        + d.disclosedOn() + "): a breach is disclosed after it is discovered"));
            }
        }
        if (draft.ratings() != null) {
            FactorRatings r = draft.ratings();
            for (int i = 0; i < r.findings().size(); i++) {
                FactorFinding f = r.findings().get(i);
                if (!f.effect().fits(f.factor())) {
                    problems.add(new InputProblem("factors.findings[" + i + "].effect", f.factor().isSeverity()
                            ? "a severity factor (A–D) is LOW, MEDIUM or HIGH (§5.6)"
                            : "a conduct factor (E–H, other) is MITIGATING, NEUTRAL or AGGRAVATING (§5.7)"));
                }
            }
            if (r.decidedLevel() != null && (r.levelDepartureReason() == null || r.levelDepartureReason().isBlank())) {
                problems.add(new InputProblem("factors.levelDepartureReason",
                        "is required with a decided level: a departure from Figure 5A is recorded with its reason (§5.8)"));
            }
        }
        Set<String> milestoneIds = new HashSet<>();
        for (int i = 0; i < draft.milestones().size(); i++) {
            Milestone m = draft.milestones().get(i);
            String at = "milestones[" + i + "].";
            if (!milestoneIds.add(m.milestoneId())) {
                problems.add(new InputProblem(at + "milestoneId", "duplicates another milestone"));
            }
            knownSubject(problems, subjectIds, m.subjectId(), at + "subjectId", false);
            if (m.is(Milestone.WINDOW_EXTENSION_AGREED) && m.windowKind() == null) {
                problems.add(new InputProblem(at + "windowKind", "is required for WINDOW_EXTENSION_AGREED"));
            }
            if (m.is(Milestone.SETTLEMENT_AGREEMENT_SIGNED) && !hasNoticeFor(draft, m.subjectId())) {
                problems.add(new InputProblem(at + "milestone", "a settlement agreement needs a notice of intention:"
                        + " settlement discussions run from it (§6.9)"));
            }
        }
        CaseFile file = draft.toCaseFile();
        // extensions and windows as the deadline service decides them (the shared window rules)
        problems.addAll(CaseFileWindows.refusals(file, dueDates));
        RulebookVersion version = new RulebookVersionRule().apply(file).value().version();
        CaseMaximum maximum = maximumOf(draft);
        SeriousnessLevel level = levelOf(draft.ratings());
        BigDecimal vdCap = DiscountCaps.voluntaryDisclosure(version, level);
        for (int i = 0; i < draft.penaltyDecisions().size(); i++) {
            PenaltyDecision d = draft.penaltyDecisions().get(i);
            String at = "penaltyDecisions[" + i + "].";
            knownSubject(problems, subjectIds, d.subjectId(), at + "subjectId", true);
            notNegative(problems, d.baseline(), at + "baseline");
            List<String> earlierComponents = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (draft.penaltyDecisions().get(j).subjectId().equals(d.subjectId())) {
                    earlierComponents.add(draft.penaltyDecisions().get(j).component());
                }
            }
            PenaltyComponents.conflict(d.component(), earlierComponents)
                    .ifPresent(reason -> problems.add(new InputProblem(at + "component", reason)));
            PenaltyLimit.refusal(d.baseline(), otherComponents(file, d), maximum)
                    .ifPresent(reason -> problems.add(new InputProblem(at + "baseline", reason)));
            notNegative(problems, d.hardshipReduction(), at + "hardshipReduction");
            percent(problems, d.voluntaryDisclosureDiscountPercent(), vdCap, at + "voluntaryDisclosureDiscountPercent",
                    version == RulebookVersion.PREVIOUS_GUIDANCE
                            ? "under the previous guidance the voluntary disclosure discount is at most 50% (serious)"
                              + " or 30% (most serious) (§6.9: the higher previous discount)"
                            : "the voluntary disclosure and co-operation discount is at most 30% (§6.4)");
            percent(problems, d.earlyAccountDiscountPercent(), DiscountCaps.EARLY_ACCOUNT,
                    at + "earlyAccountDiscountPercent", "the Early Account Scheme discount is at most 20% (§6.7)");
            if (d.earlyAccountDiscountPercent() != null && d.earlyAccountDiscountPercent().signum() > 0
                    && individuals.contains(d.subjectId())) {
                problems.add(new InputProblem(at + "earlyAccountDiscountPercent",
                        "the Early Account Scheme is open to legal persons only, not to individuals (§4.2)"));
            }
            if (d.settlementDiscountClaimed() && !hasNoticeFor(draft, d.subjectId())) {
                problems.add(new InputProblem(at + "settlementDiscountClaimed", "a settlement needs a notice of"
                        + " intention: settlement discussions run from it (§6.9)"));
            }
            boolean reasoned = d.hardshipReason() != null && !d.hardshipReason().isBlank();
            if (d.hardshipReduction() != null && d.hardshipReduction().signum() > 0 && !reasoned) {
                problems.add(new InputProblem(at + "hardshipReason",
                        "is required with a hardship reduction: it rests on objective evidence (§7.2)"));
            }
            if (d.instalmentPlan() != null && !d.instalmentPlan().isBlank() && !reasoned) {
                problems.add(new InputProblem(at + "hardshipReason",
                        "is required with an instalment plan (§7.2)"));
            }
        }
        return problems;
    }

    /** §6.5: promptness is judged from the discovery of the breach. */
    static final String DISCOVERED_ON_REQUIRED = "is required: the date the breach was discovered, from which OFSI"
            + " judges whether the disclosure was prompt, \"as soon as reasonably practicable after discovery\" (§6.5)";

    /** s.146, §6.2: the case's maximum, on the breaches as the shared rule finds them established. */
    private static CaseMaximum maximumOf(CaseDraft draft) {
        List<BreachFunds> funds = new ArrayList<>();
        for (Breach b : draft.breaches()) {
            boolean established = BreachEstablishment.of(b.breachDate(), b.establishedOnBalanceOfProbabilities(),
                    b.knewOrHadReasonableCauseToSuspect(), b.withdrawnReason()).established();
            funds.add(new BreachFunds(b.breachId(), established, b.estimatedValue(), b.sharesFundsWithBreachId()));
        }
        return CaseMaximum.of(funds);
    }

    /** The baselines of the subject's other penalty components in force. */
    private static BigDecimal otherComponents(CaseFile file, PenaltyDecision decision) {
        BigDecimal others = BigDecimal.ZERO;
        for (PenaltyDecision d : file.decisionsInForceFor(decision.subjectId())) {
            if (!java.util.Objects.equals(d.component(), decision.component()) && d.baseline() != null) {
                others = others.add(d.baseline());
            }
        }
        return others;
    }

    private static SeriousnessLevel levelOf(FactorRatings ratings) {
        if (ratings == null) {
            return null;
        }
        if (ratings.decidedLevel() != null) {
            return ratings.decidedLevel();
        }
        return ratings.severity() == null || ratings.conduct() == null ? null
                : SeriousnessMatrix.indicativeLevel(ratings.severity(), ratings.conduct());
    }

    private static boolean hasNoticeFor(CaseDraft draft, String subjectId) {
        for (Milestone m : draft.milestones()) {
            if (m.isNoticeOfIntention() && (subjectId == null || m.concerns(subjectId))) {
                return true;
            }
        }
        return false;
    }

    private static void knownSubject(List<InputProblem> problems, Set<String> subjects, String subjectId, String field,
                                     boolean required) {
        if (subjectId == null) {
            if (required) {
                problems.add(new InputProblem(field, "is required"));
            }
        } else if (!subjects.contains(subjectId)) {
            problems.add(new InputProblem(field, "names no subject of the case"));
        }
    }

    private static void notNegative(List<InputProblem> problems, BigDecimal value, String field) {
        if (value != null && value.compareTo(ZERO) < 0) {
            problems.add(new InputProblem(field, "must not be negative"));
        }
    }

    private static void percent(List<InputProblem> problems, BigDecimal value, BigDecimal cap, String field,
                                String overCap) {
        if (value == null) {
            return;
        }
        if (value.compareTo(ZERO) < 0) {
            problems.add(new InputProblem(field, "must not be negative"));
        } else if (value.compareTo(cap) > 0) {
            problems.add(new InputProblem(field, overCap));
        }
    }
}
