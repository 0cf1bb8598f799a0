package org.sanctionsplatform.intake.domain;

import static org.sanctionsplatform.intake.domain.VoluntaryDisclosurePolicy.blankToNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;

/**
 * Applies the {@link ProcedureRules} table to a milestone: first its own shape (dates within the case's life,
 * a known subject, extension details only on extensions), then whether the procedure so far allows it.
 * A correction replaces an earlier milestone of the same type and must keep later steps in order.
 */
public final class MilestonePolicy {

    /** §4.5: the EAS delivery date is usually no more than six months after the terms are agreed. */
    public static final Period EAS_DELIVERY_USUALLY_WITHIN = Period.ofMonths(6);
    /** A sanity bound on one extension: a year of business days. */
    public static final int MAX_EXTENSION_BUSINESS_DAYS = 260;

    private MilestonePolicy() {
    }

    /** Violations of the milestone's own shape (answered as a bad request). */
    public static List<Violation> check(RecordMilestone m, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        Milestone type = m.milestone();
        checks.required(type, "milestone");
        checks.pastDate(m.occurredOn(), "occurredOn", today, breachCase.openedOn(), "the case was opened");
        if (m.subjectId() != null && breachCase.subject(m.subjectId()).isEmpty()) {
            checks.add("subjectId", "is not a subject of this case");
        }
        if (m.correctsMilestoneId() != null) {
            Optional<ProcedureMilestone> corrected = breachCase.milestone(m.correctsMilestoneId());
            if (corrected.isEmpty()) {
                checks.add("correctsMilestoneId", "is not a milestone of this case");
            } else if (type != null && corrected.get().milestone() != type) {
                checks.add("correctsMilestoneId", "is a " + corrected.get().milestone()
                        + "; a correction must be of the same milestone");
            }
        }
        if (type == Milestone.WINDOW_EXTENSION_AGREED) {
            checks.required(m.windowKind(), "windowKind");
            if (checks.required(m.extensionBusinessDays(), "extensionBusinessDays")) {
                if (m.extensionBusinessDays() <= 0) {
                    checks.add("extensionBusinessDays", "must be greater than 0");
                } else if (m.extensionBusinessDays() > MAX_EXTENSION_BUSINESS_DAYS) {
                    checks.add("extensionBusinessDays", "must be at most " + MAX_EXTENSION_BUSINESS_DAYS);
                }
            }
            if (blankToNull(m.reason()) == null) {
                checks.add("reason", "is required: an extension is agreed on evidence of its reasons (§4.6, §7.1, §8.1, §12.2)");
            }
        } else if (type != null) {
            if (m.windowKind() != null) {
                checks.add("windowKind", "is only for WINDOW_EXTENSION_AGREED");
            }
            if (m.extensionBusinessDays() != null) {
                checks.add("extensionBusinessDays", "is only for WINDOW_EXTENSION_AGREED");
            }
        }
        if (type == Milestone.EAS_TERMS_AGREED) {
            if (checks.required(m.dueDateInLetter(), "dueDateInLetter") && m.occurredOn() != null) {
                if (!m.dueDateInLetter().isAfter(m.occurredOn())) {
                    checks.add("dueDateInLetter", "must be after the terms were agreed (" + m.occurredOn() + ")");
                } else if (m.dueDateInLetter().isAfter(m.occurredOn().plus(EAS_DELIVERY_USUALLY_WITHIN))
                        && blankToNull(m.reason()) == null) {
                    checks.add("reason", "is required when the delivery date is more than six months after the terms "
                            + "were agreed: only for an exceptionally complex investigation (§4.5)");
                }
            }
        } else if (type != null && m.dueDateInLetter() != null) {
            checks.add("dueDateInLetter", "is only for EAS_TERMS_AGREED (§4.5)");
        }
        if (m.penaltyOutcome() != null && type != null && type != Milestone.REVIEW_DECIDED
                && type != Milestone.TRIBUNAL_DECIDED) {
            checks.add("penaltyOutcome", "is only for REVIEW_DECIDED and TRIBUNAL_DECIDED (§8.2, chapter 9)");
        }
        checks.optionalText(m.reason(), "reason", Checks.TEXT_LENGTH);
        return checks.violations();
    }

