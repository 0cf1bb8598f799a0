package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a recorded breach must state: whose breach it is, what was breached (type, regime, regulation), when,
 * and the estimated value of the funds or economic resources if it can be estimated (s.146(3), §6.2).
 */
public final class BreachPolicy {

    public static final int REGULATION_LENGTH = org.sanctionsplatform.guidance.limits.InputLimits.REGULATION_LENGTH;

    private BreachPolicy() {
    }

    /**
     * Checks one breach against the case's subjects (in order) and today's date.
     *
     * @param field the breach's place in the request, e.g. {@code breaches[2]}, or "" for a single breach
     */
    public static List<Violation> check(RecordBreach breach, String field, List<SubjectId> subjects, LocalDate today) {
        Checks checks = new Checks();
        String p = field.isEmpty() ? "" : field + ".";
        if (breach == null) {
            checks.add(field.isEmpty() ? "body" : field, "is required");
            return checks.violations();
        }
        if (breach.subjectId() == null && breach.subjectIndex() == null) {
            checks.add(p + "subjectId", "is required (or subjectIndex, the subject's position in subjects)");
        } else if (breach.subjectId() != null && breach.subjectIndex() != null) {
            checks.add(p + "subjectIndex", "give subjectId or subjectIndex, not both");
        } else if (breach.subjectId() != null && subjects.stream().noneMatch(s -> s.value().equals(breach.subjectId()))) {
            checks.add(p + "subjectId", "is not a subject of this case");
        } else if (breach.subjectIndex() != null && (breach.subjectIndex() < 0 || breach.subjectIndex() >= subjects.size())) {
            checks.add(p + "subjectIndex", "must be from 0 to " + (subjects.size() - 1) + " (a position in subjects)");
        }
        checks.required(breach.breachType(), p + "breachType");
        checks.requiredText(breach.regime(), p + "regime", Checks.NAME_LENGTH);
        checks.requiredText(breach.regulation(), p + "regulation", REGULATION_LENGTH);
        checks.requiredText(breach.description(), p + "description", Checks.TEXT_LENGTH);
        boolean started = checks.pastDate(breach.breachDate(), p + "breachDate", today, null, null);
        boolean ended = checks.optionalPastDate(breach.breachEndDate(), p + "breachEndDate", today, null, null);
        if (started && ended && breach.breachEndDate() != null && breach.breachEndDate().isBefore(breach.breachDate())) {
            checks.add(p + "breachEndDate", "must not be before breachDate (" + breach.breachDate() + ")");
        }
        checks.optionalAmount(breach.estimatedValue(), p + "estimatedValue");
        return checks.violations();
    }

    /** The subject a valid breach belongs to. */
    static SubjectId subjectOf(RecordBreach breach, List<SubjectId> subjects) {
        if (breach.subjectIndex() != null) {
            return subjects.get(breach.subjectIndex());
        }
        return subjects.stream().filter(s -> s.value().equals(breach.subjectId())).findFirst().orElseThrow();
    }

    /** Builds the breach from a command that passed {@link #check}. */
    static Breach toBreach(BreachId id, RecordBreach breach, List<SubjectId> subjects) {
        return new Breach(id, subjectOf(breach, subjects), breach.breachType(), breach.regime().strip(),
                breach.regulation().strip(), breach.description().strip(), breach.breachDate(), breach.breachEndDate(),
                Optional.ofNullable(breach.estimatedValue()).map(Gbp::new).orElse(null),
                breach.establishedOnBalanceOfProbabilities() == null || breach.establishedOnBalanceOfProbabilities(),
                breach.knewOrHadReasonableCauseToSuspect(), null);
    }
}
