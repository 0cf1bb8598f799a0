package org.sanctionsplatform.guidance.windows;

/**
 * The procedural steps of a case, in the guidance's words, as intake records them and the case events carry them.
 * Windows start at some and are met by others ({@link WindowKind}); which step may follow which is intake's procedure
 * table.
 */
public enum Milestone {
    /** OFSI tells the subject it is under investigation and invites an EAS request (§4.3). */
    INVESTIGATION_NOTICE,
    /** The subject asks to provide an early account (§4.3). */
    EAS_REQUESTED,
    /** OFSI agrees in principle that the subject may use the EAS (§4.5). */
    EAS_AGREED_IN_PRINCIPLE,
    /** The terms of the early account are agreed in the EAS letter, with a delivery date (§4.5). */
    EAS_TERMS_AGREED,
    /** The subject delivers the early account (§4.6–4.7). */
    EARLY_ACCOUNT_DELIVERED,
    /** OFSI invites the subject to enter settlement discussions (§6.9). */
    SETTLEMENT_INVITATION,
    /** The subject agrees to enter settlement discussions (§6.9). */
    SETTLEMENT_INVITATION_ACCEPTED,
    /** The subject signs the settlement agreement letter (§6.8–6.9). */
    SETTLEMENT_AGREEMENT_SIGNED,
    /** OFSI informs the person of its intention to impose a penalty (chapter 7, s.147). */
    NOTICE_OF_INTENTION,
    /** Written representations received (§7.1). */
    REPRESENTATIONS_RECEIVED,
    /** OFSI's response to the representations (§7.1). */
    OFSI_RESPONSE_TO_REPRESENTATIONS,
    /** OFSI's final decision to impose the penalty, with the right to seek a review (§7.1, §8.1). */
    FINAL_DECISION,
    /** The person asks for a ministerial review (§8.1). */
    REVIEW_REQUESTED,
    /** The minister or senior official decides the review (§8.2). */
    REVIEW_DECIDED,
    /** The person appeals to the Upper Tribunal (chapter 9). */
    TRIBUNAL_APPEAL_LODGED,
    /** The Upper Tribunal decides the appeal (chapter 9). */
    TRIBUNAL_DECIDED,
    /** The penalty is finalised and becomes payable (§7.1, §8.2, chapter 10). */
    PENALTY_FINALISED,
    /** Payment (or an instalment, §7.2) received (chapter 10). */
    PAYMENT_RECEIVED,
    /** OFSI tells a named person it intends to publish a Disclosure (§12.2). */
    NOTICE_OF_INTENDED_DISCLOSURE,
    /** Representations on an intended Disclosure received (§12.2). */
    DISCLOSURE_REPRESENTATIONS_RECEIVED,
    /** OFSI decides to publish, publish amended, or not publish the Disclosure (§12.2). */
    DISCLOSURE_DECIDED,
    /** An extension of one of the case's windows was agreed. */
    WINDOW_EXTENSION_AGREED
}
