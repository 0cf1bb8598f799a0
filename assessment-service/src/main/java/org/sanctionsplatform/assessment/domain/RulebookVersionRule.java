package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Picks the rulebook by the date of the first formal decision whether to take enforcement action, not the breach date
 * (§5 introduction): the first decision to issue a notice of intention or to make a Disclosure (a notice of intended
 * Disclosure, or the Disclosure decided); failing those, the first penalty decision. Before any decision the 2026
 * guidance applies provisionally. A case whose notice of intention was issued before 9 February 2026 is transitional
 * while no final decision has been made (§6.9).
 */
public final class RulebookVersionRule {

    public static final String NAME = "RulebookVersion";
    public static final String SECTION = "5 introduction";
    public static final String TRANSITIONAL_SECTION = "5 introduction, 6.9";

    /** The chosen version, whether it is provisional, whether the case is transitional, and the decision date used. */
    public record Choice(RulebookVersion version, boolean provisional, boolean transitional, LocalDate decisionDate) {
    }

    public RuleResult<Choice> apply(CaseFile file) {
        Optional<Milestone> formal = file.firstFormalDecision();
        Optional<LocalDate> notice = file.firstNoticeOfIntention();
        Optional<LocalDate> penaltyDecision = file.firstPenaltyDecision();
        Optional<LocalDate> finalDecision = file.finalDecision();
        var inputs = RuleResult.inputs(
                "firstFormalDecision", formal.map(m -> m.type() + " " + m.occurredOn()).orElse(null),
                "firstNoticeOfIntention", notice.orElse(null),
                "firstPenaltyDecision", penaltyDecision.orElse(null),
                "finalDecision", finalDecision.orElse(null),
                "guidance2026InForceFrom", RulebookVersion.GUIDANCE_2026_IN_FORCE);
        boolean noticeBefore2026 = notice.map(d -> d.isBefore(RulebookVersion.GUIDANCE_2026_IN_FORCE)).orElse(false);
        // §6.9: the transitional process is open "where no final decision has yet been resolved".
        boolean transitional = noticeBefore2026 && finalDecision.isEmpty();
        if (formal.isPresent() || penaltyDecision.isPresent()) {
            LocalDate decided = formal.map(Milestone::occurredOn).orElseGet(penaltyDecision::get);
            String which = formal.map(m -> words(m.type())).orElse("penalty decision");
            RulebookVersion version = RulebookVersion.inForceOn(decided);
            String outcome = version + ": the first formal decision (" + which + " of " + decided + ") is "
                    + (version == RulebookVersion.GUIDANCE_2026 ? "on or after" : "before") + " 9 February 2026"
                    + (transitional ? "; transitional case (notice of intention before 9 February 2026, no final"
                    + " decision yet, §6.9)" : "")
                    + (noticeBefore2026 && !transitional ? "; no longer transitional: the final decision of "
                    + finalDecision.get() + " has been made (§6.9)" : "");
            return new RuleResult<>(new Choice(version, false, transitional, decided), NAME,
                    noticeBefore2026 ? TRANSITIONAL_SECTION : SECTION, inputs, outcome);
        }
        return new RuleResult<>(new Choice(RulebookVersion.GUIDANCE_2026, true, false, null), NAME, SECTION, inputs,
                "GUIDANCE_2026, provisional: no formal decision yet (no notice of intention, decision to make a"
                        + " Disclosure or penalty decision); the version is fixed by the first formal decision");
    }

    private static String words(String milestoneType) {
        return switch (milestoneType) {
            case Milestone.NOTICE_OF_INTENTION -> "notice of intention";
            case Milestone.NOTICE_OF_INTENDED_DISCLOSURE -> "notice of intended Disclosure";
            case Milestone.DISCLOSURE_DECIDED -> "decision to make a Disclosure";
            default -> milestoneType;
        };
    }
}
