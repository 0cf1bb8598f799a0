package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The officer's assessment of the case factors and the overall severity and conduct ratings (§5.5–5.8). The
 * officer's ratings are authoritative; a decided level other than the indicative Figure 5A level is a
 * departure with its reason (§5.8). Public interest may stop any action (§5.9).
 */
public record FactorAssessment(String assessmentId, List<FactorFinding> findings, SeverityRating severity,
                               ConductRating conduct, String assessedBy, LocalDate assessedOn, Integer decidedLevel,
                               String levelDepartureReason, boolean publicInterestStopsAction,
                               String publicInterestReason) {

    public FactorAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(conduct, "conduct");
        Objects.requireNonNull(assessedBy, "assessedBy");
        Objects.requireNonNull(assessedOn, "assessedOn");
        findings = List.copyOf(findings);
    }
}
