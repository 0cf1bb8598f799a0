package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline bands as percentages of the statutory maximum, per rulebook version and level. Published for 2026
 * (§6.2, Figure 5B): Level 3 above 0 up to 75%, Level 4 from 75% to 100%. Previous guidance (DESIGN §3): serious
 * cases up to 50%; for most serious cases no band was published, so above 50% up to 100% is taken. The table is a
 * value, so an operator-supplied one can replace it.
 */
public final class BaselineBands {

    /** One band in percent. */
    public record Percentages(BigDecimal lower, boolean lowerInclusive, BigDecimal upper) {
    }

    private final Map<RulebookVersion, Map<SeriousnessLevel, Percentages>> bands;

    public BaselineBands(Map<RulebookVersion, Map<SeriousnessLevel, Percentages>> bands) {
        Map<RulebookVersion, Map<SeriousnessLevel, Percentages>> copy = new EnumMap<>(RulebookVersion.class);
        bands.forEach((version, byLevel) -> copy.put(version, Map.copyOf(byLevel)));
        this.bands = Map.copyOf(copy);
    }

    public static BaselineBands asPublished() {
        return new BaselineBands(Map.of(
                RulebookVersion.GUIDANCE_2026, Map.of(
                        SeriousnessLevel.LEVEL_3, new Percentages(Money.percent("0"), false, Money.percent("75")),
                        SeriousnessLevel.LEVEL_4, new Percentages(Money.percent("75"), true, Money.percent("100"))),
                RulebookVersion.PREVIOUS_GUIDANCE, Map.of(
                        SeriousnessLevel.LEVEL_3, new Percentages(Money.percent("0"), false, Money.percent("50")),
                        SeriousnessLevel.LEVEL_4, new Percentages(Money.percent("50"), false, Money.percent("100")))));
    }

    /** The same table with one band replaced (an operator's configuration). */
    public BaselineBands with(RulebookVersion version, SeriousnessLevel level, Percentages band) {
        if (band.lower().signum() < 0 || band.upper().compareTo(Money.percent("100")) > 0
                || band.lower().compareTo(band.upper()) > 0) {
            throw new IllegalArgumentException("a baseline band lies within 0% to 100% with its lower bound not above"
                    + " its upper bound: " + version + " level " + level.number() + " " + band);
        }
        Map<RulebookVersion, Map<SeriousnessLevel, Percentages>> copy = new EnumMap<>(RulebookVersion.class);
        bands.forEach((v, byLevel) -> {
            Map<SeriousnessLevel, Percentages> levels = new EnumMap<>(SeriousnessLevel.class);
            levels.putAll(byLevel);
            copy.put(v, levels);
        });
        copy.computeIfAbsent(version, v -> new EnumMap<>(SeriousnessLevel.class)).put(level, band);
        return new BaselineBands(copy);
    }

    public Optional<Percentages> bandFor(RulebookVersion version, SeriousnessLevel level) {
        return Optional.ofNullable(bands.getOrDefault(version, Map.of()).get(level));
    }
}
