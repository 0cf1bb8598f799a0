package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.Objects;

/** How and when the case was closed; nothing more is recorded after it. */
public record CaseClosure(LocalDate closedOn, CaseClosureReason reason, String notes) {

    public CaseClosure {
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(reason, "reason");
    }
}
