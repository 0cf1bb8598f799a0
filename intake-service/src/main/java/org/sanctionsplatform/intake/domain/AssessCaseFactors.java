package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: record the officer's case-factor findings and overall ratings (§5.5–5.9); replaces the previous
 * assessment.
 *
 * @param decidedLevel a seriousness level (1–4) other than the indicative one; needs levelDepartureReason (§5.8)
 */
public record AssessCaseFactors(List<Finding> findings, SeverityRating severity, ConductRating conduct,
                                String assessedBy, LocalDate assessedOn, Integer decidedLevel,
                                String levelDepartureReason, Boolean publicInterestStopsAction,
                                String publicInterestReason) {

    public record Finding(CaseFactor factor, FactorEffect effect, String rationale) {
    }

    public AssessCaseFactors {
        findings = findings == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(findings));
    }
}
