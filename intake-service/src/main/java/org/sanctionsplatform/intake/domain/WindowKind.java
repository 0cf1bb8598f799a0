package org.sanctionsplatform.intake.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The time windows the deadline service runs (DESIGN §4), named as in {@code enforcement.deadlines.v1}. Here
 * they matter only for {@link MilestoneType#WINDOW_EXTENSION_AGREED}: which milestone opens each window,
 * whether OFSI can extend it at all, and by how much at most.
 */
public enum WindowKind {
    /** 15 business days from the investigation notice; extended only in exceptional circumstances (§4.3). */
    EAS_REQUEST("§4.3", MilestoneType.INVESTIGATION_NOTICE),
    /** 20 business days from agreement in principle (§4.5); extended on genuine progress (§4.6). */
    EAS_TERMS_AGREED("§4.5–4.6", MilestoneType.EAS_AGREED_IN_PRINCIPLE),
    /** The delivery date in the EAS letter; extended on genuine progress and unforeseen complexity (§4.6). */
    EARLY_ACCOUNT_DELIVERY("§4.5–4.6", MilestoneType.EAS_TERMS_AGREED),
    EAS_PROGRESS_REVIEW("§4.5", MilestoneType.EAS_TERMS_AGREED),
    /** 10 business days to answer a settlement invitation (§6.9). */
    SETTLEMENT_INVITATION_REPLY("§6.9", MilestoneType.SETTLEMENT_INVITATION),
    /** 30 business days from the notice of intention, extended by at most 10 business days in all (§6.9). */
    SETTLEMENT_DISCUSSIONS("§6.9", MilestoneType.NOTICE_OF_INTENTION),
    /** 30 business days from the notice of intention, extendable on evidence (§7.1). */
    REPRESENTATIONS("§7.1", MilestoneType.NOTICE_OF_INTENTION),
    /** OFSI's 30 business days to respond, which OFSI may extend (§7.1). */
    OFSI_RESPONSE_TO_REPRESENTATIONS("§7.1", MilestoneType.NOTICE_OF_INTENTION),
    /** 30 business days from the final decision letter; extended in exceptional circumstances (§8.1). */
    REVIEW_REQUEST("§8.1", MilestoneType.FINAL_DECISION),
    /** The two-month target for concluding a review, which may be extended (§8.2). */
    REVIEW_CONCLUSION("§8.2", MilestoneType.REVIEW_REQUESTED),
    /** 28 days under the Upper Tribunal procedure rules: not OFSI's to extend (chapter 9). */
    UPPER_TRIBUNAL_APPEAL("chapter 9", MilestoneType.REVIEW_DECIDED),
    /** 30 business days to pay; payment timing can be discussed (chapter 10). */
    PAYMENT("chapter 10", MilestoneType.PENALTY_FINALISED, MilestoneType.FINAL_DECISION),
    /** 30 business days for representations on a named Disclosure, extendable on evidence (§12.2). */
    DISCLOSURE_REPRESENTATIONS("§12.2", MilestoneType.NOTICE_OF_INTENDED_DISCLOSURE);

    /** §6.9: an extension of the settlement discussions is "for no longer than an additional 10 business days". */
    public static final int MAX_SETTLEMENT_EXTENSION_BUSINESS_DAYS = 10;

    private final String section;
    private final Set<MilestoneType> openedBy;

    WindowKind(String section, MilestoneType first, MilestoneType... more) {
        this.section = section;
        this.openedBy = EnumSet.of(first, more);
    }

    public String section() {
        return section;
    }

    /** The milestones that start this window; an extension needs one of them first. */
    public Set<MilestoneType> openedBy() {
        return openedBy;
    }

    /** The Upper Tribunal's time limit is set by its procedure rules, not by OFSI (chapter 9). */
    public boolean extendableByOfsi() {
        return this != UPPER_TRIBUNAL_APPEAL;
    }
}
