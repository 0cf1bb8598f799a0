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
            return result(LikelyOutcome.UNDETERMINED, inputs, "no breach recorded yet");
        }
        if (facts.breachesEstablished() == 0) {
            return result(LikelyOutcome.NO_BREACH, inputs,
                    "no breach is established, so the case is closed without action (§5.2)");
        }
        if (facts.publicInterestStopsAction()) {
            return result(LikelyOutcome.NO_ACTION, inputs, "public interest stops action (§5.9): "
                    + (facts.publicInterestReason() == null ? "no reason recorded" : facts.publicInterestReason()));
        }
        if (facts.fixedPenalty() != null && facts.fixedPenalty().outcome() != LikelyOutcome.FULL_PROCESS) {
            return result(facts.fixedPenalty().outcome(), inputs, "fixed-penalty process (§13): "
                    + facts.fixedPenalty().reason());
        }
        if (facts.level() == null) {
            return result(LikelyOutcome.UNDETERMINED, inputs, "no level yet: severity and conduct not rated");
        }
        RuleResult<LikelyOutcome> byLevel = byLevel(facts, inputs);
        return new RuleResult<>(byLevel.value(), NAME, SECTION, inputs,
                byLevel.outcome() + "; public interest does not stop action (§5.9)");
    }

    private RuleResult<LikelyOutcome> byLevel(Facts facts, java.util.Map<String, String> inputs) {
        String label = facts.level().label(facts.rulebook());
        if (facts.rulebook() == RulebookVersion.PREVIOUS_GUIDANCE) {
            // Previous guidance (DESIGN §3): lesser → private warning, moderate → Disclosure, serious and most
            // serious → a monetary penalty; it had no Level 4 referral outcome.
            return switch (facts.level()) {
                case LEVEL_1 -> result(LikelyOutcome.PRIVATE_WARNING, inputs,
                        label + " (previous guidance): likely a private warning");
                case LEVEL_2 -> result(LikelyOutcome.DISCLOSURE, inputs,
                        label + " (previous guidance): likely a Disclosure, publication without a monetary penalty");
                case LEVEL_3, LEVEL_4 -> result(LikelyOutcome.CIVIL_MONETARY_PENALTY, inputs,
                        label + " (previous guidance): a monetary penalty case");
            };
        }
        return switch (facts.level()) {
            case LEVEL_1 -> result(LikelyOutcome.PRIVATE_WARNING, inputs,
                    label + ": likely a private warning letter");
            case LEVEL_2 -> result(LikelyOutcome.DISCLOSURE, inputs,
                    label + ": likely a Disclosure, publication without a monetary penalty (or, less likely, a warning)");
            case LEVEL_3 -> result(LikelyOutcome.CIVIL_MONETARY_PENALTY, inputs,
                    label + ": likely a civil monetary penalty");
            case LEVEL_4 -> result(LikelyOutcome.REFERRAL_OR_PENALTY, inputs,
                    label + ": possible referral to law enforcement, or a civil monetary penalty");
        };
    }

    private static RuleResult<LikelyOutcome> result(LikelyOutcome outcome, java.util.Map<String, String> inputs,
                                                    String reason) {
        return new RuleResult<>(outcome, NAME, SECTION, inputs, outcome + ": " + reason);
    }
}
