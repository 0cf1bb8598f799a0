package org.sanctionsplatform.assessment.domain;

/**
 * The level that counts (§5.8): the decision maker may depart from the indicative Figure 5A level, for example a
 * neutral-conduct case so severe it is Level 4; the departure and its reason are recorded and shown.
 */
public final class LevelDecisionRule {

    public static final String NAME = "LevelDecision";
    public static final String SECTION = "5.8";
    public static final String PREVIOUS_SECTION = "previous guidance (seriousness categories)";

    public RuleResult<SeriousnessLevel> apply(SeriousnessLevel indicative, SeriousnessLevel decided, String reason,
                                              RulebookVersion rulebook) {
        var inputs = RuleResult.inputs(
                "indicativeLevel", indicative == null ? null : indicative.number(),
                "decidedLevel", decided == null ? null : decided.number(),
                "levelDepartureReason", reason);
        if (decided != null && decided != indicative) {
            return new RuleResult<>(decided, NAME, Citation.of(rulebook, SECTION, PREVIOUS_SECTION), inputs, decided.label(rulebook)
                    + " decided, departing from the indicative "
                    + (indicative == null ? "level (not rated)" : indicative.label(rulebook))
                    + ": " + (reason == null || reason.isBlank() ? "no departure reason recorded" : reason));
        }
        if (indicative == null) {
            return new RuleResult<>(null, NAME, Citation.of(rulebook, SECTION, PREVIOUS_SECTION), inputs, "no level yet: not rated and no level decided");
        }
        return new RuleResult<>(indicative, NAME, Citation.of(rulebook, SECTION, PREVIOUS_SECTION), inputs,
                indicative.label(rulebook) + ": the indicative level, no departure");
    }
}
