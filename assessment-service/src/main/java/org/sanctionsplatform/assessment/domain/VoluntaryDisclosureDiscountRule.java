package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The voluntary disclosure and co-operation discount (§6.4–6.6), up to 30% under the 2026 guidance. A disclosure
 * is not voluntary when OFSI requested or required the information, when OFSI was already aware, or when another
 * investigation prompted or compelled it (§6.5). A disclosure may be made on the subject's behalf by its parent or
 * group company ({@code madeBy}); it is then the subject's disclosure, and the explanation says who made it. Without a
 * voluntary disclosure the 2026 guidance still rewards recorded co-operation, but with less than the full 30% (§6.4);
 * the full 30% also needs a prompt and complete account.
 *
 * <p>Under the previous guidance only voluntary disclosure was rewarded, up to 50% for serious and 30% for most
 * serious cases, which transitional cases keep (§6.9); the discount was for a prompt, complete and voluntary
 * disclosure. A partial (not complete) or late disclosure gets a reduced discount: each shortcoming halves the cap
 * ({@link #PREVIOUS_GUIDANCE_SHORTCOMING_SHARE}), so a partial or a late disclosure in a serious case earns at most 25%,
 * one both partial and late 12.5%. The guidance publishes no figure for the reduction; halving keeps a disclosure that
 * was made voluntarily worth more than none, while the full discount stays reserved for the disclosure it was for.
 *
 * <p>Prompt (§6.5): "as soon as reasonably practicable after discovery of the breach"; some time to assess the breach
 * or take legal advice is reasonable, but an early partial disclosure is expected rather than delay. The guidance
 * leaves the period to each case; the rulebook takes a disclosure within {@link #PROMPT_WITHIN_DAYS} calendar days of
 * the discovery as prompt and says so in the step, for the decision maker to depart from with reasons. Promptness is
 * judged from the subject's earliest voluntary disclosure and the earliest discovery date recorded with its
 * disclosures; where no discovery date is recorded (events written before it was asked for) the step says that
 * promptness could not be judged and reduces nothing for it.
 */
public final class VoluntaryDisclosureDiscountRule {

    public static final String NAME = "VoluntaryDisclosureDiscount";
    public static final String SECTION = "6.4-6.6";
    public static final String PREVIOUS_SECTION = "previous guidance (voluntary disclosure), 6.9";
    /** §6.5 "as soon as reasonably practicable after discovery": taken as within 30 calendar days of the discovery. */
    public static final int PROMPT_WITHIN_DAYS = 30;
    /** Previous guidance: the share of the cap left for each shortcoming, a partial or a late disclosure. */
    public static final BigDecimal PREVIOUS_GUIDANCE_SHORTCOMING_SHARE = new BigDecimal("0.5");

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
        LocalDate firstVoluntary = null;
        LocalDate discovered = null;
        List<String> madeBy = new ArrayList<>();
        List<String> notVoluntary = new ArrayList<>();
        for (VoluntaryDisclosure d : facts.file().disclosures()) {
            if (d.subjectId() != null && !d.subjectId().equals(facts.subject().subjectId())) {
                continue;
            }
            if (d.discoveredOn() != null && (discovered == null || d.discoveredOn().isBefore(discovered))) {
                discovered = d.discoveredOn();
            }
            if (d.voluntary()) {
                voluntary = true;
                complete |= d.completeAndAccurate();
                if (firstVoluntary == null || d.disclosedOn().isBefore(firstVoluntary)) {
                    firstVoluntary = d.disclosedOn();
                }
                if (d.madeBy() != null && !madeBy.contains(d.madeBy())) {
                    madeBy.add(d.madeBy());
                }
            } else {
                notVoluntary.add("the disclosure of " + d.disclosedOn() + " was "
                        + (d.requestedOrRequiredByOfsi() ? "requested or required by OFSI"
                        : d.ofsiAlreadyAware() ? "prompted because OFSI was already aware"
                        : "prompted or compelled by another investigation"));
            }
            cooperation |= d.cooperation() != null && !d.cooperation().isBlank();
        }
        Promptness promptness = Promptness.of(discovered, firstVoluntary);
        boolean previous = Citation.previous(facts.rulebook());
        String section = Citation.of(facts.rulebook(), SECTION, PREVIOUS_SECTION);
        var inputs = RuleResult.inputs(
                "subjectId", facts.subject().subjectId(),
                "claimedPercent", claimed,
                "capPercent", cap,
                "voluntaryDisclosure", voluntary,
                "completeAndAccurate", complete,
                "discoveredOn", discovered,
                "firstVoluntaryDisclosure", firstVoluntary,
                "prompt", promptness.prompt(),
                "madeBy", madeBy.isEmpty() ? null : String.join(", ", madeBy),
                "cooperationRecorded", cooperation,
                "rulebook", facts.rulebook());
        String who = facts.subject().name() + ": ";
        String byGroup = madeBy.isEmpty() ? "" : " (made on its behalf by " + String.join(", ", madeBy)
                + ", its parent or group company)";
        String why = notVoluntary.isEmpty() ? "no disclosure by the subject is recorded" : String.join("; ", notVoluntary);
        if (!facts.outcome().isPenalty()) {
            return refused(claimed, who + "no monetary penalty (" + facts.outcome() + "), so no discount", inputs,
                    section);
        }
        if (claimed.signum() < 0) {
            return refused(claimed, who + "a discount cannot be negative", inputs, section);
        }
        if (previous) {
            if (!voluntary) {
                return refused(claimed, who + "not voluntary (" + why + "); the previous guidance rewarded only"
                        + " voluntary disclosure", inputs, section);
            }
            return previousGuidance(facts, claimed, cap, complete, promptness, who + "voluntary disclosure" + byGroup
                    + " under the previous guidance, up to " + Money.percentText(cap) + " for a "
                    + (facts.level() == null ? "penalty" : facts.level().label(facts.rulebook())) + " case"
                    + (facts.transitional() ? " (transitional case: the higher previous discount is kept, §6.9)" : ""),
                    inputs, section);
        }
        boolean full = claimed.compareTo(cap) >= 0;
        if (!voluntary) {
            if (!cooperation) {
                return refused(claimed, who + "not voluntary (" + why + ") and no co-operation recorded (§6.5, §6.6)",
                        inputs, section);
            }
            if (full) {
                return refused(claimed, who + "not voluntary (" + why + "): co-operation alone earns less than the"
                        + " full 30% (§6.4)", inputs, section);
            }
            return applied(claimed, cap, who + "co-operation only, the disclosure not being voluntary (" + why
                    + ") (§6.4, §6.6)", inputs, section);
        }
        if (full && !complete) {
            return refused(claimed, who + "the full 30% needs a complete and accurate account (§6.4, §6.5)", inputs,
                    section);
        }
        if (full && promptness.late()) {
            return refused(claimed, who + "the full 30% needs a prompt disclosure: " + promptness.describe(true)
                    + " (§6.4)", inputs, section);
        }
        return applied(claimed, cap, who + "voluntary disclosure" + byGroup + (cooperation ? " and co-operation" : "")
                + " (§6.4–6.6); " + promptness.describe(true),
                inputs, section);
    }

    /** Previous guidance: the cap, halved for a partial and again for a late disclosure, with the reasons. */
    private static RuleResult<Discount> previousGuidance(DiscountFacts facts, BigDecimal claimed, BigDecimal cap,
                                                         boolean complete, Promptness promptness, String reason,
                                                         java.util.Map<String, String> inputs, String section) {
        BigDecimal reducedCap = cap;
        List<String> shortcomings = new ArrayList<>();
        if (!complete) {
            reducedCap = reducedCap.multiply(PREVIOUS_GUIDANCE_SHORTCOMING_SHARE);
            shortcomings.add("not complete (no complete and accurate account recorded)");
        }
        if (promptness.late()) {
            reducedCap = reducedCap.multiply(PREVIOUS_GUIDANCE_SHORTCOMING_SHARE);
            shortcomings.add("not prompt (" + promptness.describe(false) + ")");
        }
        reducedCap = Money.percent(reducedCap.toPlainString());
        String text = reason;
        if (shortcomings.isEmpty()) {
            text += "; prompt, complete and voluntary" + (promptness.known() ? "" : " (" + promptness.describe(false) + ")");
        } else {
            text += "; the discount was for a prompt, complete and voluntary disclosure, and this one was "
                    + String.join(" and ", shortcomings) + ", so the cap is reduced to " + Money.percentText(reducedCap);
        }
        return applied(claimed, reducedCap, text, inputs, section);
    }

    /** Whether the first voluntary disclosure came within {@link #PROMPT_WITHIN_DAYS} days of the discovery. */
    private record Promptness(LocalDate discovered, LocalDate disclosed) {

        static Promptness of(LocalDate discovered, LocalDate disclosed) {
            return new Promptness(discovered, disclosed);
        }

        boolean known() {
            return discovered != null && disclosed != null;
        }

        long days() {
            return ChronoUnit.DAYS.between(discovered, disclosed);
        }

        boolean late() {
            return known() && days() > PROMPT_WITHIN_DAYS;
        }

        /** "true", "false" or null (not known), for the step's inputs. */
        Boolean prompt() {
            return known() ? !late() : null;
        }

        /** @param cite2026 whether to cite §6.5 of the 2026 guidance */
        String describe(boolean cite2026) {
            if (disclosed == null) {
                return "no voluntary disclosure to judge";
            }
            if (discovered == null) {
                return "promptness could not be judged: the date the breach was discovered is not recorded";
            }
            return "disclosed on " + disclosed + ", " + days() + " days after the breach was discovered on " + discovered
                    + (late() ? ", later than" : ", within") + " the " + PROMPT_WITHIN_DAYS + " days taken as"
                    + " \"as soon as reasonably practicable\"" + (cite2026 ? " (§6.5)" : "");
        }
    }

    private static RuleResult<Discount> applied(BigDecimal claimed, BigDecimal cap, String reason,
                                                java.util.Map<String, String> inputs, String section) {
        boolean capped = claimed.compareTo(cap) > 0;
        BigDecimal percent = capped ? cap : claimed;
        String text = reason + ": " + Money.percentText(percent) + " applied"
                + (capped ? " (" + Money.percentText(claimed) + " claimed, capped at " + Money.percentText(cap) + ")" : "");
        return new RuleResult<>(new Discount(Discount.DiscountKind.VOLUNTARY_DISCLOSURE, percent, true, text, section),
                NAME, section, inputs, text);
    }

    private static RuleResult<Discount> refused(BigDecimal claimed, String reason, java.util.Map<String, String> inputs,
                                                String section) {
        String text = reason + ": " + Money.percentText(claimed) + " claimed, not applied";
        return new RuleResult<>(new Discount(Discount.DiscountKind.VOLUNTARY_DISCLOSURE, Money.percent("0"), false, text,
                section), NAME, section, inputs, text);
    }
}
