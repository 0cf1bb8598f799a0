package org.sanctionsplatform.publication.adapters.kafka;

import jakarta.inject.Singleton;
import java.time.Instant;
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
}
