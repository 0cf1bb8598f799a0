package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The voluntary disclosure and co-operation discount (§6.4–6.6), up to 30% under the 2026 guidance. A disclosure
 * is not voluntary when OFSI requested or required the information, when OFSI was already aware, or when another
 * investigation prompted or compelled it (§6.5). Without a voluntary disclosure the 2026 guidance still rewards
 * recorded co-operation, but with less than the full 30% (§6.4); the full 30% also needs a complete account.
 * Under the previous guidance only voluntary disclosure was rewarded: up to 50% for serious and 30% for most
 * serious cases (DESIGN §3), which transitional cases keep (§6.9).
 */
public final class VoluntaryDisclosureDiscountRule {

    public static final String NAME = "VoluntaryDisclosureDiscount";
    public static final String SECTION = "6.4-6.6";

    /** The discount considered, or null when none was claimed. */
    public RuleResult<Discount> apply(DiscountFacts facts) {
        BigDecimal claimed = facts.decision().voluntaryDisclosureDiscountPercent();
        if (claimed == null || claimed.signum() == 0) {
            return null;
        }
        BigDecimal cap = DiscountCaps.voluntaryDisclosure(facts.rulebook(), facts.level());
        boolean voluntary = false;
        boolean complete = false;
        boolean cooperation = false;
        List<String> notVoluntary = new ArrayList<>();
        for (VoluntaryDisclosure d : facts.file().disclosures()) {
            if (d.subjectId() != null && !d.subjectId().equals(facts.subject().subjectId())) {
                continue;
            }
            if (d.voluntary()) {
                voluntary = true;
                complete |= d.completeAndAccurate();
            } else {
                notVoluntary.add("the disclosure of " + d.disclosedOn() + " was "
                        + (d.requestedOrRequiredByOfsi() ? "requested or required by OFSI"
                        : d.ofsiAlreadyAware() ? "prompted because OFSI was already aware"
                        : "prompted or compelled by another investigation"));
            }
            cooperation |= d.cooperation() != null && !d.cooperation().isBlank();
        }
        var inputs = RuleResult.inputs(
                "subjectId", facts.subject().subjectId(),
                "claimedPercent", claimed,
                "capPercent", cap,
                "voluntaryDisclosure", voluntary,
                "completeAndAccurate", complete,
                "cooperationRecorded", cooperation,
                "rulebook", facts.rulebook());
        String who = facts.subject().name() + ": ";
        String why = notVoluntary.isEmpty() ? "no disclosure by the subject is recorded" : String.join("; ", notVoluntary);
        if (!facts.outcome().isPenalty()) {
            return refused(claimed, who + "no monetary penalty (" + facts.outcome() + "), so no discount", inputs);
        }
        if (claimed.signum() < 0) {
            return refused(claimed, who + "a discount cannot be negative", inputs);
        }
        if (facts.rulebook() == RulebookVersion.PREVIOUS_GUIDANCE) {
            if (!voluntary) {
                return refused(claimed, who + "not voluntary (" + why + "); the previous guidance rewarded only"
                        + " voluntary disclosure", inputs);
            }
            return applied(claimed, cap, who + "voluntary disclosure under the previous guidance, up to "
                    + Money.percentText(cap) + " for a " + (facts.level() == null ? "penalty"
                    : facts.level().label(facts.rulebook())) + " case"
                    + (facts.transitional() ? " (transitional case: the higher previous discount is kept, §6.9)" : ""),
                    inputs);
        }
        boolean full = claimed.compareTo(cap) >= 0;
        if (!voluntary) {
            if (!cooperation) {
                return refused(claimed, who + "not voluntary (" + why + ") and no co-operation recorded (§6.5, §6.6)",
                        inputs);
            }
            if (full) {
                return refused(claimed, who + "not voluntary (" + why + "): co-operation alone earns less than the"
                        + " full 30% (§6.4)", inputs);
            }
            return applied(claimed, cap, who + "co-operation only, the disclosure not being voluntary (" + why
                    + ") (§6.4, §6.6)", inputs);
        }
        if (full && !complete) {
            return refused(claimed, who + "the full 30% needs a complete and accurate account (§6.4, §6.5)", inputs);
        }
        return applied(claimed, cap, who + "voluntary disclosure" + (cooperation ? " and co-operation" : "")
                + " (§6.4–6.6)", inputs);
    }

    private static RuleResult<Discount> applied(BigDecimal claimed, BigDecimal cap, String reason,
                                                java.util.Map<String, String> inputs) {
        boolean capped = claimed.compareTo(cap) > 0;
        BigDecimal percent = capped ? cap : claimed;
        String text = reason + ": " + Money.percentText(percent) + " applied"
                + (capped ? " (" + Money.percentText(claimed) + " claimed, capped at " + Money.percentText(cap) + ")" : "");
        return new RuleResult<>(new Discount(Discount.DiscountKind.VOLUNTARY_DISCLOSURE, percent, true, text, SECTION),
                NAME, SECTION, inputs, text);
    }

    private static RuleResult<Discount> refused(BigDecimal claimed, String reason, java.util.Map<String, String> inputs) {
        String text = reason + ": " + Money.percentText(claimed) + " claimed, not applied";
        return new RuleResult<>(new Discount(Discount.DiscountKind.VOLUNTARY_DISCLOSURE, Money.percent("0"), false, text,
                SECTION), NAME, SECTION, inputs, text);
    }
}
