package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;

/** A disclosure made by a subject, with the facts that decide whether it was voluntary (§6.4–6.6). */
public record VoluntaryDisclosure(
        String subjectId,
        LocalDate disclosedOn,
        boolean requestedOrRequiredByOfsi,
        boolean ofsiAlreadyAware,
        boolean compelledByOtherInvestigation,
        boolean completeAndAccurate,
        String cooperation) {

    /** §6.5: not voluntary when OFSI requested or required it, was already aware, or another investigation compelled it. */
    public boolean voluntary() {
        return !requestedOrRequiredByOfsi && !ofsiAlreadyAware && !compelledByOtherInvestigation;
    }
}
