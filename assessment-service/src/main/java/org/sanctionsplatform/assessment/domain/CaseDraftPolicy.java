package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanctionsplatform.guidance.windows.DueDates;

/**
 * What makes a whole case unfit to assess, each problem named by its field: negative amounts, percentages beyond
 * their caps (§6.4, §6.7; previous guidance DESIGN §3), an Early Account Scheme discount for an individual (§4.2), a
 * settlement without a notice of intention (§6.9), a hardship reduction without its reason (§7.2), unknown subjects,
 * duplicate ids, a finding whose effect does not fit its factor (§5.6–5.7), and any milestone the deadline service
 * would refuse: an extension the guidance does not allow, beyond its cap (§6.9: 10 business days of settlement), agreed
 * after its window closed or without its reason ({@link CaseFileWindows#refusals}). Dates, symbols and numbers that
 * cannot be read are the adapter's to report.
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
        }
        for (int i = 0; i < draft.disclosures().size(); i++) {
            knownSubject(problems, subjectIds, draft.disclosures().get(i).subjectId(), "disclosures[" + i + "].subjectId",
                    false);
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
        SeriousnessLevel level = levelOf(draft.ratings());
        BigDecimal vdCap = DiscountCaps.voluntaryDisclosure(version, level);
        for (int i = 0; i < draft.penaltyDecisions().size(); i++) {
            PenaltyDecision d = draft.penaltyDecisions().get(i);
            String at = "penaltyDecisions[" + i + "].";
            knownSubject(problems, subjectIds, d.subjectId(), at + "subjectId", true);
            notNegative(problems, d.baseline(), at + "baseline");
            notNegative(problems, d.hardshipReduction(), at + "hardshipReduction");
            percent(problems, d.voluntaryDisclosureDiscountPercent(), vdCap, at + "voluntaryDisclosureDiscountPercent",
                    version == RulebookVersion.PREVIOUS_GUIDANCE
                            ? "under the previous guidance the voluntary disclosure discount is at most 50% (serious)"
                              + " or 30% (most serious) (DESIGN §3)"
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
