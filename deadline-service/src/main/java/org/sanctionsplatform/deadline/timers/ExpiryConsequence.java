package org.sanctionsplatform.deadline.timers;

import org.sanctionsplatform.guidance.windows.WindowKind;

/**
 * What it means when a window of each kind expires still open, carried by DeadlineExpired so that consumers
 * (assessment, publication, the case officer's worklist) act on it (DESIGN §4 "consequences flow as events").
 */
public final class ExpiryConsequence {

    private ExpiryConsequence() {
    }

    public static String of(WindowKind kind) {
        return switch (kind) {
            case EAS_REQUEST -> "no request to join the Early Account Scheme within 15 business days of the "
                    + "investigation notice: the investigation continues outside the scheme (§4.3)";
            case EAS_TERMS_AGREED -> "Early Account Scheme terms not agreed within 20 business days of agreement in "
                    + "principle: the scheme's discount may no longer be available (§4.5)";
            case EARLY_ACCOUNT_DELIVERY -> "early account not delivered by the date in the EAS letter: OFSI may end "
                    + "the subject's participation in the Early Account Scheme (§4.5)";
            case EAS_PROGRESS_REVIEW -> "the monthly Early Account Scheme progress review is due (§4.5)";
            case SETTLEMENT_INVITATION_REPLY -> "no reply to the invitation to settlement discussions within 10 "
                    + "business days: no settlement discussions are held (§6.9)";
            case SETTLEMENT_DISCUSSIONS -> "settlement discussions ended without a signed settlement agreement: no "
                    + "20% settlement discount (§6.8–6.9)";
            case REPRESENTATIONS -> "no representations within the period: the monetary penalty is finalised and "
                    + "becomes payable (§7.1)";
            case OFSI_RESPONSE_TO_REPRESENTATIONS -> "OFSI's normal 30 business days to respond to the representations "
                    + "have passed: tell the person of the extension and respond as soon as possible (§7.1)";
            case REVIEW_REQUEST -> "no review requested within the period: the decision stands and publication of the "
                    + "penalty may be released (§8.1, §11.4)";
            case REVIEW_CONCLUSION -> "the 2-month target for concluding the review has passed: the review period is "
                    + "extended (§8.2)";
            case UPPER_TRIBUNAL_APPEAL -> "no appeal lodged with the Upper Tribunal within 28 days of the review "
                    + "decision: the decision is final (§9)";
            case PAYMENT -> "the penalty is unpaid 30 business days after it was imposed: HM Treasury may recover it "
                    + "as a civil debt (§10)";
            case DISCLOSURE_REPRESENTATIONS -> "no representations on the notice of intended Disclosure within 30 "
                    + "business days: OFSI may publish the Disclosure (§12.2)";
        };
    }
}
