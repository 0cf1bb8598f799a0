package org.sanctionsplatform.assessment.domain;

/**
 * The section an explanation step cites, by the guidance version actually applied. The project holds the 2026
 * guidance; the previous guidance (in force until 8 February 2026) is known from what the 2026 text says of it: the
 * summary of changes (§1.1), the choice of version (§5 introduction) and the transitional cases (§6.9). So a step that
 * applies a previous-guidance rule cites "previous guidance" with the subject of the rule, or the Act it rests on,
 * never a 2026 section or figure the previous guidance did not have (Figure 5A, the four levels of Figure 5B, the
 * co-operation discount, the Early Account Scheme, the hardship policy, fixed penalties).
 */
final class Citation {

    private Citation() {
    }

    /** {@code section2026} under the 2026 guidance, {@code previous} under the previous guidance. */
    static String of(RulebookVersion rulebook, String section2026, String previous) {
        return rulebook == RulebookVersion.PREVIOUS_GUIDANCE ? previous : section2026;
    }

    static boolean previous(RulebookVersion rulebook) {
        return rulebook == RulebookVersion.PREVIOUS_GUIDANCE;
    }
}
