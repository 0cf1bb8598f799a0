package org.sanctionsplatform.publication.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsplatform.publication.domain.PublicationProgress.PenaltyOutcome;
import org.sanctionsplatform.publication.domain.ReleaseTiming.Timing;

/**
 * Takes a case's publications from draft to the register, a pure function of the case's facts, its latest
 * assessment and its {@link PublicationProgress}: each call answers what happens now, as events in the domain's words.
 *
 * <ul>
 *   <li>Penalty summary (§11.1, §13.3): drafted and redrafted while the case changes (versions kept); released when
 *   {@link ReleaseTiming#ofPenaltySummary} says so; once public, only a tribunal that amends or quashes the penalty
 *   changes it, by an amended version in place of the original that says so (§11.4); withheld when decided not to be
 *   published (§11.3), the case then covered by an {@link AnonymisedReport} or by the statistics only.</li>
 *   <li>Disclosure (§12): drafted at the notice, redrafted on a decision to publish amended, shared for factual accuracy
 *   (§12.2), released or withheld as {@link ReleaseTiming#ofDisclosure} says.</li>
 * </ul>
 */
public final class PublicationLifecycle {

    /** Dates in the text the public reads: "25 November 2026". */
    private static final DateTimeFormatter PUBLIC_DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final MonetaryPenaltySummaryPolicy summaries;

    public PublicationLifecycle(MonetaryPenaltySummaryPolicy summaries) {
        this.summaries = summaries;
    }

    /** What happened to a publication. */
    public sealed interface Change {
        Publication publication();

        /** A new version, held (§11.4, §12.2). */
        record Drafted(Publication publication) implements Change {
        }

        /** The version now on the register. */
        record Released(Publication publication, LocalDate releasedOn, String reason) implements Change {
        }

        /** A version that replaces the public one (history kept). */
        record Amended(Publication publication, int supersedesVersion, LocalDate amendedOn, String reason)
                implements Change {
        }

        /** Never to be published, and how the case is covered instead (§11.3). */
        record Withheld(Publication publication, String reason, String section, String coverage, LocalDate decidedOn)
                implements Change {
        }

        /** The version shared with the person for factual accuracy (§12.2). */
        record SharedForAccuracy(Publication publication, LocalDate sharedOn) implements Change {
        }
    }

    /** The penalty summary's changes now; {@code current} is its latest version, null if none. */
    public List<Change> penaltySummary(CaseFacts facts, AssessedCase assessment, PublicationProgress progress,
                                       Publication current, LocalDate today) {
        List<Change> changes = new ArrayList<>();
        if (current != null && current.state() == PublicationState.WITHHELD) {
            return changes;
        }
        if (current != null && current.state().isPublic()) {
            tribunalAmendment(facts, assessment, progress, current, today).ifPresent(changes::add);
            return changes;
        }
        Publication summary = current;
        MonetaryPenaltySummaryPolicy.Decision draft = summaries.decide(facts, assessment, current,
                progress.summaryTrueUnderstanding());
        if (draft instanceof MonetaryPenaltySummaryPolicy.Decision.Draft d) {
            summary = d.publication();
            changes.add(new Change.Drafted(summary));
        }
        if (summary == null) {
            return changes;
        }
        Set<String> penalised = assessment.imposedPenalties().stream().map(AssessedCase.Penalty::subjectId)
                .collect(Collectors.toSet());
        Timing timing = ReleaseTiming.ofPenaltySummary(progress, penalised);
        if (timing instanceof Timing.Due due) {
            changes.add(new Change.Released(summary.inState(PublicationState.RELEASED), today, due.reason()));
        } else if (timing instanceof Timing.Withhold w) {
            PublicationProgress.Decision decision = progress.summaryDecision();
            changes.add(new Change.Withheld(summary.inState(PublicationState.WITHHELD), w.reason(), w.section(),
                    w.coverage(), decision == null ? today : decision.decidedOn()));
            if ("ANONYMISED_REPORT".equals(w.coverage())) {
                PublicationContent report = AnonymisedReport.of(facts, assessment, 1);
                changes.add(new Change.Released(new Publication(Publication.idFor(facts.caseId(),
                        PublicationKind.ANONYMISED_REPORT), facts.caseId(), PublicationKind.ANONYMISED_REPORT,
                        PublicationState.RELEASED, report, "released with the decision not to publish (§11.3)",
                        summary.basedOnEventId()), today, "the case is covered by an anonymised report (§11.3)"));
            }
        }
        return changes;
    }

