package org.sanctionsplatform.assessment.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Overall seriousness of a case (§5.8). The 2026 guidance calls them Level 1–4; the previous guidance used
 * lesser, moderate, serious and most serious for the same four steps (DESIGN §3).
 */
public enum SeriousnessLevel {
    LEVEL_1(1, "Level 1 (low)", "lesser"),
    LEVEL_2(2, "Level 2 (moderate)", "moderate"),
    LEVEL_3(3, "Level 3 (high)", "serious"),
    LEVEL_4(4, "Level 4 (very high)", "most serious");

    private final int number;
    private final String label2026;
    private final String previousLabel;

    SeriousnessLevel(int number, String label2026, String previousLabel) {
        this.number = number;
        this.label2026 = label2026;
        this.previousLabel = previousLabel;
    }

    public int number() {
        return number;
    }

    public String label(RulebookVersion rulebook) {
        return rulebook == RulebookVersion.PREVIOUS_GUIDANCE ? previousLabel : label2026;
    }

    public static Optional<SeriousnessLevel> ofNumber(int number) {
        return Arrays.stream(values()).filter(l -> l.number == number).findFirst();
    }
}
