package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A disclosure is recorded for a subject of the case, on a date not in the future (it may precede the case:
 * a self-report usually opens it), with the facts §6.5 weighs. The date the breach was discovered is required:
 * OFSI expects a breach "to be disclosed as soon as reasonably practicable after discovery" (§6.5), and without the
 * date the rulebook cannot judge promptness; it cannot be after the disclosure. A disclosure made on the subject's
 * behalf by its parent or group company names that company ({@code madeBy}).
 */
public final class VoluntaryDisclosurePolicy {

    /** §6.5: the reason a disclosure without its discovery date is refused. */
    public static final String DISCOVERED_ON_REQUIRED = "is required: the date the breach was discovered, from which"
            + " OFSI judges whether the disclosure was prompt, \"as soon as reasonably practicable after discovery\""
            + " (§6.5)";

    private VoluntaryDisclosurePolicy() {
    }

    public static List<Violation> check(RecordVoluntaryDisclosure command, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        if (checks.required(command.subjectId(), "subjectId") && breachCase.subject(command.subjectId()).isEmpty()) {
            checks.add("subjectId", "is not a subject of this case");
        }
        boolean disclosed = checks.pastDate(command.disclosedOn(), "disclosedOn", today, null, null);
        if (command.discoveredOn() == null) {
            checks.add("discoveredOn", DISCOVERED_ON_REQUIRED);
        } else if (checks.optionalPastDate(command.discoveredOn(), "discoveredOn", today, null, null) && disclosed
                && command.discoveredOn().isAfter(command.disclosedOn())) {
            checks.add("discoveredOn", "must not be after disclosedOn (" + command.disclosedOn()
                    + "): a breach is disclosed after it is discovered");
        }
        if (command.madeBy() != null && command.madeBy().isBlank()) {
            checks.add("madeBy", "must not be blank: the parent or group company that disclosed on the subject's"
                    + " behalf, or absent when the subject disclosed itself");
        }
        checks.optionalText(command.madeBy(), "madeBy", Checks.NAME_LENGTH);
        checks.optionalText(command.cooperation(), "cooperation", Checks.TEXT_LENGTH);
        return checks.violations();
    }

    static VoluntaryDisclosure toDisclosure(String id, RecordVoluntaryDisclosure c) {
        return new VoluntaryDisclosure(id, new SubjectId(c.subjectId()), c.disclosedOn(),
                Boolean.TRUE.equals(c.requestedOrRequiredByOfsi()), Boolean.TRUE.equals(c.ofsiAlreadyAware()),
                Boolean.TRUE.equals(c.compelledByOtherInvestigation()), Boolean.TRUE.equals(c.completeAndAccurate()),
                blankToNull(c.cooperation()), c.discoveredOn(), blankToNull(c.madeBy()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
