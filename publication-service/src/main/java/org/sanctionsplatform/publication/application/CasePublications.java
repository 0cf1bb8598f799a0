package org.sanctionsplatform.publication.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.publication.domain.CaseFacts;
import org.sanctionsplatform.publication.domain.MonetaryPenaltySummaryPolicy;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Keeps the facts and the latest assessment of each case and, after either changes, asks the summary policy
 * whether a new draft is due; a draft is stored and published in the transaction of the consumed event. The two
 * topics are consumed independently, so the policy waits until the facts include every case event the assessment
 * was based on.
 */
@Singleton
public class CasePublications {

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

    @Transactional
    public Optional<Publication> onCaseEvent(String caseId, CaseFacts.Change change, EventCause cause) {
        facts.lock(caseId);
        CaseFacts next = facts.find(caseId).orElseGet(() -> CaseFacts.unknown(caseId)).apply(change);
        facts.save(next);
        return reconsider(next, assessments.find(caseId).orElse(null), cause);
    }

    @Transactional
    public Optional<Publication> onCaseAssessed(String caseId, AssessedCase assessment, EventCause cause) {
        facts.lock(caseId);
        assessments.save(caseId, assessment);
        return reconsider(facts.find(caseId).orElseGet(() -> CaseFacts.unknown(caseId)), assessment, cause);
    }

    /** The publications of a case, latest version of each; empty when the case is unknown. */
    @Transactional(readOnly = true)
    public Optional<List<Publication>> ofCase(String caseId) {
        if (facts.find(caseId).isEmpty() && assessments.find(caseId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(publications.ofCase(caseId));
    }

    private Optional<Publication> reconsider(CaseFacts caseFacts, AssessedCase assessment, EventCause cause) {
        Publication current = publications.current(caseFacts.caseId(), PublicationKind.MONETARY_PENALTY_SUMMARY)
                .orElse(null);
        MonetaryPenaltySummaryPolicy.Decision decision = summaryPolicy.decide(caseFacts, assessment, current);
        if (!(decision instanceof MonetaryPenaltySummaryPolicy.Decision.Draft draft)) {
            return Optional.empty();
        }
        Publication publication = draft.publication();
        Instant now = clock.instant();
        publications.saveVersion(publication, now);
        // One PublicationDrafted per publication version, whichever event caused it.
        String eventId = Envelopes.deterministicEventId("PublicationDrafted", publication.publicationId(),
                Integer.toString(publication.version()));
        events.publicationWasDrafted(publication, eventId, cause, now);
        return Optional.of(publication);
    }
}
