package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A subject's disclosure of a breach to OFSI, made by the subject or on its behalf by its parent or group company
 * ({@code madeBy}), with the facts §6.5 uses to judge whether it was voluntary, prompt (from {@code discoveredOn}, when
 * the breach was discovered; null on disclosures recorded before it was asked for) and complete. Whether a discount
 * follows is the rulebook's call (assessment-service).
 */
public record VoluntaryDisclosure(String disclosureId, SubjectId subjectId, LocalDate disclosedOn,
                                  boolean requestedOrRequiredByOfsi, boolean ofsiAlreadyAware,
                                  boolean compelledByOtherInvestigation, boolean completeAndAccurate,
                                  String cooperation, LocalDate discoveredOn, String madeBy) {

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
