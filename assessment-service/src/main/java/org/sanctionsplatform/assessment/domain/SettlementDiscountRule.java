package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowKind;

/**
 * The settlement discount (§6.8–6.9): exactly 20%, only if the settlement agreement is signed before the settlement
 * discussions end (30 business days from the notice of intention, plus any agreed extension of at most 10), and not
 * after the representations deadline (30 business days from the notice, plus any agreed extension). Never for
 * Disclosures (the Settlement Scheme is for monetary penalties only), and not for transitional cases (notice of
 * intention before 9 February 2026), which settle without it. The previous guidance had no settlement discount.
 */
public final class SettlementDiscountRule {

    public static final String NAME = "SettlementDiscount";
    public static final String SECTION = "6.8, 6.9";

    /** The discount considered, or null when none was claimed. */
    public RuleResult<Discount> apply(DiscountFacts facts) {
        if (!facts.decision().settlementDiscountClaimed()) {
            return null;
        }
        String subjectId = facts.subject().subjectId();
        LocalDate notice = null;
        LocalDate signed = null;
        for (Milestone m : facts.file().standingMilestones()) {
            if (!m.concerns(subjectId)) {
                continue;
            }
            if (m.isNoticeOfIntention() && (notice == null || m.occurredOn().isBefore(notice))) {
                notice = m.occurredOn();
            } else if (m.is(Milestone.SETTLEMENT_AGREEMENT_SIGNED) && (signed == null || m.occurredOn().isBefore(signed))) {
                signed = m.occurredOn();
            }
        }
        // the windows as the deadline service runs them: extensions granted by the same rule (at most 10 business days
        // of settlement, none agreed after the close), in the same configured calendar
        Optional<Window> discussions = facts.windows().standing(WindowKind.SETTLEMENT_DISCUSSIONS, subjectId);
        Optional<Window> representations = facts.windows().standing(WindowKind.REPRESENTATIONS, subjectId);
        int extension = discussions.map(Window::extendedBusinessDays).orElse(0);
        LocalDate windowEnds = discussions.map(Window::dueDate).orElse(null);
        LocalDate representationsDeadline = representations.map(Window::dueDate).orElse(null);
        var inputs = RuleResult.inputs(
                "subjectId", subjectId,
                "noticeOfIntention", notice,
                "settlementAgreementSigned", signed,
                "agreedExtensionBusinessDays", extension,
                "settlementWindowEnds", windowEnds,
                "representationsDeadline", representationsDeadline,
                "calendarDivision", facts.file().calendarDivision(),
                "transitional", facts.transitional(),
                "likelyOutcome", facts.outcome());
        String who = facts.subject().name() + ": ";
        if (facts.outcome() == LikelyOutcome.DISCLOSURE || facts.level() == SeriousnessLevel.LEVEL_2) {
            return refused(who + "the Settlement Scheme applies only to monetary penalties, never to Disclosures (§6.9)",
                    inputs);
        }
        if (!facts.outcome().isPenalty()) {
            return refused(who + "no monetary penalty (" + facts.outcome() + "), so no settlement discount", inputs);
        }
        if (facts.transitional()) {
            return refused(who + "transitional case (notice of intention before 9 February 2026): it may settle under"
                    + " the transitional process, which keeps the previous guidance's higher voluntary disclosure"
                    + " discount and does not apply the 20% settlement discount (§6.9)", inputs);
        }
        if (facts.rulebook() == RulebookVersion.PREVIOUS_GUIDANCE) {
            return refused(who + "the previous guidance had no settlement discount", inputs);
        }
        if (notice == null) {
            return refused(who + "no notice of intention: settlement discussions run from it (§6.9)", inputs);
        }
        if (windowEnds == null || representationsDeadline == null) {
            return refused(who + "no settlement discussions ran from the notice of intention of " + notice
                    + " (§6.9)", inputs);
        }
        if (signed == null) {
            return refused(who + "no settlement agreement has been signed (§6.8)", inputs);
        }
        if (signed.isAfter(windowEnds)) {
            return refused(who + "the settlement agreement was signed on " + signed + ", after the settlement"
                    + " discussions ended on " + windowEnds + " (30 business days from the notice of intention of "
                    + notice + (extension > 0 ? " plus " + extension + " agreed" : "") + ", §6.8)", inputs);
        }
        if (signed.isAfter(representationsDeadline)) {
            return refused(who + "the settlement agreement was signed on " + signed + ", after the representations"
                    + " deadline of " + representationsDeadline + " (§6.9)", inputs);
        }
        String text = who + "settlement agreement signed on " + signed + ", within the settlement discussions ending "
                + windowEnds + " (notice of intention " + notice + ", business days of "
                + facts.file().calendarDivision().words() + "): 20% applied (§6.8)";
        return new RuleResult<>(new Discount(Discount.DiscountKind.SETTLEMENT, DiscountCaps.SETTLEMENT, true, text,
                SECTION), NAME, SECTION, inputs, text);
    }

    private static RuleResult<Discount> refused(String reason, java.util.Map<String, String> inputs) {
        String text = reason + ": 20% claimed, not applied";
        return new RuleResult<>(new Discount(Discount.DiscountKind.SETTLEMENT, Money.percent("0"), false, text, SECTION),
                NAME, SECTION, inputs, text);
    }
}
