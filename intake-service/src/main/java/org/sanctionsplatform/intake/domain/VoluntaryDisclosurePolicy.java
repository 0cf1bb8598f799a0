package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A disclosure is recorded for a subject of the case, on a date not in the future (it may precede the case:
 * a self-report usually opens it), with the facts §6.5 weighs.
 */
public final class VoluntaryDisclosurePolicy {

    private VoluntaryDisclosurePolicy() {
    }

    public static List<Violation> check(RecordVoluntaryDisclosure command, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        if (checks.required(command.subjectId(), "subjectId") && breachCase.subject(command.subjectId()).isEmpty()) {
            checks.add("subjectId", "is not a subject of this case");
        }
        checks.pastDate(command.disclosedOn(), "disclosedOn", today, null, null);
        checks.optionalText(command.cooperation(), "cooperation", Checks.TEXT_LENGTH);
        return checks.violations();
    }

    static VoluntaryDisclosure toDisclosure(String id, RecordVoluntaryDisclosure c) {
        return new VoluntaryDisclosure(id, new SubjectId(c.subjectId()), c.disclosedOn(),
                Boolean.TRUE.equals(c.requestedOrRequiredByOfsi()), Boolean.TRUE.equals(c.ofsiAlreadyAware()),
                Boolean.TRUE.equals(c.compelledByOtherInvestigation()), Boolean.TRUE.equals(c.completeAndAccurate()),
                blankToNull(c.cooperation()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
