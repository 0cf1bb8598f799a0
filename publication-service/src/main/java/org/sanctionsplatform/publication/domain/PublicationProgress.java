package org.sanctionsplatform.publication.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a case's publications wait for, as the case events and the deadline events tell it: the review window and
 * what the review decided (§8, §11.4), a settlement (§6.9), the tribunal (chapter 9, §11.4), the decisions whether to
 * publish (§11.3, §12.2), a Disclosure's notice, its representations window, the text shared for accuracy and its
 * release (§12.2), and the officer's "true understanding" text (§11.1, §12.3). Immutable: {@link #apply} answers the
 * next progress.
 *
 * @param reviewWindowsExpired the subjects whose REVIEW_REQUEST window expired unrequested ({@link #CASE_WIDE} for a
 *                             window of the whole case)
 */
public record PublicationProgress(
        boolean fixedPenaltyProcedure,
        Set<String> reviewWindowsExpired,
        boolean reviewRequested,
        PenaltyOutcome reviewOutcome,
        boolean settlementSigned,
        boolean penaltyFinalised,
        PenaltyOutcome tribunalOutcome,
        LocalDate tribunalDecidedOn,
        String tribunalReason,
        Decision summaryDecision,
        Decision disclosureDecision,
        DisclosureNotice disclosureNotice,
        boolean disclosureRepresentationsOver,
        LocalDate disclosureTextSharedOn,
        LocalDate disclosureReleaseAuthorisedOn,
        String summaryTrueUnderstanding,
        String disclosureTrueUnderstanding) {

    /** The subject id standing for a window of the whole case. */
    public static final String CASE_WIDE = "";

    public PublicationProgress {
        // a stored document leaves an empty set out
        reviewWindowsExpired = reviewWindowsExpired == null ? Set.of() : Set.copyOf(reviewWindowsExpired);
    }

    public static PublicationProgress none() {
        return new PublicationProgress(false, Set.of(), false, null, false, false, null, null, null, null, null, null,
                false, null, null, null, null);
    }

    /** What a review (§8.2) or the tribunal (chapter 9) decided about the penalty. */
    public enum PenaltyOutcome { PENALTY_STANDS, PENALTY_AMENDED, PENALTY_QUASHED }

    /** Which publication a decision or text is about. */
    public enum Scope { PENALTY_SUMMARY, DISCLOSURE }

    /** §12.2 / §11.3: publish, publish with details changed, or not publish, with how a withheld case is covered. */
    public record Decision(Choice choice, String reason, String coverage, String amendment, LocalDate decidedOn) {
        public enum Choice { PUBLISH, PUBLISH_AMENDED, DO_NOT_PUBLISH }

        public Decision {
            Objects.requireNonNull(choice, "choice");
        }

        public boolean publishes() {
            return choice != Choice.DO_NOT_PUBLISH;
        }
    }

    /** §12.2–12.3: the notice of an intended Disclosure. */
    public record DisclosureNotice(boolean named, String ground, String designatedPerson,
                                   String designatedPersonWithheldReason, LocalDate noticeOn) {
    }

    /** A change told by a case event or a deadline event. */
    public sealed interface Step {
        record ProcedureOpened(boolean fixedPenalty) implements Step { }

        record ReviewWindowExpired(String subjectId) implements Step { }

        record ReviewRequested() implements Step { }

        record ReviewDecided(PenaltyOutcome outcome) implements Step { }

        record SettlementSigned() implements Step { }

        record PenaltyFinalised() implements Step { }

        record TribunalDecided(PenaltyOutcome outcome, LocalDate decidedOn, String reason) implements Step { }

        record Decided(Scope scope, Decision decision) implements Step { }

        record DisclosureIntended(DisclosureNotice notice) implements Step { }

        /** The Disclosure's representations window expired or was met, or representations were received. */
        record DisclosureRepresentationsOver() implements Step { }

        record TextWritten(Scope scope, String trueUnderstanding) implements Step { }

        record TextShared(Scope scope, LocalDate sharedOn) implements Step { }

        record ReleaseAuthorised(Scope scope, LocalDate authorisedOn) implements Step { }
    }

    public PublicationProgress apply(Step step) {
        Builder b = new Builder(this);
        if (step instanceof Step.ProcedureOpened o) {
            b.fixed = o.fixedPenalty();
        } else if (step instanceof Step.ReviewWindowExpired w) {
            b.expired.add(w.subjectId() == null ? CASE_WIDE : w.subjectId());
        } else if (step instanceof Step.ReviewRequested) {
            b.reviewRequested = true;
        } else if (step instanceof Step.ReviewDecided r) {
            // a review decided before case events v5 carries no outcome: the review decided, so a penalty stands
            b.reviewOutcome = r.outcome() == null ? PenaltyOutcome.PENALTY_STANDS : r.outcome();
        } else if (step instanceof Step.SettlementSigned) {
            b.settled = true;
        } else if (step instanceof Step.PenaltyFinalised) {
            b.finalised = true;
        } else if (step instanceof Step.TribunalDecided t) {
            b.tribunalOutcome = t.outcome() == null ? PenaltyOutcome.PENALTY_STANDS : t.outcome();
            b.tribunalOn = t.decidedOn();
            b.tribunalReason = t.reason();
        } else if (step instanceof Step.Decided d) {
            if (d.scope() == Scope.DISCLOSURE) {
                b.disclosureDecision = d.decision();
            } else {
                b.summaryDecision = d.decision();
            }
        } else if (step instanceof Step.DisclosureIntended n) {
            b.notice = n.notice();
        } else if (step instanceof Step.DisclosureRepresentationsOver) {
            b.representationsOver = true;
        } else if (step instanceof Step.TextWritten t) {
            if (t.scope() == Scope.DISCLOSURE) {
                b.disclosureText = t.trueUnderstanding();
            } else {
                b.summaryText = t.trueUnderstanding();
            }
        } else if (step instanceof Step.TextShared t) {
            b.sharedOn = t.sharedOn();
        } else if (step instanceof Step.ReleaseAuthorised r) {
            b.releaseOn = r.authorisedOn();
        }
        return b.build();
    }

    /**
     * §11.4: review rights are spent for these penalised subjects when the review window of each (or of the whole
     * case) elapsed with no review requested.
     */
    public boolean reviewWindowElapsedFor(Set<String> subjectIds) {
        if (reviewRequested) {
            return false;
        }
        if (reviewWindowsExpired.contains(CASE_WIDE)) {
            return true;
        }
        return !subjectIds.isEmpty() && reviewWindowsExpired.containsAll(subjectIds);
    }

    private static final class Builder {
        boolean fixed;
        final Set<String> expired;
        boolean reviewRequested;
        PenaltyOutcome reviewOutcome;
        boolean settled;
        boolean finalised;
        PenaltyOutcome tribunalOutcome;
        LocalDate tribunalOn;
        String tribunalReason;
        Decision summaryDecision;
        Decision disclosureDecision;
        DisclosureNotice notice;
        boolean representationsOver;
        LocalDate sharedOn;
        LocalDate releaseOn;
        String summaryText;
        String disclosureText;

        Builder(PublicationProgress p) {
            fixed = p.fixedPenaltyProcedure;
            expired = new HashSet<>(p.reviewWindowsExpired);
            reviewRequested = p.reviewRequested;
            reviewOutcome = p.reviewOutcome;
            settled = p.settlementSigned;
            finalised = p.penaltyFinalised;
            tribunalOutcome = p.tribunalOutcome;
            tribunalOn = p.tribunalDecidedOn;
            tribunalReason = p.tribunalReason;
            summaryDecision = p.summaryDecision;
            disclosureDecision = p.disclosureDecision;
            notice = p.disclosureNotice;
            representationsOver = p.disclosureRepresentationsOver;
            sharedOn = p.disclosureTextSharedOn;
            releaseOn = p.disclosureReleaseAuthorisedOn;
            summaryText = p.summaryTrueUnderstanding;
            disclosureText = p.disclosureTrueUnderstanding;
        }

        PublicationProgress build() {
            return new PublicationProgress(fixed, expired, reviewRequested, reviewOutcome, settled, finalised,
                    tribunalOutcome, tribunalOn, tribunalReason, summaryDecision, disclosureDecision, notice,
                    representationsOver, sharedOn, releaseOn, summaryText, disclosureText);
        }
    }
}
