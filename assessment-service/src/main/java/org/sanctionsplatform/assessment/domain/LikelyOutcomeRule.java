package org.sanctionsplatform.assessment.domain;

/**
 * The likely outcome (§5.8 Figure 5B): Level 1 a private warning letter; Level 2 a Disclosure (or, less likely, a
 * warning); Level 3 a civil monetary penalty; Level 4 possible referral to law enforcement, or a penalty. No
 * established breach means no breach (§5.2); public interest can stop any action (§5.9).
 */
public final class LikelyOutcomeRule {

    public static final String NAME = "LikelyOutcome";
    public static final String SECTION = "5.8 Figure 5B, 5.9";

    /** What the outcome depends on. */
    public record Facts(Procedure procedure, int breachesRecorded, int breachesEstablished, SeriousnessLevel level,
                        boolean publicInterestStopsAction, String publicInterestReason, RulebookVersion rulebook) {
    }

    public RuleResult<LikelyOutcome> apply(Facts facts) {
        var inputs = RuleResult.inputs(
                "procedure", facts.procedure(),
                "breachesRecorded", facts.breachesRecorded(),
                "breachesEstablished", facts.breachesEstablished(),
                "level", facts.level() == null ? null : facts.level().number(),
                "publicInterestStopsAction", facts.publicInterestStopsAction());
        if (facts.procedure() == Procedure.FIXED_MONETARY_PENALTY) {
            return result(LikelyOutcome.UNDETERMINED, inputs, "fixed monetary penalty procedure: the Figure 13A"
                    + " ladder (§13) is not applied by this rulebook version yet");
        }
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
        if (facts.level() == null) {
            return result(LikelyOutcome.UNDETERMINED, inputs, "no level yet: severity and conduct not rated");
        }
        String label = facts.level().label(facts.rulebook());
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
