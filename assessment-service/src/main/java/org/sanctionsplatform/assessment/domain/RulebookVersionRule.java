package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Picks the rulebook by the date of the first formal decision, not the breach date (§5 introduction): the first
 * notice of intention, else the first penalty decision. Before any decision the 2026 guidance applies provisionally.
 * A notice of intention issued before 9 February 2026 makes the case transitional (§6.9).
 */
public final class RulebookVersionRule {

    public static final String NAME = "RulebookVersion";
    public static final String SECTION = "5 introduction";

    /** The chosen version, whether it is provisional, whether the case is transitional, and the decision date used. */
    public record Choice(RulebookVersion version, boolean provisional, boolean transitional, LocalDate decisionDate) {
    }

    public RuleResult<Choice> apply(CaseFile file) {
        Optional<LocalDate> notice = file.firstNoticeOfIntention();
        Optional<LocalDate> penaltyDecision = file.firstPenaltyDecision();
        var inputs = RuleResult.inputs(
                "firstNoticeOfIntention", notice.orElse(null),
                "firstPenaltyDecision", penaltyDecision.orElse(null),
                "guidance2026InForceFrom", RulebookVersion.GUIDANCE_2026_IN_FORCE);
        boolean transitional = notice.map(d -> d.isBefore(RulebookVersion.GUIDANCE_2026_IN_FORCE)).orElse(false);
        if (notice.isPresent() || penaltyDecision.isPresent()) {
            LocalDate decided = notice.orElseGet(penaltyDecision::get);
            String which = notice.isPresent() ? "notice of intention" : "penalty decision";
            RulebookVersion version = RulebookVersion.inForceOn(decided);
            String outcome = version + ": the first formal decision (" + which + " of " + decided + ") is "
                    + (version == RulebookVersion.GUIDANCE_2026 ? "on or after" : "before") + " 9 February 2026"
                    + (transitional ? "; transitional case (notice of intention before 9 February 2026, §6.9)" : "");
            return new RuleResult<>(new Choice(version, false, transitional, decided), NAME, SECTION, inputs, outcome);
        }
        return new RuleResult<>(new Choice(RulebookVersion.GUIDANCE_2026, true, false, null), NAME, SECTION, inputs,
                "GUIDANCE_2026, provisional: no formal decision yet (no notice of intention or penalty decision);"
                        + " the version is fixed by the first formal decision");
    }
}
