package org.sanctionsplatform.guidance.windows;

import static org.sanctionsplatform.guidance.windows.WindowLength.businessDays;
import static org.sanctionsplatform.guidance.windows.WindowStart.atEndOf;
import static org.sanctionsplatform.guidance.windows.WindowStart.on;

import java.time.Period;
import java.util.Optional;

/**
 * Every time window of the guidance, one constant per row of DESIGN §4's table: the milestone it starts at,
 * its length, its length in a fixed-penalty case, how it may be extended, the milestone that meets it and the
 * guidance section that sets it.
 */
public enum WindowKind {

    /** §4.3: a subject may ask to join the Early Account Scheme within 15 business days of the investigation notice. */
    EAS_REQUEST(on(Milestone.INVESTIGATION_NOTICE), businessDays(15), FixedPenaltyTerms.UNCHANGED,
            // §4.3: "In exceptional circumstances, an extension may be granted"
            Extension.onRequest("exceptional circumstances", "4.3"), Milestone.EAS_REQUESTED, "4.3"),
    /** §4.5: terms of the early account agreed within 20 business days of agreement in principle. */
    EAS_TERMS_AGREED(on(Milestone.EAS_AGREED_IN_PRINCIPLE), businessDays(20), FixedPenaltyTerms.UNCHANGED,
            // §4.6: "OFSI's deadlines may be extended only if the subject demonstrates genuine progress and unforeseen
            // complexity"
            Extension.onRequest("genuine progress and unforeseen complexity", "4.6"), Milestone.EAS_TERMS_AGREED, "4.5"),
    /** §4.5: the early account is delivered by the date in the EAS letter, normally within 6 months. */
    EARLY_ACCOUNT_DELIVERY(on(Milestone.EAS_TERMS_AGREED), new WindowLength.DateInLetter(Period.ofMonths(6)),
            FixedPenaltyTerms.UNCHANGED, Extension.onRequest("genuine progress and unforeseen complexity", "4.6"),
            Milestone.EARLY_ACCOUNT_DELIVERED, "4.5"),
    /** §4.5: monthly progress reviews until the early account is delivered. */
    EAS_PROGRESS_REVIEW(on(Milestone.EAS_TERMS_AGREED),
            new WindowLength.Recurring(Period.ofMonths(1), Milestone.EARLY_ACCOUNT_DELIVERED),
            FixedPenaltyTerms.UNCHANGED,
            Extension.none("the monthly progress reviews are meetings of the EAS plan, not a deadline; they run until "
                    + "the early account is delivered (§4.5), so extend EARLY_ACCOUNT_DELIVERY instead"),
            Milestone.EARLY_ACCOUNT_DELIVERED, "4.5"),
    /** §6.9: the subject has 10 business days to answer an invitation to settlement discussions. */
    SETTLEMENT_INVITATION_REPLY(on(Milestone.SETTLEMENT_INVITATION), businessDays(10),
            FixedPenaltyTerms.notApplicable("the Settlement Scheme is offered in the full monetary penalty process (§6.9)"),
            Extension.none("the subject has 10 business days to respond to the invitation and the guidance provides "
                    + "no extension of them (§6.9)"),
            Milestone.SETTLEMENT_INVITATION_ACCEPTED, "6.9"),
    /**
     * §6.8–6.9: settlement discussions commence with the notice of intention and last 30 business days, plus an
     * extension of at most 10 business days in exceptional circumstances; signing within them earns the 20% discount.
     */
    SETTLEMENT_DISCUSSIONS(on(Milestone.NOTICE_OF_INTENTION), businessDays(30),
            FixedPenaltyTerms.notApplicable("the Settlement Scheme is offered in the full monetary penalty process (§6.9)"),
            // §6.9: "only be granted in exceptional circumstances ... and for no longer than an additional 10 business days"
            Extension.upTo(businessDays(10), "exceptional circumstances", "6.9"), Milestone.SETTLEMENT_AGREEMENT_SIGNED,
            "6.8–6.9"),
    /** §7.1: 30 business days from the notice of intention to make written representations; §13.3: 15 for a fixed penalty. */
    REPRESENTATIONS(on(Milestone.NOTICE_OF_INTENTION), businessDays(30), FixedPenaltyTerms.halved(businessDays(15)),
            // §7.1: "may ask us to extend this period and must provide evidence of the reasons for that request"
            Extension.onRequest("evidence of the reasons for the request", "7.1"), Milestone.REPRESENTATIONS_RECEIVED,
            "7.1"),
    /** §7.1: OFSI normally responds within 30 business days after the final day for representations; §13.3: 15. */
    OFSI_RESPONSE_TO_REPRESENTATIONS(atEndOf(REPRESENTATIONS), businessDays(30),
            FixedPenaltyTerms.halved(businessDays(15)),
            // §7.1: "we may extend the period if this is necessary to ensure a fair assessment of the representations"
            Extension.onRequest("necessary for a fair assessment of the representations", "7.1"),
            Milestone.OFSI_RESPONSE_TO_REPRESENTATIONS, "7.1"),
    /** §8.1: a review must be requested within 30 business days of the final decision letter; §13.3: 15. */
    REVIEW_REQUEST(on(Milestone.FINAL_DECISION), businessDays(30), FixedPenaltyTerms.halved(businessDays(15)),
            // §8.1: "They can request an extension to the timeframe in exceptional circumstances ... in writing"
            Extension.onRequest("exceptional circumstances, in writing", "8.1"), Milestone.REVIEW_REQUESTED, "8.1"),
    /** §8.2: the review is normally concluded within 2 calendar months (a target). */
    REVIEW_CONCLUSION(on(Milestone.REVIEW_REQUESTED), new WindowLength.CalendarMonths(2), FixedPenaltyTerms.UNCHANGED,
            // §8.2: "HM Treasury will aim for most reviews to be concluded within 2 months. However, this period may be
            // extended if required."
            Extension.onRequest("if required", "8.2"), Milestone.REVIEW_DECIDED, "8.2"),
    /** §9: 28 calendar days to appeal to the Upper Tribunal; ending on a non-working day, it runs to the next working day. */
    UPPER_TRIBUNAL_APPEAL(on(Milestone.REVIEW_DECIDED), new WindowLength.CalendarDays(28, true),
            FixedPenaltyTerms.UNCHANGED,
            Extension.none("the 28 days to appeal are set by the Upper Tribunal's procedure rules, not by OFSI (chapter 9)"),
            Milestone.TRIBUNAL_APPEAL_LODGED, "9"),
    /** §10: payment within 30 business days of the penalty being finalised, fixed penalties included. */
    PAYMENT(on(Milestone.PENALTY_FINALISED), businessDays(30), FixedPenaltyTerms.UNCHANGED,
            // chapter 10: "We can discuss payment timing with persons subject to a penalty"
            Extension.onRequest("payment timing agreed with OFSI", "10"), Milestone.PAYMENT_RECEIVED, "10"),
    /** §12.2: a named subject has 30 business days to make representations on a notice of intended Disclosure. */
    DISCLOSURE_REPRESENTATIONS(on(Milestone.NOTICE_OF_INTENDED_DISCLOSURE), businessDays(30),
            // §12.2: "may ask us to extend this period and must provide evidence of the reasons for that request"
            FixedPenaltyTerms.UNCHANGED, Extension.onRequest("evidence of the reasons for the request", "12.2"),
            Milestone.DISCLOSURE_REPRESENTATIONS_RECEIVED, "12.2");

