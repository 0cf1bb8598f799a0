package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fixed monetary penalties for information, reporting and licensing offences (§13, 2026 guidance only), applied to
 * each subject on its own: Figure 13A speaks of "the breacher" and its "previous non-compliance", §13.2 of "a person"
 * with an earlier £5,000 penalty. So a subject's own established offences, its own warning letters and its own earlier
 * fixed penalty decide its outcome; a co-subject's history never escalates another subject.
 * <ul>
 * <li>Applicable offences (§13.1): late or non-reporting, incomplete licence reporting, failing to answer a request
 * for information, licence breaches up to £10,000. Not the Russia/Belarus designated-person asset-reporting duty,
 * and not any other breach: those take the full process.</li>
 * <li>Figure 13A: the first and second occurrence get a private warning letter; the third occurrence after two
 * warnings, or repeated failure over a significant period (three or more occurrences by the subject in the case), a
 * fixed penalty; a licence breach up to £10,000 is likely a fixed penalty.</li>
 * <li>§13.2: £5,000 normally; £10,000 with aggravating conduct or after an earlier £5,000 fixed penalty. §13.1:
 * repeated offending after a £10,000 fixed penalty takes the full process.</li>
 * </ul>
 * The case as a whole ({@link #caseSummary}) goes to the full process when any subject does, and runs the halved
 * windows of §13.3 only when every subject with an established offence does.
 */
public final class FixedPenaltyRule {

    public static final String NAME = "FixedPenalty";
    public static final String SECTION = "13.1, 13.2 Figure 13A";
    /** The previous guidance had no fixed-penalty process: chapter 13 is new in 2026 (§1.1). */
    public static final String PREVIOUS_SECTION = "1.1 (chapter 13 is new in 2026)";
    public static final BigDecimal LOWER = Money.gbp("5000");
    public static final BigDecimal HIGHER = Money.gbp("10000");
    /** §13.1: licence breaches "involving funds or economic resources with a value of up to £10,000". */
    public static final BigDecimal LICENCE_BREACH_LIMIT = Money.gbp("10000");

    static final Set<String> REPORTING_OR_INFORMATION = Set.of(
            "LATE_REPORTING", "NON_REPORTING", "INCOMPLETE_LICENCE_REPORTING", "FAILURE_TO_PROVIDE_INFORMATION");
    static final String LICENCE_BREACH = "LICENCE_CONDITION_BREACH";
    static final String DESIGNATED_PERSON_ASSET_REPORTING = "DESIGNATED_PERSON_ASSET_REPORTING";

    /**
     * One subject on the ladder, from its own breaches (with their assessments, in the same order) and its own history;
     * null when the subject has no established offence.
     */
    public RuleResult<SubjectFixedPenalty> apply(Subject subject, List<Breach> breaches, List<BreachAssessment> assessed,
                                                 Conduct conduct) {
        FixedPenaltyHistory history = subject.fixedPenaltyHistory();
        int established = 0;
        int licenceBreaches = 0;
        String notApplicable = null;
        for (int i = 0; i < breaches.size(); i++) {
            if (!assessed.get(i).established()) {
                continue;
            }
            Breach b = breaches.get(i);
            established++;
            String type = b.breachType();
            if (DESIGNATED_PERSON_ASSET_REPORTING.equals(type)) {
                notApplicable = b.breachId() + " is the designated-person asset-reporting duty (Russia/Belarus), to"
                        + " which the fixed-penalty policy does not apply (§13.1)";
            } else if (LICENCE_BREACH.equals(type)) {
                if (b.estimatedValue() != null && b.estimatedValue().compareTo(LICENCE_BREACH_LIMIT) > 0) {
                    notApplicable = b.breachId() + " is a licence breach worth " + Money.format(b.estimatedValue())
                            + ", above the £10,000.00 of the fixed-penalty process (§13.1)";
                } else {
                    licenceBreaches++;
                }
            } else if (!REPORTING_OR_INFORMATION.contains(type)) {
                notApplicable = b.breachId() + " (" + type + ") is not an information, reporting or licensing offence"
                        + " (§13.1)";
            }
        }
        if (established == 0) {
            return null;
        }
        int occurrence = history.priorWarnings() + 1;
        var inputs = RuleResult.inputs(
                "subjectId", subject.subjectId(),
                "establishedOffences", established,
                "priorWarnings", history.priorWarnings(),
                "priorFixedPenalty", history.priorFixedPenalty(),
                "conduct", conduct);
        if (notApplicable != null) {
            return result(subject, false, occurrence, null, LikelyOutcome.FULL_PROCESS,
                    notApplicable + ": the full monetary penalty process applies", inputs);
        }
        BigDecimal prior = history.priorFixedPenalty();
        if (prior != null && prior.compareTo(HIGHER) >= 0) {
            return result(subject, true, occurrence, null, LikelyOutcome.FULL_PROCESS,
                    "repeated offending after a " + Money.format(prior) + " fixed penalty: the full monetary"
                    + " penalty process, up to the statutory maximum, is more likely (§13.1)", inputs);
        }
        String ladder;
        if (licenceBreaches > 0) {
            ladder = "a breach of a licence up to £10,000.00 is more likely dealt with by a fixed penalty (Figure 13A)";
        } else if (occurrence >= 3) {
            ladder = "occurrence " + occurrence + " after " + history.priorWarnings() + " private warning letters is"
                    + " more likely dealt with by a fixed penalty (Figure 13A)";
        } else if (established >= 3) {
            ladder = established + " occurrences in this case are a repeated failure over a period, more likely dealt"
                    + " with by a fixed penalty (Figure 13A)";
        } else {
            return result(subject, true, occurrence, null, LikelyOutcome.PRIVATE_WARNING,
                    "occurrence " + occurrence + " (" + history.priorWarnings() + " earlier warning letter(s)): a first"
                    + " or second occurrence is likely dealt with by a private warning letter (Figure 13A)", inputs);
        }
        boolean aggravated = conduct == Conduct.AGGRAVATING;
        boolean afterLower = prior != null && prior.signum() > 0;
        BigDecimal amount = aggravated || afterLower ? HIGHER : LOWER;
        String amountWhy = aggravated ? "£10,000.00: aggravating conduct (§13.2)"
                : afterLower ? "£10,000.00: a " + Money.format(prior) + " fixed penalty was imposed before (§13.2)"
                : "£5,000.00: no aggravating factor and no earlier fixed penalty (§13.2)";
        return result(subject, true, occurrence, amount, LikelyOutcome.FIXED_MONETARY_PENALTY, ladder + "; " + amountWhy,
                inputs);
    }

    /**
     * The case as a whole, from its subjects' results: the full process when any subject goes to it; else a fixed
     * penalty when any subject gets one (the largest amount, the highest occurrence); else a private warning; no
     * established offence at all is no breach. It qualifies and runs the halved windows only when every subject with
     * an established offence does. With one offending subject it is that subject's result.
     */
    public static FixedPenaltyAssessment caseSummary(List<SubjectFixedPenalty> subjects) {
        if (subjects.isEmpty()) {
            return new FixedPenaltyAssessment(false, 1, null, false, LikelyOutcome.NO_BREACH, "no established offence");
        }
        boolean allQualify = subjects.stream().allMatch(SubjectFixedPenalty::qualifies);
        List<SubjectFixedPenalty> deciding = subjects.stream()
                .filter(s -> s.outcome() == LikelyOutcome.FULL_PROCESS).toList();
        LikelyOutcome outcome = LikelyOutcome.FULL_PROCESS;
        if (deciding.isEmpty()) {
            deciding = subjects.stream().filter(s -> s.outcome() == LikelyOutcome.FIXED_MONETARY_PENALTY).toList();
            outcome = LikelyOutcome.FIXED_MONETARY_PENALTY;
        }
        if (deciding.isEmpty()) {
            deciding = subjects;
            outcome = LikelyOutcome.PRIVATE_WARNING;
        }
        int occurrence = 0;
        BigDecimal amount = null;
        List<String> reasons = new ArrayList<>();
        for (SubjectFixedPenalty s : deciding) {
            occurrence = Math.max(occurrence, s.occurrence());
            if (s.amount() != null && (amount == null || s.amount().compareTo(amount) > 0)) {
                amount = s.amount();
            }
            reasons.add(subjects.size() == 1 ? s.reason() : s.subjectName() + ": " + s.reason());
        }
        return new FixedPenaltyAssessment(allQualify, occurrence, amount, outcome == LikelyOutcome.FULL_PROCESS, outcome,
                String.join("; ", reasons));
    }

    private static RuleResult<SubjectFixedPenalty> result(Subject subject, boolean qualifies, int occurrence,
                                                          BigDecimal amount, LikelyOutcome outcome, String reason,
                                                          java.util.Map<String, String> inputs) {
        boolean escalate = outcome == LikelyOutcome.FULL_PROCESS;
        // §13.3: the halved timeframes are those of the fixed-penalty process, which the subject stays on unless it
        // goes to the full process.
        boolean halved = qualifies && !escalate;
        SubjectFixedPenalty value = new SubjectFixedPenalty(subject.subjectId(), subject.name(), qualifies, occurrence,
                outcome, amount, escalate, halved, reason);
        return new RuleResult<>(value, NAME, SECTION, inputs, subject.name() + ": " + outcome + ": " + reason);
    }
}
