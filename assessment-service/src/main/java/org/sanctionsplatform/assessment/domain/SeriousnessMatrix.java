package org.sanctionsplatform.assessment.domain;

import static org.sanctionsplatform.assessment.domain.SeriousnessLevel.LEVEL_1;
import static org.sanctionsplatform.assessment.domain.SeriousnessLevel.LEVEL_2;
import static org.sanctionsplatform.assessment.domain.SeriousnessLevel.LEVEL_3;
import static org.sanctionsplatform.assessment.domain.SeriousnessLevel.LEVEL_4;

/**
 * The indicative overall seriousness from the officer's severity and conduct ratings (§5.8 Figure 5A):
 * <pre>
 *              LOW      MEDIUM   HIGH
 * MITIGATING   Level 1  Level 2  Level 3
 * NEUTRAL      Level 2  Level 3  Level 3
 * AGGRAVATING  Level 3  Level 3  Level 4
 * </pre>
 */
public final class SeriousnessMatrix {

    public static final String NAME = "SeriousnessMatrix";
    public static final String SECTION = "5.8 Figure 5A";
    /** The previous guidance had no Figure 5A: its categories were lesser, moderate, serious and most serious (§1.1). */
    public static final String PREVIOUS_SECTION = "previous guidance (seriousness categories; 1.1)";

    // §5.8 Figure 5A: rows conduct (MITIGATING, NEUTRAL, AGGRAVATING), columns severity (LOW, MEDIUM, HIGH).
    private static final SeriousnessLevel[][] FIGURE_5A = {
            {LEVEL_1, LEVEL_2, LEVEL_3},
            {LEVEL_2, LEVEL_3, LEVEL_3},
            {LEVEL_3, LEVEL_3, LEVEL_4},
    };

    public static SeriousnessLevel indicativeLevel(Severity severity, Conduct conduct) {
        return FIGURE_5A[conduct.ordinal()][severity.ordinal()];
    }

    /** The indicative level, or a null value when severity or conduct is not rated yet. */
    public RuleResult<SeriousnessLevel> apply(Severity severity, Conduct conduct, RulebookVersion rulebook) {
        var inputs = RuleResult.inputs("severity", severity, "conduct", conduct);
        String section = Citation.of(rulebook, SECTION, PREVIOUS_SECTION);
        boolean previous = Citation.previous(rulebook);
        if (severity == null || conduct == null) {
            return new RuleResult<>(null, NAME, section, inputs,
                    "no indicative level: severity and conduct are not both rated yet"
                            + (previous ? "" : " (§5.6, §5.7)"));
        }
        SeriousnessLevel level = indicativeLevel(severity, conduct);
        if (previous) {
            // The previous guidance rated cases lesser, moderate, serious or most serious without a published matrix;
            // the same grid is used as an indication only, the decision maker's category counting (LevelDecision).
            return new RuleResult<>(level, NAME, section, inputs, severity + " severity with " + conduct
                    + " conduct indicates a " + level.label(rulebook) + " case: the previous guidance had no Figure 5A,"
                    + " so its categories are placed by the same grid as an indication only, for the decision maker"
                    + " to confirm or depart from");
        }
        return new RuleResult<>(level, NAME, section, inputs,
                severity + " severity with " + conduct + " conduct indicates " + level.label(rulebook));
    }
}
