package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A subject's disclosure of a breach to OFSI, with the facts §6.5 uses to judge whether it was voluntary
 * and complete. Whether a discount follows is the rulebook's call (assessment-service).
 */
public record VoluntaryDisclosure(String disclosureId, SubjectId subjectId, LocalDate disclosedOn,
                                  boolean requestedOrRequiredByOfsi, boolean ofsiAlreadyAware,
                                  boolean compelledByOtherInvestigation, boolean completeAndAccurate,
                                  String cooperation) {

    public VoluntaryDisclosure {
        Objects.requireNonNull(disclosureId, "disclosureId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(disclosedOn, "disclosedOn");
    }

    /** §6.5: not voluntary when OFSI requested it, already knew, or another investigation prompted it. */
    public boolean isVoluntary() {
        return !requestedOrRequiredByOfsi && !ofsiAlreadyAware && !compelledByOtherInvestigation;
    }
}
