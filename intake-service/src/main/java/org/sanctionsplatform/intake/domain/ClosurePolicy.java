package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.Milestone;

/**
 * Closing a case: on a date not in the future, not before the case opened or its last standing milestone,
 * with a reason; a case closed as PENALTY_PAID needs the payment recorded (chapter 10); OTHER needs notes.
 */
public final class ClosurePolicy {

    private ClosurePolicy() {
    }

    public static List<Violation> check(CloseCase c, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        if (checks.pastDate(c.closedOn(), "closedOn", today, breachCase.openedOn(), "the case was opened")) {
            lastMilestone(breachCase).filter(m -> c.closedOn().isBefore(m.occurredOn())).ifPresent(m ->
                    checks.add("closedOn", "must not be before the last milestone, " + m.milestone() + " on " + m.occurredOn()));
        }
        checks.required(c.reason(), "reason");
        if (c.reason() == CaseClosureReason.OTHER && VoluntaryDisclosurePolicy.blankToNull(c.notes()) == null) {
            checks.add("notes", "are required when the reason is OTHER");
        }
        checks.optionalText(c.notes(), "notes", Checks.TEXT_LENGTH);
        return checks.violations();
    }

    /** Refusals that depend on the procedure so far. */
    public static Optional<Rejection> refusal(CloseCase c, BreachCase breachCase) {
        if (c.reason() == CaseClosureReason.PENALTY_PAID && breachCase.standingMilestones().stream()
                .noneMatch(m -> m.milestone() == Milestone.PAYMENT_RECEIVED)) {
            return Optional.of(Rejection.refused("reason",
                    "PENALTY_PAID needs a PAYMENT_RECEIVED milestone first (chapter 10)"));
        }
        return Optional.empty();
    }

    private static Optional<ProcedureMilestone> lastMilestone(BreachCase breachCase) {
        return breachCase.standingMilestones().stream().max(Comparator.comparing(ProcedureMilestone::occurredOn));
    }
}
