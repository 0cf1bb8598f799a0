package org.sanctionsplatform.assessment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.assessment.domain.BaselineBands;
import org.sanctionsplatform.assessment.domain.RulebookVersion;
import org.sanctionsplatform.assessment.domain.SeriousnessLevel;

/** The baseline bands are configuration: the published ones unless an operator sets another (DESIGN §3). */
class ConfiguredBaselineBandsTest {

    @Test
    void withoutConfigurationTheBandsAreThePublishedOnes() {
        BaselineBands bands = ConfiguredBaselineBands.from(key -> null);

        assertThat(bands.bandFor(RulebookVersion.PREVIOUS_GUIDANCE, SeriousnessLevel.LEVEL_4).orElseThrow())
                .isEqualTo(BaselineBands.asPublished().bandFor(RulebookVersion.PREVIOUS_GUIDANCE, SeriousnessLevel.LEVEL_4)
                        .orElseThrow());
    }

    @Test
    void anOperatorCanSetTheMostSeriousBandOfThePreviousGuidance() {
        Map<String, String> config = Map.of(
                "assessment.baseline-bands.previous-guidance.level-4.lower-percent", "60",
                "assessment.baseline-bands.previous-guidance.level-4.lower-inclusive", "true");
        BaselineBands bands = ConfiguredBaselineBands.from(config::get);

        BaselineBands.Percentages band = bands.bandFor(RulebookVersion.PREVIOUS_GUIDANCE, SeriousnessLevel.LEVEL_4)
                .orElseThrow();
        assertThat(band.lower()).isEqualByComparingTo("60");
        assertThat(band.lowerInclusive()).isTrue();
        assertThat(band.upper()).isEqualByComparingTo("100");
        assertThat(bands.bandFor(RulebookVersion.GUIDANCE_2026, SeriousnessLevel.LEVEL_3).orElseThrow().upper())
                .isEqualByComparingTo("75");
    }

    @Test
    void aBandOutside0To100PercentIsRefusedAtStartUp() {
        assertThatThrownBy(() -> ConfiguredBaselineBands.from(
                Map.of("assessment.baseline-bands.guidance-2026.level-4.upper-percent", "120")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0% to 100%");
    }
}
