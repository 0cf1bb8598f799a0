package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The officer's findings per case factor and authoritative ratings (§5.6 severity, §5.7 conduct), a decided level
 * when the decision maker departs from Figure 5A (§5.8) and whether public interest stops action (§5.9). A null
 * rating is not rated yet.
 */
public record FactorRatings(
        Severity severity,
        Conduct conduct,
        SeriousnessLevel decidedLevel,
        String levelDepartureReason,
        boolean publicInterestStopsAction,
        String publicInterestReason,
        String assessedBy,
        LocalDate assessedOn,
        List<FactorFinding> findings) {

    public FactorRatings {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static FactorRatings none() {
        return new FactorRatings(null, null, null, null, false, null, null, null, List.of());
    }
}
