package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;

/**
 * A disclosure made by a subject, or on its behalf by a parent or group company ({@code madeBy}), with the facts that
 * decide whether it was voluntary, prompt and complete (§6.4–6.6). {@code discoveredOn} is when the breach was
 * discovered, the start of "as soon as reasonably practicable after discovery" (§6.5); null in events recorded before
 * it was asked for.
 */
public record VoluntaryDisclosure(
        String subjectId,
        LocalDate disclosedOn,
        boolean requestedOrRequiredByOfsi,
        boolean ofsiAlreadyAware,
        boolean compelledByOtherInvestigation,
        boolean completeAndAccurate,
        String cooperation,
        LocalDate discoveredOn,
        String madeBy) {

    /** A disclosure without a discovery date, made by the subject itself. */
    public VoluntaryDisclosure(String subjectId, LocalDate disclosedOn, boolean requestedOrRequiredByOfsi,
                               boolean ofsiAlreadyAware, boolean compelledByOtherInvestigation,
                               boolean completeAndAccurate, String cooperation) {
        this(subjectId, disclosedOn, requestedOrRequiredByOfsi, ofsiAlreadyAware, compelledByOtherInvestigation,
                completeAndAccurate, cooperation, null, null);
    }

    /** §6.5: not voluntary when OFSI requested or required it, was already aware, or another investigation compelled it. */
    public boolean voluntary() {
        return !requestedOrRequiredByOfsi && !ofsiAlreadyAware && !compelledByOtherInvestigation;
    }
}
