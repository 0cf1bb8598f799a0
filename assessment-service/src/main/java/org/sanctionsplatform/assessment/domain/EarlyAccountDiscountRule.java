package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * The Early Account Scheme discount (§4, §6.7): up to 20%, for legal persons only (§4.2), only where OFSI agreed
 * that the subject may use the EAS (an EAS agreed in principle or EAS terms agreed milestone), whether the subject
 * then settles or contests. The previous guidance had no EAS.
 */
public final class EarlyAccountDiscountRule {

    public static final String NAME = "EarlyAccountSchemeDiscount";
    public static final String SECTION = "4.2, 6.7";
    /** The EAS is new in the 2026 guidance (§1.1). */
    public static final String PREVIOUS_SECTION = "1.1 (the Early Account Scheme is new in 2026)";

    /** The discount considered, or null when none was claimed. */
    public RuleResult<Discount> apply(DiscountFacts facts) {
        BigDecimal claimed = facts.decision().earlyAccountDiscountPercent();
        if (claimed == null || claimed.signum() == 0) {
            return null;
        }
        String subjectId = facts.subject().subjectId();
        boolean agreed = false;
        for (Milestone m : facts.file().standingMilestones()) {
            if ((m.is(Milestone.EAS_AGREED_IN_PRINCIPLE) || m.is(Milestone.EAS_TERMS_AGREED)) && m.concerns(subjectId)) {
                agreed = true;
                break;
            }
        }
        BigDecimal cap = DiscountCaps.EARLY_ACCOUNT;
        var inputs = RuleResult.inputs(
                "subjectId", subjectId,
                "subjectType", facts.subject().type(),
                "claimedPercent", claimed,
                "capPercent", cap,
                "easAgreedByOfsi", agreed,
                "rulebook", facts.rulebook());
        String who = facts.subject().name() + ": ";
        String section = Citation.of(facts.rulebook(), SECTION, PREVIOUS_SECTION);
        if (!facts.outcome().isPenalty()) {
            return refused(claimed, who + "no monetary penalty (" + facts.outcome() + "), so no discount", inputs,
                    section);
        }
        if (facts.rulebook() == RulebookVersion.PREVIOUS_GUIDANCE) {
            return refused(claimed, who + "the previous guidance had no Early Account Scheme (§1.1)", inputs, section);
        }
        if (claimed.signum() < 0) {
            return refused(claimed, who + "a discount cannot be negative", inputs, section);
        }
        if (facts.subject().type() != SubjectType.LEGAL_PERSON) {
            return refused(claimed, who + "the EAS is open to legal persons only, not to individuals (§4.2)", inputs,
                    section);
        }
        if (!agreed) {
            return refused(claimed, who + "OFSI has not agreed that the subject may use the EAS (§6.7)", inputs,
                    section);
        }
        boolean capped = claimed.compareTo(cap) > 0;
        BigDecimal percent = capped ? cap : claimed;
        String text = who + "early account under the EAS agreed by OFSI (§6.7): " + Money.percentText(percent) + " applied"
                + (capped ? " (" + Money.percentText(claimed) + " claimed, capped at 20%)" : "");
        return new RuleResult<>(new Discount(Discount.DiscountKind.EARLY_ACCOUNT_SCHEME, percent, true, text, SECTION),
                NAME, SECTION, inputs, text);
    }

    private static RuleResult<Discount> refused(BigDecimal claimed, String reason, java.util.Map<String, String> inputs,
                                                String section) {
        String text = reason + ": " + Money.percentText(claimed) + " claimed, not applied";
        return new RuleResult<>(new Discount(Discount.DiscountKind.EARLY_ACCOUNT_SCHEME, Money.percent("0"), false, text,
                section), NAME, section, inputs, text);
    }
}
