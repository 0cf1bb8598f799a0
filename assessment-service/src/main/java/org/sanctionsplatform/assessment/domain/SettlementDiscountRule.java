package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;

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
    public static final int SETTLEMENT_DISCUSSIONS_BUSINESS_DAYS = 30;
    public static final int MAX_SETTLEMENT_EXTENSION_BUSINESS_DAYS = 10;
    public static final int REPRESENTATIONS_BUSINESS_DAYS = 30;

    private final BusinessDays businessDays;

    public SettlementDiscountRule(BusinessDays businessDays) {
        this.businessDays = businessDays;
    }

    /** The discount considered, or null when none was claimed. */
    public RuleResult<Discount> apply(DiscountFacts facts) {
        if (!facts.decision().settlementDiscountClaimed()) {
            return null;
        }
        String subjectId = facts.subject().subjectId();
        LocalDate notice = null;
        LocalDate signed = null;
        for (Milestone m : facts.file().milestones()) {
            if (!m.concerns(subjectId)) {
                continue;
            }
            if (m.isNoticeOfIntention() && (notice == null || m.occurredOn().isBefore(notice))) {
                notice = m.occurredOn();
            } else if (m.is(Milestone.SETTLEMENT_AGREEMENT_SIGNED) && (signed == null || m.occurredOn().isBefore(signed))) {
                signed = m.occurredOn();
            }
        }
        CalendarDivision division = facts.file().calendarDivision();
        // extensions count as the deadline service grants them: at most 10 in total, none agreed after the close
        int extension = notice == null ? 0 : AgreedExtensions.grantedBusinessDays(facts.file().milestones(),
                Milestone.SETTLEMENT_DISCUSSIONS, subjectId, notice, SETTLEMENT_DISCUSSIONS_BUSINESS_DAYS,
                MAX_SETTLEMENT_EXTENSION_BUSINESS_DAYS, division, businessDays);
        int representationsExtension = notice == null ? 0 : AgreedExtensions.grantedBusinessDays(
                facts.file().milestones(), Milestone.REPRESENTATIONS, subjectId, notice, REPRESENTATIONS_BUSINESS_DAYS,
                null, division, businessDays);
        LocalDate windowEnds = notice == null ? null : businessDays.addBusinessDays(facts.file().calendarDivision(),
                notice, SETTLEMENT_DISCUSSIONS_BUSINESS_DAYS + extension);
        LocalDate representationsDeadline = notice == null ? null : businessDays.addBusinessDays(
                facts.file().calendarDivision(), notice, REPRESENTATIONS_BUSINESS_DAYS + representationsExtension);
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