    /**
     * Reasons the procedure so far does not allow a well-formed milestone (answered as a conflict): intake's procedure
     * table, then the shared window rules ({@link WindowRules}: an extension the deadline service would refuse, or
     * windows the calendar cannot place).
     */
    public static List<Violation> refusals(RecordMilestone m, BreachCase breachCase, WindowRules windows) {
        List<Violation> refusals = new ArrayList<>();
        Milestone type = m.milestone();
        ProcedureRules.Rule rule = ProcedureRules.ruleFor(type);
        LocalDate on = m.occurredOn();
        SubjectId subject = m.subjectId() == null ? null : new SubjectId(m.subjectId());
        ProcedureMilestone corrected = m.correctsMilestoneId() == null ? null
                : breachCase.milestone(m.correctsMilestoneId()).orElseThrow();
        if (corrected != null && !corrected.stands()) {
            refusals.add(new Violation("correctsMilestoneId", "was already corrected by " + corrected.correctedBy()));
        }
        List<ProcedureMilestone> standing = breachCase.standingMilestones().stream()
                .filter(x -> corrected == null || !x.milestoneId().equals(corrected.milestoneId()))
                .toList();

        if (rule.legalPersonsOnly()) {
            legalPersonRefusal(type, subject, breachCase, rule).ifPresent(refusals::add);
        }
        if (rule.once()) {
            standing.stream().filter(x -> x.milestone() == type && x.concerns(subject)).findFirst().ifPresent(x ->
                    refusals.add(new Violation("milestone", "a " + type + " was already recorded on " + x.occurredOn()
                            + " (milestoneId " + x.milestoneId() + "); send correctsMilestoneId to correct it ("
                            + rule.section() + ")")));
        }
        missingPrerequisite(rule, on, subject, standing).ifPresent(reason ->
                refusals.add(new Violation("milestone", reason)));
        rule.barredAfter().forEach((barring, because) -> standing.stream()
                .filter(x -> x.milestone() == barring && x.concerns(subject) && x.occurredOn().isBefore(on))
                .findFirst()
                .ifPresent(x -> refusals.add(new Violation("milestone", type + " cannot follow the " + barring
                        + " of " + x.occurredOn() + ": " + because))));
        if (corrected != null) {
            ProcedureMilestone replacement = new ProcedureMilestone(new MilestoneId("(correction)"), type, on, subject,
                    corrected.milestoneId(), m.windowKind(), m.extensionBusinessDays(), m.dueDateInLetter(), m.reason(), null,
                    m.penaltyOutcome());
            refusals.addAll(dependentsLeftBehind(replacement, standing));
        }
        if (refusals.isEmpty()) {
            refusals.addAll(windows.refusals(breachCase, m));
        }
        return refusals;
    }

    /** §4.2: the EAS is open to legal persons only. */
    private static Optional<Violation> legalPersonRefusal(Milestone type, SubjectId subject, BreachCase breachCase,
                                                          ProcedureRules.Rule rule) {
        if (subject != null) {
            CaseSubject s = breachCase.subject(subject.value()).orElseThrow();
            return s.subjectType() == SubjectType.LEGAL_PERSON ? Optional.empty()
                    : Optional.of(new Violation("subjectId", s.name() + " is an individual; " + type
                    + " is for legal persons only: the EAS is not open to individuals (§4.2)"));
        }
        return breachCase.subjects().stream().anyMatch(s -> s.subjectType() == SubjectType.LEGAL_PERSON)
                ? Optional.empty()
                : Optional.of(new Violation("milestone", "the case has no legal person: the EAS is not open to "
                + "individuals (§4.2, " + rule.section() + ")"));
    }

    /** The prerequisite of the rule, if it is missing or dated after {@code on}. */
    static Optional<String> missingPrerequisite(ProcedureRules.Rule rule, LocalDate on, SubjectId subject,
                                                List<ProcedureMilestone> standing) {
        if (rule.needsOneOf().isEmpty()) {
            return Optional.empty();
        }
        List<ProcedureMilestone> candidates = standing.stream()
                .filter(x -> rule.needsOneOf().contains(x.milestone()) && x.concerns(subject))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.of(rule.milestone() + " needs " + rule.prerequisiteText() + " first"
                    + (subject == null ? "" : " for subject " + subject) + " (" + rule.section() + ")");
        }
        if (candidates.stream().anyMatch(x -> !x.occurredOn().isAfter(on))) {
            return Optional.empty();
        }
        ProcedureMilestone earliest = candidates.stream().min(Comparator.comparing(ProcedureMilestone::occurredOn)).orElseThrow();
        return Optional.of(rule.milestone() + " on " + on + " cannot come before the " + earliest.milestone() + " of "
                + earliest.occurredOn() + " (" + rule.section() + ")");
    }

    /** A correction must not leave a later step before the step it needs. */
    private static List<Violation> dependentsLeftBehind(ProcedureMilestone replacement, List<ProcedureMilestone> standing) {
        List<ProcedureMilestone> after = new ArrayList<>(standing);
        after.add(replacement);
        List<Violation> refusals = new ArrayList<>();
        for (ProcedureMilestone dependent : standing) {
            ProcedureRules.Rule rule = ProcedureRules.ruleFor(dependent.milestone());
            if (!rule.needsOneOf().contains(replacement.milestone())) {
                continue;
            }
            List<ProcedureMilestone> others = after.stream().filter(x -> x != dependent).toList();
            missingPrerequisite(rule, dependent.occurredOn(), dependent.subjectId(), others).ifPresent(reason ->
                    refusals.add(new Violation("occurredOn", "the correction would leave the " + dependent.milestone()
                            + " of " + dependent.occurredOn() + " out of order: " + reason)));
        }
        return refusals;
    }
}
