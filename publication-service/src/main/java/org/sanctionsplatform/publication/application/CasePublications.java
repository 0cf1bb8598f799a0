package org.sanctionsplatform.publication.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.publication.domain.CaseFacts;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.PublicationLifecycle;
import org.sanctionsplatform.publication.domain.PublicationProgress;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Keeps the facts, the latest assessment and the publication progress of each case and, after each consumed event
 * (a case event, an assessment, a deadline event), asks the {@link PublicationLifecycle} what happens to the case's
 * penalty summary and Disclosure: a new draft, a release, an amendment, a withholding, a text shared for accuracy.
 * Each change is stored, published through the outbox and, when released or amended, put on the
 * {@link PublicRegister}, all in the transaction of the consumed events. The topics are consumed independently, so the
 * summary waits until the facts include every case event the assessment was based on.
 *
 * <p>Events come in batches (a consumer's poll), applied in one transaction: grouped by case, each case locked once
 * and read once, its events applied in the order consumed (the lifecycle asked after each, exactly as if they had come
 * one at a time), and what changed written once.
 */
@Singleton
public class CasePublications {

    /** The authority's zone: a publication is released on a London date. */
    private static final ZoneId AUTHORITY_ZONE = ZoneId.of("Europe/London");

    /** The publications a batch's lifecycle decisions start from: each case's summary and Disclosure. */
    private static final List<PublicationKind> BATCH_READS = List.of(PublicationKind.MONETARY_PENALTY_SUMMARY,
            PublicationKind.FIXED_PENALTY_SUMMARY, PublicationKind.DISCLOSURE_NAMED, PublicationKind.DISCLOSURE_UNNAMED);

    private final CaseStateStore caseStates;
    private final CaseFactsStore facts;
    private final AssessedCaseStore assessments;
    private final PublicationStore publications;
    private final PublicationEvents events;
    private final ProgressStore progressStore;
    private final PublicationLifecycle lifecycle;
    private final PublicRegister register;
    private final Clock clock;

    public CasePublications(CaseStateStore caseStates, CaseFactsStore facts, AssessedCaseStore assessments,
                            PublicationStore publications, ProgressStore progressStore, PublicationEvents events,
                            PublicationLifecycle lifecycle, PublicRegister register, Clock clock) {
        this.caseStates = caseStates;
        this.facts = facts;
        this.assessments = assessments;
        this.publications = publications;
        this.progressStore = progressStore;
        this.events = events;
        this.lifecycle = lifecycle;
        this.register = register;
        this.clock = clock;
    }

    /** A consumed event of a case, as publication needs it. */
    public sealed interface Received {
        String caseId();

        EventCause cause();
    }

    /**
     * A consumed case event: the change it tells to the summary facts, and the step it tells to the publications'
     * progress (null when none).
     */
    public record CaseEvent(String caseId, CaseFacts.Change change, PublicationProgress.Step step, EventCause cause)
            implements Received {
        public CaseEvent {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(cause, "cause");
        }

        public CaseEvent(String caseId, CaseFacts.Change change, EventCause cause) {
            this(caseId, change, null, cause);
        }
    }

    /** A consumed deadline event that the publications wait for (§11.4 review window, §12.2 representations). */
    public record DeadlineEvent(String caseId, PublicationProgress.Step step, EventCause cause) implements Received {
        public DeadlineEvent {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(step, "step");
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

    /**
     * Applies consumed events of any of the three topics in the order consumed (a poll batch of the one consumer that
     * reads them all): each case locked once for the batch, whatever topics its events came from; answers the
     * publications drafted, in order.
     */
    @Transactional
    public List<Publication> onEvents(List<? extends Received> received) {
        return applyInOrder(received);
    }

    /** Applies consumed case events in order (a poll batch); answers the publications drafted, in order. */
    @Transactional
    public List<Publication> onCaseEvents(List<CaseEvent> caseEvents) {
        return applyInOrder(caseEvents);
    }

    /** Applies consumed deadline events in order (a poll batch); answers the publications drafted, in order. */
    @Transactional
    public List<Publication> onDeadlineEvents(List<DeadlineEvent> deadlineEvents) {
        return applyInOrder(deadlineEvents);
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

    /** Every version of a publication, oldest first. */
    @Transactional(readOnly = true)
    public List<Publication> versions(String publicationId) {
        return publications.versions(publicationId);
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
        // every case of the batch locked once, and everything kept of it read after the lock, in one go
        CaseStateStore.CaseStates states = caseStates.lockAndRead(byCase.keySet(), BATCH_READS);
        Map<String, CaseFacts> lockedFacts = states.facts();
        Map<String, AssessedCase> latestAssessments = states.assessments();
        Map<String, PublicationProgress> stored = states.progress();
        Map<String, Publication> summaries = states.current(PublicationKind.MONETARY_PENALTY_SUMMARY,
                PublicationKind.FIXED_PENALTY_SUMMARY);
        Map<String, Publication> disclosures = states.current(PublicationKind.DISCLOSURE_NAMED,
                PublicationKind.DISCLOSURE_UNNAMED);
        LocalDate today = LocalDate.now(clock.withZone(AUTHORITY_ZONE));

        List<Revision<CaseFacts>> factRevisions = new ArrayList<>();
        List<Revision<AssessedCase>> assessmentRevisions = new ArrayList<>();
        List<Revision<PublicationProgress>> progressRevisions = new ArrayList<>();
        List<List<Caused>> changesByCase = new ArrayList<>();
        byCase.forEach((caseId, ofCase) -> {
            List<Caused> changes = new ArrayList<>();
            changesByCase.add(changes);
            CaseFacts factsBefore = lockedFacts.getOrDefault(caseId, CaseFacts.unknown(caseId));
            AssessedCase assessmentBefore = latestAssessments.get(caseId);
            PublicationProgress progressBefore = stored.get(caseId);
            CaseFacts caseFacts = factsBefore;
            AssessedCase assessment = assessmentBefore;
            PublicationProgress progress = progressBefore == null ? PublicationProgress.none() : progressBefore;
            Publication summary = summaries.get(caseId);
            Publication disclosure = disclosures.get(caseId);
            for (Received r : ofCase) {
                if (r instanceof CaseEvent e) {
                    caseFacts = caseFacts.apply(e.change());
                    if (e.step() != null) {
                        progress = progress.apply(e.step());
                    }
                } else if (r instanceof Assessment a) {
                    // the report's date of the outcome survives a reassessment that leaves the outcome as it was
                    assessment = a.assessment().outcomeSince(assessment);
                } else if (r instanceof DeadlineEvent d) {
                    progress = progress.apply(d.step());
                }
                if (assessment != null) {
                    for (PublicationLifecycle.Change c : lifecycle.penaltySummary(caseFacts, assessment, progress,
                            summary, today)) {
                        changes.add(new Caused(c, r.cause()));
                        if (c.publication().kind() != PublicationKind.ANONYMISED_REPORT) {
                            summary = c.publication();
                        }
                    }
                }
                String basedOn = assessment != null ? assessment.assessmentEventId() : r.cause().eventId();
                for (PublicationLifecycle.Change c : lifecycle.disclosure(caseFacts, assessment, progress, disclosure,
                        basedOn, today)) {
                    changes.add(new Caused(c, r.cause()));
                    disclosure = c.publication();
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
            if (!progress.equals(progressBefore == null ? PublicationProgress.none() : progressBefore)
                    || (progressBefore == null && !progress.equals(PublicationProgress.none()))) {
                progressRevisions.add(new Revision<>(caseId, progressBefore, progress));
            }
        });

        facts.saveChanges(factRevisions);
        assessments.saveChanges(assessmentRevisions);
        progressStore.saveChanges(progressRevisions);
        List<Publication> drafted = new ArrayList<>();
        Instant now = clock.instant();
        int rounds = changesByCase.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < rounds; k++) {
            Round round = new Round(now);
            for (List<Caused> ofCase : changesByCase) {
                if (k < ofCase.size()) {
                    round.add(ofCase.get(k), drafted);
                }
            }
            round.store();
        }
        return drafted;
    }

    /** A lifecycle change and the consumed event that caused it. */
    private record Caused(PublicationLifecycle.Change change, EventCause cause) {
    }

    /**
     * The changes stored together: the k-th change of every case that has k of them, so no two touch the same
     * publication, and each kind of write goes in one JDBC batch (new versions, state changes, outbox events), not one
     * round trip per change: a replay's poll batch drafts hundreds of summaries, which were four statements each. Each
     * change's own writes keep their order (its version before its state, then its event, then the register), and each
     * case's changes are stored in their order, one round after another. Each event's id derives from the publication,
     * its version and what happened, so a change made again (a redelivered batch) is the same event.
     */
    private final class Round {

        private final Instant now;
        private final List<PublicationStore.NewVersion> versions = new ArrayList<>();
        private final List<PublicationStore.StateChange> states = new ArrayList<>();
        private final List<PublicationEvents.Event> published = new ArrayList<>();
        /** Releases and amendments for the public register, in order. */
        private final List<Runnable> registered = new ArrayList<>();

        Round(Instant now) {
            this.now = now;
        }

        void add(Caused caused, List<Publication> drafted) {
            PublicationLifecycle.Change change = caused.change();
            EventCause cause = caused.cause();
            Publication p = change.publication();
            String version = Integer.toString(p.version());
            if (change instanceof PublicationLifecycle.Change.Drafted) {
                versions.add(new PublicationStore.NewVersion(p, now, cause.actor()));
                published.add(new PublicationEvents.Drafted(p, eventId("PublicationDrafted", p, version),
                        cause, now));
                drafted.add(p);
            } else if (change instanceof PublicationLifecycle.Change.Released r) {
                if (p.kind() == PublicationKind.ANONYMISED_REPORT) {
                    // the anonymised report is made and released at once (§11.3)
                    versions.add(new PublicationStore.NewVersion(p, now, cause.actor()));
                }
                states.add(new PublicationStore.StateChange(p, r.releasedOn(), r.reason()));
                published.add(new PublicationEvents.Released(p, r.releasedOn(), r.reason(),
                        eventId("PublicationReleased", p, version), cause, now));
                registered.add(() -> register.released(p.publicationId(), p.caseId(), p.content(), r.releasedOn(),
                        r.reason()));
            } else if (change instanceof PublicationLifecycle.Change.Amended a) {
                versions.add(new PublicationStore.NewVersion(p, now, cause.actor()));
                states.add(new PublicationStore.StateChange(p, a.amendedOn(), a.reason()));
                published.add(new PublicationEvents.Amended(p, a.supersedesVersion(), a.reason(),
                        eventId("PublicationAmended", p, version), cause, now));
                registered.add(() -> register.amended(p.publicationId(), p.caseId(), p.content(),
                        a.supersedesVersion(), a.amendedOn(), a.reason()));
            } else if (change instanceof PublicationLifecycle.Change.Withheld w) {
                states.add(new PublicationStore.StateChange(p, w.decidedOn(), w.reason()));
                published.add(new PublicationEvents.Withheld(p, w.reason(), w.section(), w.coverage(), w.decidedOn(),
                        eventId("PublicationWithheld", p, version), cause, now));
            } else if (change instanceof PublicationLifecycle.Change.SharedForAccuracy s) {
                states.add(new PublicationStore.StateChange(p, s.sharedOn(), "shared for factual accuracy (§12.2)"));
                published.add(new PublicationEvents.SharedForAccuracy(p, s.sharedOn(), eventId(
                        "PublicationSharedForAccuracy", p, version), cause, now));
            }
        }

        /**
         * The id of a publication event: derived from its type, publication and version (a redelivered cause gives the
         * same id), sorting with the case's id (Envelopes.deterministicEventIdAfter). The publication id itself stays
         * name-based: it is public ({@link Publication#idFor}).
         */
        private static String eventId(String type, Publication p, String version) {
            return Envelopes.deterministicEventIdAfter(p.caseId(), type, p.publicationId(), version);
        }

        void store() {
            publications.saveVersions(versions);
            publications.changeStates(states);
            events.publish(published);
            registered.forEach(Runnable::run);
        }
    }
}