    /** §11.4: a tribunal that amends or quashes the penalty publishes amended information in place of the original. */
    private java.util.Optional<Change> tribunalAmendment(CaseFacts facts, AssessedCase assessment,
                                                        PublicationProgress progress, Publication current,
                                                        LocalDate today) {
        PenaltyOutcome outcome = progress.tribunalOutcome();
        if (outcome == null || outcome == PenaltyOutcome.PENALTY_STANDS) {
            return java.util.Optional.empty();
        }
        String on = progress.tribunalDecidedOn() == null ? ""
                : "On " + progress.tribunalDecidedOn().format(PUBLIC_DATE) + " ";
        String statement = (outcome == PenaltyOutcome.PENALTY_QUASHED
                ? on + "the Upper Tribunal quashed the monetary penalty."
                : on + "the Upper Tribunal amended the monetary penalty.")
                + (progress.tribunalReason() == null ? "" : " " + progress.tribunalReason());
        PublicationContent base = current.content();
        if (outcome == PenaltyOutcome.PENALTY_AMENDED && assessment != null) {
            PublicationContent redrafted = summaries.summary(facts, assessment, current.version())
                    .withTrueUnderstanding(progress.summaryTrueUnderstanding());
            base = redrafted;
        }
        PublicationContent amended = base.withStatement(statement).withVersion(current.version() + 1);
        // amended again only when something the public reads changed: the statement, or (PENALTY_AMENDED) the
        // penalties once the decision maker records the amended penalty after the tribunal's decision
        if (amended.sameContentAs(current.content())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Change.Amended(new Publication(current.publicationId(), current.caseId(),
                current.kind(), PublicationState.AMENDED, amended, current.releaseCondition(),
                assessment == null ? current.basedOnEventId() : assessment.assessmentEventId()),
                current.version(), today, outcome == PenaltyOutcome.PENALTY_QUASHED
                ? "the Upper Tribunal quashed the penalty (§11.4)" : "the Upper Tribunal amended the penalty (§11.4)"));
    }

    /** The Disclosure's changes now; {@code current} is its latest version, null if none. */
    public List<Change> disclosure(CaseFacts facts, AssessedCase assessment, PublicationProgress progress,
                                   Publication current, String basedOnEventId, LocalDate today) {
        List<Change> changes = new ArrayList<>();
        if (progress.disclosureNotice() == null || !facts.opened()
                || (current != null && (current.state().isPublic() || current.state() == PublicationState.WITHHELD))) {
            return changes;
        }
        int version = current == null ? 1 : current.version() + 1;
        PublicationContent content = DisclosureDraft.content(facts, assessment, progress, version);
        Publication disclosure = current;
        if (current == null || !current.content().sameContentAs(content)) {
            String id = current == null ? Publication.idFor(facts.caseId(), content.kind()) : current.publicationId();
            disclosure = new Publication(id, facts.caseId(), content.kind(),
                    current == null ? PublicationState.DRAFTED : current.state(), content,
                    progress.disclosureNotice().named()
                            ? "representations over, decided, text shared for accuracy, released (§12.2)"
                            : "released by the publication officer (§12.2, §12.3)", basedOnEventId);
            changes.add(new Change.Drafted(disclosure));
        }
        if (progress.disclosureTextSharedOn() != null && disclosure.state() == PublicationState.DRAFTED
                && progress.disclosureNotice().named()) {
            disclosure = disclosure.inState(PublicationState.SHARED_FOR_ACCURACY);
            changes.add(new Change.SharedForAccuracy(disclosure, progress.disclosureTextSharedOn()));
        }
        Timing timing = ReleaseTiming.ofDisclosure(progress);
        if (timing instanceof Timing.Due due) {
            changes.add(new Change.Released(disclosure.inState(PublicationState.RELEASED), today, due.reason()));
        } else if (timing instanceof Timing.Withhold w) {
            changes.add(new Change.Withheld(disclosure.inState(PublicationState.WITHHELD), w.reason(), w.section(),
                    w.coverage(), progress.disclosureDecision().decidedOn()));
        }
        return changes;
    }
}