    private final WindowStart start;
    private final WindowLength length;
    private final FixedPenaltyTerms fixedPenalty;
    private final Extension extension;
    private final Milestone metBy;
    private final String guidanceSection;

    WindowKind(WindowStart start, WindowLength length, FixedPenaltyTerms fixedPenalty, Extension extension,
               Milestone metBy, String guidanceSection) {
        this.start = start;
        this.length = length;
        this.fixedPenalty = fixedPenalty;
        this.extension = extension;
        this.metBy = metBy;
        this.guidanceSection = guidanceSection;
    }

    public WindowStart start() {
        return start;
    }

    /** The length in the full monetary penalty process. */
    public WindowLength length() {
        return length;
    }

    public FixedPenaltyTerms fixedPenalty() {
        return fixedPenalty;
    }

    public Extension extension() {
        return extension;
    }

    /** The milestone that satisfies the window. */
    public Milestone metBy() {
        return metBy;
    }

    /** The section that sets the window in the full monetary penalty process. */
    public String guidanceSection() {
        return guidanceSection;
    }

    /** When the window starts, in words: "opens with the NOTICE_OF_INTENTION (§7.1)". */
    public String opensWith() {
        if (start instanceof WindowStart.AtEndOf atEndOf) {
            return "opens at the end of the " + atEndOf.kind() + " window, when it is met by the "
                    + atEndOf.kind().metBy() + " (§" + guidanceSection + ")";
        }
        return "opens with the " + ((WindowStart.OnMilestone) start).milestone() + " (§" + guidanceSection + ")";
    }

    public boolean startsAt(Milestone milestone) {
        return start instanceof WindowStart.OnMilestone onMilestone && onMilestone.milestone() == milestone;
    }

    /** The length and section that apply under a procedure, or empty when the window does not run under it. */
    public Optional<WindowTerms> termsUnder(Procedure procedure) {
        if (!procedure.isFixedPenalty() || fixedPenalty instanceof FixedPenaltyTerms.Unchanged) {
            return Optional.of(new WindowTerms(length, guidanceSection, procedure.isFixedPenalty()));
        }
        if (fixedPenalty instanceof FixedPenaltyTerms.Halved halved) {
            return Optional.of(new WindowTerms(halved.length(), halved.guidanceSection(), true));
        }
        return Optional.empty();
    }

    /** A window's length and source under one procedure. */
    public record WindowTerms(WindowLength length, String guidanceSection, boolean fixedPenaltyCase) {
    }
}
