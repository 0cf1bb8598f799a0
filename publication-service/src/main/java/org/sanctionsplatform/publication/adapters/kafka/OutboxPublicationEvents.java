package org.sanctionsplatform.publication.adapters.kafka;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import org.sanctionsplatform.events.publications.PublicationAmended;
import org.sanctionsplatform.events.publications.PublicationKind;
import org.sanctionsplatform.events.publications.PublicationReleased;
import org.sanctionsplatform.events.publications.PublicationSharedForAccuracy;
import org.sanctionsplatform.events.publications.PublicationWithheld;
import org.sanctionsplatform.publication.application.EventCause;
import org.sanctionsplatform.publication.application.PublicationEvents;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;

/** Publishes publication events through the transactional outbox, keyed by case id. */
@Singleton
class OutboxPublicationEvents implements PublicationEvents {

    private final Outbox outbox;

    OutboxPublicationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publicationWasDrafted(Publication publication, String eventId, EventCause cause, Instant draftedAt) {
        outbox.append(Topics.PUBLICATIONS, publication.caseId(), eventId,
                PublicationDraftedMapper.toEnvelope(publication, eventId, cause, draftedAt));
    }

    @Override
    public void publicationWasReleased(Publication publication, LocalDate releasedOn, String reason, String eventId,
                                       EventCause cause, Instant at) {
        append(publication, eventId, cause, at, PublicationReleased.newBuilder()
                .setPublicationId(publication.publicationId())
                .setContent(PublicationDraftedMapper.content(publication))
                .setReleasedOn(releasedOn)
                .setReason(reason)
                .build());
    }

    @Override
    public void publicationWasAmended(Publication publication, int supersedesVersion, String reason, String eventId,
                                      EventCause cause, Instant at) {
        append(publication, eventId, cause, at, PublicationAmended.newBuilder()
                .setPublicationId(publication.publicationId())
                .setContent(PublicationDraftedMapper.content(publication))
                .setSupersedesVersion(supersedesVersion)
                .setReason(reason)
                .build());
    }

    @Override
    public void publicationWasWithheld(Publication publication, String reason, String section, String coverage,
                                       LocalDate decidedOn, String eventId, EventCause cause, Instant at) {
        append(publication, eventId, cause, at, PublicationWithheld.newBuilder()
                .setPublicationId(publication.publicationId())
                .setKind(PublicationKind.valueOf(publication.kind().name()))
                .setReason(reason)
                .setSection(section)
                .setCoverage(coverage)
                .setDecidedOn(decidedOn)
                .build());
    }

    @Override
    public void publicationWasSharedForAccuracy(Publication publication, LocalDate sharedOn, String eventId,
                                                EventCause cause, Instant at) {
        append(publication, eventId, cause, at, PublicationSharedForAccuracy.newBuilder()
                .setPublicationId(publication.publicationId())
                .setVersion(publication.version())
                .setSharedOn(sharedOn)
                .build());
    }

    private void append(Publication publication, String eventId, EventCause cause, Instant at, Object payload) {
        outbox.append(Topics.PUBLICATIONS, publication.caseId(), eventId,
                PublicationDraftedMapper.envelope(publication.caseId(), eventId, cause, at, payload));
    }
}
