package org.sanctionsplatform.assessment.domain;

import java.util.List;

/**
 * Suggests the overall severity (§5.6, factors A–D) and conduct (§5.7, factors E–H and other) from the officer's
 * findings per factor, and shows its reasoning; the officer's own ratings stay authoritative (§5.8: OFSI rates).
 *
 * <p>Severity: the rounded mean of the severity findings (LOW 1, MEDIUM 2, HIGH 3, halves round up), raised to HIGH
 * when circumvention (A) is found HIGH, since OFSI "takes circumvention very seriously" (§5.6 A). Conduct: the
 * balance of aggravating against mitigating findings (§5.4: "the more aggravating factors we see ...").
 */
public final class SuggestedRatingsRule {

    public static final String NAME = "SuggestedRatings";
    public static final String SECTION = "5.5, 5.6, 5.7";
    /** The findings are recorded against the 2026 case factors; the previous guidance's factors differed (§1.1). */
    public static final String PREVIOUS_SECTION = "previous guidance (case factors; 1.1 lists what changed)";

    /** The suggestions; null where no finding of that kind was recorded. */
    public record Suggestion(Severity severity, Conduct conduct) {
    }

    public RuleResult<Suggestion> apply(FactorRatings ratings, RulebookVersion rulebook) {
        List<FactorFinding> findings = ratings.findings();
        StringBuilder listed = new StringBuilder();
        int severityCount = 0;
        int severitySum = 0;
        boolean circumventionHigh = false;
        int aggravating = 0;
        int mitigating = 0;
        int conductCount = 0;
        for (FactorFinding f : findings) {
            if (listed.length() > 0) {
                listed.append("; ");
            }
            listed.append(f.factor()).append('=').append(f.effect());
            if (f.factor().isSeverity()) {
                severityCount++;
                severitySum += switch (f.effect()) {
                    case LOW -> 1;
                    case MEDIUM -> 2;
                    case HIGH -> 3;
                    default -> 0;
                };
                circumventionHigh |= f.factor() == CaseFactor.A_CIRCUMVENTION && f.effect() == FactorEffect.HIGH;
            } else {
                conductCount++;
                if (f.effect() == FactorEffect.AGGRAVATING) {
                    aggravating++;
                } else if (f.effect() == FactorEffect.MITIGATING) {
                    mitigating++;
                }
            }
        }
        Severity severity = null;
        String severityWhy;
        if (severityCount == 0) {
            severityWhy = "no severity finding (A–D) recorded";
        } else if (circumventionHigh) {
            severity = Severity.HIGH;
            severityWhy = "HIGH: circumvention (A) is found HIGH";
        } else {
            // Rounded mean, halves up: (2 * sum + count) / (2 * count) in integers.
            int mean = (2 * severitySum + severityCount) / (2 * severityCount);
            severity = mean <= 1 ? Severity.LOW : mean == 2 ? Severity.MEDIUM : Severity.HIGH;
            severityWhy = severity + ": the mean of " + severityCount + " severity finding(s) (LOW 1, MEDIUM 2, HIGH 3)"
                    + " is " + severitySum + "/" + severityCount;
        }
        Conduct conduct = null;
        String conductWhy;
        if (conductCount == 0) {
            conductWhy = "no conduct finding (E–H, other) recorded";
        } else {
            conduct = aggravating > mitigating ? Conduct.AGGRAVATING
                    : mitigating > aggravating ? Conduct.MITIGATING : Conduct.NEUTRAL;
            conductWhy = conduct + ": " + aggravating + " aggravating against " + mitigating + " mitigating of "
                    + conductCount + " conduct finding(s)";
        }
        String officer = "; the officer rated severity " + text(ratings.severity()) + " and conduct "
                + text(ratings.conduct()) + ", and the officer's ratings are authoritative"
                + (differs(severity, ratings.severity()) || differs(conduct, ratings.conduct())
                        ? " (they differ from the suggestion)" : "");
        var inputs = RuleResult.inputs("findings", listed.length() == 0 ? null : listed.toString(),
                "officerSeverity", ratings.severity(), "officerConduct", ratings.conduct());
        return new RuleResult<>(new Suggestion(severity, conduct), NAME, Citation.of(rulebook, SECTION, PREVIOUS_SECTION),
                inputs, "suggested severity " + severityWhy + "; suggested conduct " + conductWhy + officer
                        + (Citation.previous(rulebook) ? "; the findings follow the 2026 case factors A–H, which"
                        + " differ from the previous guidance's (§1.1)" : ""));
    }

    private static boolean differs(Object suggested, Object officer) {
        return suggested != null && officer != null && suggested != officer;
    }

    private static String text(Object rating) {
        return rating == null ? "(not yet)" : rating.toString();
    }
}
