package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * The band for the baseline penalty of a penalty outcome (§6.2, Figure 5B), in percent and in pounds of the case's
 * statutory maximum. Outcomes without a monetary penalty have no band.
 */
public final class BaselineBandRule {

    public static final String NAME = "BaselineBand";
    public static final String SECTION = "6.2, 5.8 Figure 5B";
    /** Serious up to 50%; most serious, for which no band was published, a configurable default. */
    public static final String PREVIOUS_SECTION = "previous guidance (baseline)";

    private final BaselineBands bands;

    public BaselineBandRule(BaselineBands bands) {
        this.bands = bands;
    }

    public RuleResult<BaselineBand> apply(RulebookVersion rulebook, SeriousnessLevel level, LikelyOutcome outcome,
                                          BigDecimal statutoryMaximum) {
        var inputs = RuleResult.inputs(
                "rulebook", rulebook,
                "level", level == null ? null : level.number(),
                "likelyOutcome", outcome,
                "statutoryMaximum", statutoryMaximum);
        String section = Citation.of(rulebook, SECTION, PREVIOUS_SECTION);
        if (!outcome.isPenalty() || level == null) {
            return new RuleResult<>(null, NAME, section, inputs, "no baseline band: " + outcome + " is not a monetary penalty");
        }
        return bands.bandFor(rulebook, level)
                .map(p -> {
                    BaselineBand band = new BaselineBand(p.lower(), p.lowerInclusive(), p.upper(),
                            Money.percentOf(statutoryMaximum, p.lower()), Money.percentOf(statutoryMaximum, p.upper()));
                    return new RuleResult<>(band, NAME, section, inputs,
                            level.label(rulebook) + " baseline: " + band.describe());
                })
                .orElseGet(() -> new RuleResult<>(null, NAME, section, inputs,
                        "no baseline band configured for " + rulebook + " " + level.label(rulebook)));
    }
}
