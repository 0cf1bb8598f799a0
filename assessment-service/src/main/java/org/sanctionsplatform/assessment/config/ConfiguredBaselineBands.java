package org.sanctionsplatform.assessment.config;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import org.sanctionsplatform.assessment.domain.BaselineBands;
import org.sanctionsplatform.assessment.domain.RulebookVersion;
import org.sanctionsplatform.assessment.domain.SeriousnessLevel;

/**
 * The baseline bands (§6.2; previous guidance DESIGN §3) as published, each overridable from configuration:
 * {@code assessment.baseline-bands.<guidance-2026|previous-guidance>.level-<3|4>.lower-percent},
 * {@code ...lower-inclusive} and {@code ...upper-percent} (for example
 * {@code ASSESSMENT_BASELINE_BANDS_PREVIOUS_GUIDANCE_LEVEL_4_LOWER_PERCENT=50}). The previous guidance published no band
 * for most serious cases, so that one is the likeliest to be set.
 */
final class ConfiguredBaselineBands {

    static final String PREFIX = "assessment.baseline-bands.";

    private ConfiguredBaselineBands() {
    }

    /** The published bands with every configured value applied; {@code property} answers null for an absent key. */
    static BaselineBands from(Function<String, String> property) {
        BaselineBands bands = BaselineBands.asPublished();
        for (RulebookVersion version : RulebookVersion.values()) {
            for (SeriousnessLevel level : new SeriousnessLevel[] {SeriousnessLevel.LEVEL_3, SeriousnessLevel.LEVEL_4}) {
                String key = PREFIX + version.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".level-"
                        + level.number() + ".";
                String lower = property.apply(key + "lower-percent");
                String inclusive = property.apply(key + "lower-inclusive");
                String upper = property.apply(key + "upper-percent");
                if (lower == null && inclusive == null && upper == null) {
                    continue;
                }
                BaselineBands.Percentages published = bands.bandFor(version, level).orElseThrow();
                bands = bands.with(version, level, new BaselineBands.Percentages(
                        lower == null ? published.lower() : percent(lower, key + "lower-percent"),
                        inclusive == null ? published.lowerInclusive() : Boolean.parseBoolean(inclusive.trim()),
                        upper == null ? published.upper() : percent(upper, key + "upper-percent")));
            }
        }
        return bands;
    }

    private static BigDecimal percent(String value, String key) {
        try {
            return new BigDecimal(value.trim()).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a percentage such as 50 or 62.5, not " + value, e);
        }
    }
}
