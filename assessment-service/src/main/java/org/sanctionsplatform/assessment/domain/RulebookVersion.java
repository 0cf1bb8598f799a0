package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;

/**
 * The guidance a case is assessed under: the one in force at the first formal decision, not at the breach
 * (§5 introduction). The 2026 guidance applies from 9 February 2026.
 */
public enum RulebookVersion {
    GUIDANCE_2026,
    PREVIOUS_GUIDANCE;

    public static final LocalDate GUIDANCE_2026_IN_FORCE = LocalDate.of(2026, 2, 9);

    public static RulebookVersion inForceOn(LocalDate decisionDate) {
        return decisionDate.isBefore(GUIDANCE_2026_IN_FORCE) ? PREVIOUS_GUIDANCE : GUIDANCE_2026;
    }
}
