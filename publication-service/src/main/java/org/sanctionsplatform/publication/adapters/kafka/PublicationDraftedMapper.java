package org.sanctionsplatform.publication.adapters.kafka;

import java.time.Instant;
import org.sanctionsplatform.events.publications.PublicationContent;
import org.sanctionsplatform.events.publications.PublicationDrafted;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.events.publications.PublicationKind;
import org.sanctionsplatform.events.publications.PublishedPenalty;
import org.sanctionsplatform.publication.application.EventCause;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.support.events.Envelopes;

/** The one outbound mapping: a {@link Publication} to the events of enforcement.publications.v1 (Avro). */
public final class PublicationDraftedMapper {

    private PublicationDraftedMapper() {
    }

    public static PublicationEventEnvelope toEnvelope(Publication publication, String eventId, EventCause cause,
                                                      Instant draftedAt) {
        return envelope(publication.caseId(), eventId, cause, draftedAt, PublicationDrafted.newBuilder()
                .setPublicationId(publication.publicationId())
                .setContent(content(publication))
                .setReleaseCondition(publication.releaseCondition())
                .setBasedOnEventId(publication.basedOnEventId())
                .build());
    }

    /** The content of a publication's version, as every publication event carries it (publications v2 fields too). */
    public static PublicationContent content(Publication publication) {
        var c = publication.content();
        return PublicationContent.newBuilder()
                .setKind(PublicationKind.valueOf(c.kind().name()))
                .setNamed(c.named())
                .setVersion(c.version())
                .setTitle(c.title())
                .setText(c.text())
                .setPenalisedPersons(c.penalisedPersons().stream()
                        .map(p -> PublishedPenalty.newBuilder().setName(p.name()).setPenalty(p.penalty())
                                .setOfficerOf(p.officerOf()).setDiscounts(p.discounts()).build())
                        .toList())
                .setBreachTypes(c.breachTypes())
                .setRegimes(c.regimes())
                .setRegulations(c.regulations())
                .setVoluntarilyDisclosed(c.voluntarilyDisclosed())
                .setAggregatedValue(c.aggregatedValue())
                .setComplianceLessons(c.complianceLessons())
                .setWhyPublished(c.whyPublished())
                .setTrueUnderstanding(c.trueUnderstanding())
                .setDesignatedPerson(c.designatedPerson())
                .setStatement(c.statement())
                .build();
    }

    /** The envelope of any publication event. */
    public static PublicationEventEnvelope envelope(String caseId, String eventId, EventCause cause, Instant at,
                                                    Object payload) {
        return PublicationEventEnvelope.newBuilder()
                .setEventId(eventId)
                .setCaseId(caseId)
                .setOccurredAt(at)
                .setRecordedAt(at)
                .setProducer(Envelopes.PUBLICATION)
                .setCausationId(cause.eventId())
                .setCorrelationId(cause.correlationOrSelf())
                .setPayload(payload)
                .build();
    }
}
