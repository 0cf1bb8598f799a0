package org.sanctionsplatform.publication.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.publication.domain.CaseFacts;
import org.sanctionsplatform.publication.domain.MonetaryPenaltySummaryPolicy;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Keeps the facts and the latest assessment of each case and, after either changes, asks the summary policy
 * whether a new draft is due; a draft is stored and published in the transaction of the consumed events. The two
 * topics are consumed independently, so the policy waits until the facts include every case event the assessment
 * was based on.
 *
 * <p>Events come in batches (a consumer's poll), applied in one transaction: grouped by case, each case locked once
 * and read once, its events applied in the order consumed (the policy asked after each, exactly as if they had come one
 * at a time), and what changed written once.
 */
@Singleton
public class CasePublications {

    private static final PublicationKind SUMMARY = PublicationKind.MONETARY_PENALTY_SUMMARY;

    private final CaseFactsStore facts;
    private final AssessedCaseStore assessments;
    private final PublicationStore publications;
    private final PublicationEvents events;
    private final MonetaryPenaltySummaryPolicy summaryPolicy;
    private final Clock clock;

    public CasePublications(CaseFactsStore facts, AssessedCaseStore assessments, PublicationStore publications,
                            PublicationEvents events, MonetaryPenaltySummaryPolicy summaryPolicy, Clock clock) {
        this.facts = facts;
        this.assessments = assessments;
        this.publications = publications;
        this.events = events;
        this.summaryPolicy = summaryPolicy;
        this.clock = clock;
    }

    /** A consumed event of a case, as publication needs it. */
    public sealed interface Received {
        String caseId();

        EventCause cause();
    }

    /** A consumed case event: the change it tells to the summary facts. */
    public record CaseEvent(String caseId, CaseFacts.Change change, EventCause cause) implements Received {
        public CaseEvent {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** A consumed CaseAssessed: the case's latest assessment. */
    public record Assessment(String caseId, AssessedCase assessment, EventCause cause) implements Received {
        public Assessment {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** Applies consumed case events in order (a poll batch); answers the publications drafted, in order. */
    @Transactional
    public List<Publication> onCaseEvents(List<CaseEvent> caseEvents) {
        return applyInOrder(caseEvents);
    }

    /** Applies consumed assessments in order (a poll batch); answers the publications drafted, in order. */
    @Transactional
    public List<Publication> onCaseAssessments(List<Assessment> caseAssessments) {
        return applyInOrder(caseAssessments);
    }

    @Transactional
    public Optional<Publication> onCaseEvent(String caseId, CaseFacts.Change change, EventCause cause) {
        return onCaseEvents(List.of(new CaseEvent(caseId, change, cause))).stream().findFirst();
    }

    @Transactional
    public Optional<Publication> onCaseAssessed(String caseId, AssessedCase assessment, EventCause cause) {
        return onCaseAssessments(List.of(new Assessment(caseId, assessment, cause))).stream().findFirst();
    }

    /** The publications of a case, latest version of each; empty when the case is unknown. */
    @Transactional(readOnly = true)
    public Optional<List<Publication>> ofCase(String caseId) {
        if (facts.find(caseId).isEmpty() && assessments.find(caseId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(publications.ofCase(caseId));
    }

    /** When the current version of each publication of the case was drafted and who caused it, by publication id. */
    @Transactional(readOnly = true)
    public Map<String, PublicationStore.Drafting> currentDraftings(String caseId) {
        return publications.currentDraftings(caseId);
    }

    private List<Publication> applyInOrder(List<? extends Received> received) {
        if (received.isEmpty()) {
            return List.of();
        }
        // each case's events in the order consumed; the cases in the order of their first event
        Map<String, List<Received>> byCase = new LinkedHashMap<>();
        for (Received r : received) {
            byCase.computeIfAbsent(r.caseId(), id -> new ArrayList<>()).add(r);
        }
        // every case of the batch locked once, before anything of it is read
        Map<String, CaseFacts> lockedFacts = facts.lock(byCase.keySet());
        Map<String, AssessedCase> latestAssessments = assessments.findAll(byCase.keySet());
        Map<String, Publication> summaries = publications.current(byCase.keySet(), SUMMARY);

        List<Revision<CaseFacts>> factRevisions = new ArrayList<>();
        List<Revision<AssessedCase>> assessmentRevisions = new ArrayList<>();
        List<Drafted> drafted = new ArrayList<>();
        byCase.forEach((caseId, ofCase) -> {
            CaseFacts factsBefore = lockedFacts.getOrDefault(caseId, CaseFacts.unknown(caseId));
            AssessedCase assessmentBefore = latestAssessments.get(caseId);
            CaseFacts caseFacts = factsBefore;
            AssessedCase assessment = assessmentBefore;
            Publication summary = summaries.get(caseId);
            for (Received r : ofCase) {
                if (r instanceof CaseEvent e) {
                    caseFacts = caseFacts.apply(e.change());
                } else if (r instanceof Assessment a) {
                    // the report's date of the outcome survives a reassessment that leaves the outcome as it was
                    assessment = a.assessment().outcomeSince(assessment);
                }
                Optional<Drafted> draft = reconsider(caseFacts, assessment, summary, r.cause());
                if (draft.isPresent()) {
                    drafted.add(draft.get());
                    summary = draft.get().publication();
                }
            }
            Revision<CaseFacts> factRevision = new Revision<>(caseId, factsBefore, caseFacts);
            if (factRevision.changed()) {
                factRevisions.add(factRevision);
            }
            if (assessment != null) {
                Revision<AssessedCase> assessmentRevision = new Revision<>(caseId, assessmentBefore, assessment);
                if (assessmentRevision.changed()) {
                    assessmentRevisions.add(assessmentRevision);
                }
            }
        });

        facts.saveChanges(factRevisions);
        assessments.saveChanges(assessmentRevisions);
        publications.saveVersions(drafted.stream().map(d -> new PublicationStore.NewVersion(d.publication(),
                d.draftedAt(), d.cause().actor())).toList());
        for (Drafted d : drafted) {
            events.publicationWasDrafted(d.publication(), d.eventId(), d.cause(), d.draftedAt());
        }
        return drafted.stream().map(Drafted::publication).toList();
    }

    /** A new version of a publication, the event that caused it and the id of the PublicationDrafted it makes. */
    private record Drafted(Publication publication, String eventId, EventCause cause, Instant draftedAt) {
    }

    private Optional<Drafted> reconsider(CaseFacts caseFacts, AssessedCase assessment, Publication current,
                                         EventCause cause) {
        MonetaryPenaltySummaryPolicy.Decision decision = summaryPolicy.decide(caseFacts, assessment, current);
        if (!(decision instanceof MonetaryPenaltySummaryPolicy.Decision.Draft draft)) {
            return Optional.empty();
        }
        Publication publication = draft.publication();
        // One PublicationDrafted per publication version, whichever event caused it.
        String eventId = Envelopes.deterministicEventId("PublicationDrafted", publication.publicationId(),
                Integer.toString(publication.version()));
        return Optional.of(new Drafted(publication, eventId, cause, clock.instant()));
    }
}
