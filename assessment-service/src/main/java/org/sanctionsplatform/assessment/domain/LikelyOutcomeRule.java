package org.sanctionsplatform.assessment.domain;

/**
 * The likely outcome (§5.8 Figure 5B): Level 1 a private warning letter; Level 2 a Disclosure (or, less likely, a
 * warning); Level 3 a civil monetary penalty; Level 4 possible referral to law enforcement, or a penalty. Under the
 * previous guidance: lesser → private warning, moderate → Disclosure, serious and most serious → penalty. A case on
 * the fixed-penalty process takes the Figure 13A outcome (§13) unless it goes to the full process. No established
 * breach means no breach (§5.2); public interest can stop any action (§5.9).
 */
public final class LikelyOutcomeRule {

    public static final String NAME = "LikelyOutcome";
    public static final String SECTION = "5.8 Figure 5B, 5.9";
    public static final String PREVIOUS_SECTION = "previous guidance (outcomes by seriousness; public interest)";
    /** Fixed-penalty cases take the Figure 13A outcome. */
    public static final String FIXED_PENALTY_SECTION = "13.1 Figure 13A, 5.9";

    /** What the outcome depends on. */
    public record Facts(Procedure procedure, int breachesRecorded, int breachesEstablished, SeriousnessLevel level,
                        boolean publicInterestStopsAction, String publicInterestReason, RulebookVersion rulebook,
                        FixedPenaltyAssessment fixedPenalty) {
    }

    public RuleResult<LikelyOutcome> apply(Facts facts) {
        var inputs = RuleResult.inputs(
                "procedure", facts.procedure(),
                "breachesRecorded", facts.breachesRecorded(),
                "breachesEstablished", facts.breachesEstablished(),
                "level", facts.level() == null ? null : facts.level().number(),
                "publicInterestStopsAction", facts.publicInterestStopsAction());
        if (facts.breachesRecorded() == 0) {
            return result(LikelyOutcome.UNDETERMINED, inputs, "no breach recorded yet",
                    Citation.of(facts.rulebook(), SECTION, PREVIOUS_SECTION));
        }
        String section = Citation.of(facts.rulebook(), SECTION, PREVIOUS_SECTION);
        boolean previous = Citation.previous(facts.rulebook());
        if (facts.breachesEstablished() == 0) {
            return result(LikelyOutcome.NO_BREACH, inputs, "no breach is established, so the case is closed without"
                    + " action (" + (previous ? "s.146(1)" : "§5.2") + ")", section);
        }
        if (facts.publicInterestStopsAction()) {
            return result(LikelyOutcome.NO_ACTION, inputs, "public interest stops action" + (previous ? "" : " (§5.9)")
                    + ": " + (facts.publicInterestReason() == null ? "no reason recorded" : facts.publicInterestReason()),
                    section);
        }
        if (facts.fixedPenalty() != null && facts.fixedPenalty().outcome() != LikelyOutcome.FULL_PROCESS) {
            return result(facts.fixedPenalty().outcome(), inputs, "fixed-penalty process (§13): "
                    + facts.fixedPenalty().reason(), FIXED_PENALTY_SECTION);
        }
        if (facts.level() == null) {
            return result(LikelyOutcome.UNDETERMINED, inputs, "no level yet: severity and conduct not rated", section);
        }
        RuleResult<LikelyOutcome> byLevel = byLevel(facts, inputs);
        return new RuleResult<>(byLevel.value(), NAME, byLevel.section(), inputs,
                byLevel.outcome() + "; public interest does not stop action"
                        + (Citation.previous(facts.rulebook()) ? "" : " (§5.9)"));
    }

    private RuleResult<LikelyOutcome> byLevel(Facts facts, java.util.Map<String, String> inputs) {
        String label = facts.level().label(facts.rulebook());
        String section = Citation.of(facts.rulebook(), SECTION, PREVIOUS_SECTION);
        if (facts.rulebook() == RulebookVersion.PREVIOUS_GUIDANCE) {
            // Previous guidance (README, "The rulebook"): lesser → private warning, moderate → Disclosure, serious
            // and most serious → a monetary penalty; it had no Level 4 referral outcome.
            return switch (facts.level()) {
                case LEVEL_1 -> result(LikelyOutcome.PRIVATE_WARNING, inputs,
                        label + " (previous guidance): likely a private warning", section);
                case LEVEL_2 -> result(LikelyOutcome.DISCLOSURE, inputs,
                        label + " (previous guidance): likely a Disclosure, publication without a monetary penalty",
                        section);
                case LEVEL_3, LEVEL_4 -> result(LikelyOutcome.CIVIL_MONETARY_PENALTY, inputs,
                        label + " (previous guidance): a monetary penalty case", section);
            };
        }
        return switch (facts.level()) {
            case LEVEL_1 -> result(LikelyOutcome.PRIVATE_WARNING, inputs,
                    label + ": likely a private warning letter", section);
            case LEVEL_2 -> result(LikelyOutcome.DISCLOSURE, inputs,
                    label + ": likely a Disclosure, publication without a monetary penalty (or, less likely, a warning)",
                    section);
            case LEVEL_3 -> result(LikelyOutcome.CIVIL_MONETARY_PENALTY, inputs,
                    label + ": likely a civil monetary penalty", section);
            case LEVEL_4 -> result(LikelyOutcome.REFERRAL_OR_PENALTY, inputs,
                    label + ": possible referral to law enforcement, or a civil monetary penalty", section);
        };
    }

    private static RuleResult<LikelyOutcome> result(LikelyOutcome outcome, java.util.Map<String, String> inputs,
                                                    String reason, String section) {
        return new RuleResult<>(outcome, NAME, section, inputs, outcome + ": " + reason);
    }
}
