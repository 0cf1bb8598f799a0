package org.sanctionsplatform.publication.domain;

import java.util.Set;
import org.sanctionsplatform.publication.domain.PublicationProgress.PenaltyOutcome;

/**
 * When a publication may be released, as named rules with their reasons.
 *
 * <p>Penalty summaries (§11.4): not before the person has had the opportunity to exercise the right to a review —
 * the review window elapsed with no review requested, or a review decided that a penalty is imposed (it stands or is
 * amended); a settled case (the settlement agreement waives the review, §6.9) when the penalty is finalised. A summary
 * decided not to be published (§11.3) is withheld — never a fixed penalty's: all are published, named (§13.3), on
 * the same timing with the halved windows (the deadline service halves them).
 *
 * <p>Disclosures (§12.2): a named one after its representations (the window over), the decision to publish and the
 * text shared for factual accuracy, when the publication officer releases it; an unnamed one invites no
 * representations and is released when the publication officer releases it. Either is withheld when decided not to
 * be published.
 */
public final class ReleaseTiming {

    private ReleaseTiming() {
    }

    /** What the rules say now. */
    public sealed interface Timing {
        String reason();

        /** Not yet, and why. */
        record Held(String reason) implements Timing {
        }

        /** Release now, because of {@code reason}. */
        record Due(String reason) implements Timing {
        }

        /** Never published; covered by {@code coverage} instead (§11.3). */
        record Withhold(String reason, String section, String coverage) implements Timing {
        }
    }

    /**
     * Why a publication is withheld, in standard words only: the decision's own reason is free text of the case (it may
     * name the subject, e.g. "disproportionate for Jane Smith") and stays with the case's events
     * (PublicationDecisionRecorded on enforcement.case-events.v1); no output of a withheld case carries it (§11.3).
     */
    private static String withheld(String what, PublicationProgress.Decision decision, String section) {
        return "decided" + (decision.decidedOn() == null ? "" : " on " + decision.decidedOn()) + " not to publish " + what
                + " (" + section + "): covered by " + ("STATISTICS_ONLY".equals(decision.coverage())
                ? "the statistics only" : "an anonymised report") + "; the reason is recorded with the decision";
    }

    /** §11.4, §11.3, §13.3 for the summary of a case whose penalised subjects are {@code penalised}. */
    public static Timing ofPenaltySummary(PublicationProgress p, Set<String> penalised) {
        PublicationProgress.Decision decision = p.summaryDecision();
        if (decision != null && !decision.publishes() && !p.fixedPenaltyProcedure()) {
            return new Timing.Withhold(withheld("the summary", decision, "§11.3"), "§11.3", decision.coverage());
        }
        if (p.settlementSigned()) {
            return p.penaltyFinalised()
                    ? new Timing.Due("the settled penalty was finalised: the settlement waived the review (§6.9, §11.4)")
                    : new Timing.Held("settled: released when the penalty is finalised (§6.9, §11.4)");
        }
        if (p.reviewOutcome() != null) {
            return p.reviewOutcome() == PenaltyOutcome.PENALTY_QUASHED
                    ? new Timing.Held("the review quashed the penalty: no penalty to publish (§8.2)")
                    : new Timing.Due("the review decided that a monetary penalty is imposed (§11.4)");
        }
        if (p.reviewRequested()) {
            return new Timing.Held("a review was requested: held until it is decided (§11.4)");
        }
        if (p.reviewWindowElapsedFor(penalised)) {
            return new Timing.Due("the review window elapsed with no review requested (§11.4"
                    + (p.fixedPenaltyProcedure() ? ", halved for a fixed penalty, §13.3)" : ")"));
        }
        return new Timing.Held("review rights are not spent yet: the review window is open (§11.4)");
    }

    /** §12.2 for the case's Disclosure. */
    public static Timing ofDisclosure(PublicationProgress p) {
        PublicationProgress.DisclosureNotice notice = p.disclosureNotice();
        if (notice == null) {
            return new Timing.Held("no Disclosure is intended (§12.2)");
        }
        PublicationProgress.Decision decision = p.disclosureDecision();
        if (decision != null && !decision.publishes()) {
            return new Timing.Withhold(withheld("the Disclosure", decision, "§12.2"), "§12.2", decision.coverage());
        }
        if (notice.named()) {
            if (!p.disclosureRepresentationsOver()) {
                return new Timing.Held("the 30 business days for representations are running (§12.2)");
            }
            if (decision == null) {
                return new Timing.Held("awaiting the decision after the representations (§12.2)");
            }
            if (p.disclosureTextSharedOn() == null) {
                return new Timing.Held("the text is shared with the person for factual accuracy first (§12.2)");
            }
        }
        if (p.disclosureReleaseAuthorisedOn() == null) {
            return new Timing.Held("awaiting release by the publication officer (§12.2)");
        }
        return new Timing.Due(notice.named()
                ? "decided after representations, text shared for factual accuracy, released (§12.2)"
                : "an unnamed Disclosure for compliance lessons, released without representations (§12.2, §12.3)");
    }
}
