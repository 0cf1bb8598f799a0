package org.sanctionsplatform.publication.adapters.kafka;

import jakarta.inject.Singleton;
import java.util.List;
import org.sanctionsplatform.events.publications.PublicationAmended;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.events.publications.PublicationKind;
import org.sanctionsplatform.events.publications.PublicationReleased;
import org.sanctionsplatform.events.publications.PublicationSharedForAccuracy;
import org.sanctionsplatform.events.publications.PublicationWithheld;
import org.sanctionsplatform.publication.application.PublicationEvents;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;

/** Publishes publication events through the transactional outbox, keyed by case id, a batch's in one JDBC batch. */
@Singleton
class OutboxPublicationEvents implements PublicationEvents {

    private final Outbox outbox;

    OutboxPublicationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(List<Event> events) {
        outbox.appendAll(Topics.PUBLICATIONS, events.stream()
                .map(e -> new Outbox.Pending<>(e.publication().caseId(), e.eventId(), envelope(e)))
                .toList());
    }

    private static PublicationEventEnvelope envelope(Event event) {
        Publication publication = event.publication();
        // Java 17: no pattern matching in switch yet; Event is sealed, so these are all the kinds
        if (event instanceof Drafted d) {
            return PublicationDraftedMapper.toEnvelope(publication, d.eventId(), d.cause(), d.at());
        } else if (event instanceof Released r) {
            return envelope(r, PublicationReleased.newBuilder()
                    .setPublicationId(publication.publicationId())
                    .setContent(PublicationDraftedMapper.content(publication))
                    .setReleasedOn(r.releasedOn())
                    .setReason(r.reason())
                    .build());
        } else if (event instanceof Amended a) {
            return envelope(a, PublicationAmended.newBuilder()
                    .setPublicationId(publication.publicationId())
                    .setContent(PublicationDraftedMapper.content(publication))
                    .setSupersedesVersion(a.supersedesVersion())
                    .setReason(a.reason())
                    .build());
        } else if (event instanceof Withheld w) {
            return envelope(w, PublicationWithheld.newBuilder()
                    .setPublicationId(publication.publicationId())
                    .setKind(PublicationKind.valueOf(publication.kind().name()))
                    .setReason(w.reason())
                    .setSection(w.section())
                    .setCoverage(w.coverage())
                    .setDecidedOn(w.decidedOn())
                    .build());
        } else if (event instanceof SharedForAccuracy s) {
            return envelope(s, PublicationSharedForAccuracy.newBuilder()
                    .setPublicationId(publication.publicationId())
                    .setVersion(publication.version())
                    .setSharedOn(s.sharedOn())
                    .build());
        }
        throw new IllegalArgumentException("not a publication event: " + event);
    }

    private static PublicationEventEnvelope envelope(Event event, Object payload) {
        return PublicationDraftedMapper.envelope(event.publication().caseId(), event.eventId(), event.cause(),
                event.at(), payload);
    }
}
