package org.sanctionsplatform.publication.adapters.kafka;

import java.time.Instant;
import org.sanctionsplatform.events.publications.PublicationContent;
import org.sanctionsplatform.events.publications.PublicationDrafted;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.events.publications.PublicationKind;
import org.sanctionsplatform.events.publications.PublishedPenalty;
import org.sanctionsplatform.publication.application.EventCause;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.support.audit.Actor;
import org.sanctionsplatform.support.events.Envelopes;

/** The one outbound mapping: a drafted {@link Publication} to PublicationDrafted (Avro, enforcement.publications.v1). */
public final class PublicationDraftedMapper {

    private PublicationDraftedMapper() {
    }

    public static PublicationEventEnvelope toEnvelope(Publication publication, String eventId, EventCause cause,
                                                      Instant draftedAt) {
        var c = publication.content();
        PublicationContent content = PublicationContent.newBuilder()
                .setKind(PublicationKind.valueOf(c.kind().name()))
                .setNamed(c.named())
                .setVersion(c.version())
                .setTitle(c.title())
                .setText(c.text())
                .setPenalisedPersons(c.penalisedPersons().stream()
                        .map(p -> PublishedPenalty.newBuilder().setName(p.name()).setPenalty(p.penalty()).build())
                        .toList())
                .setBreachTypes(c.breachTypes())
                .setRegimes(c.regimes())
                .setRegulations(c.regulations())
                .setVoluntarilyDisclosed(c.voluntarilyDisclosed())
                .setAggregatedValue(c.aggregatedValue())
                .setComplianceLessons(c.complianceLessons())
                .build();
        return PublicationEventEnvelope.newBuilder()
                .setEventId(eventId)
                .setCaseId(publication.caseId())
                .setOccurredAt(draftedAt)
                .setRecordedAt(draftedAt)
                .setProducer(Envelopes.PUBLICATION)
                .setCausationId(cause.eventId())
                .setCorrelationId(cause.correlationOrSelf())
                // who caused the event behind this draft goes on with it (issue 9.3)
                .setActor(Actor.toEvent(cause.actor()))
                .setPayload(PublicationDrafted.newBuilder()
                        .setPublicationId(publication.publicationId())
                        .setContent(content)
                        .setReleaseCondition(publication.releaseCondition())
                        .setBasedOnEventId(publication.basedOnEventId())
                        .build())
                .build();
    }
}
