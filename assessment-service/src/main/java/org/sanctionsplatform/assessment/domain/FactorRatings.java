package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;

/**
 * The officer's authoritative ratings (§5.6 severity, §5.7 conduct), a decided level when the decision maker
 * departs from Figure 5A (§5.8) and whether public interest stops action (§5.9). A null rating is not rated yet.
 */
public record FactorRatings(
        Severity severity,
        Conduct conduct,
        SeriousnessLevel decidedLevel,
        String levelDepartureReason,
        boolean publicInterestStopsAction,
        String publicInterestReason,
        String assessedBy,
        LocalDate assessedOn) {
}
