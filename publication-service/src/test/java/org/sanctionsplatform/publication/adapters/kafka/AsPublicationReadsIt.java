package org.sanctionsplatform.publication.adapters.kafka;

import java.time.Instant;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.publication.adapters.kafka.view.AssessmentEventEnvelopeView;
import org.sanctionsplatform.publication.adapters.kafka.view.CaseAssessedView;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;

/** Tests' assessments as publication's consumer reads them: encoded as assessment-service writes them, decoded through publication's view. */
public final class AsPublicationReadsIt {

    private AsPublicationReadsIt() {
    }

    /** The topic as publication reads it ({@code InboundEventsListener}). */
    public static Topic<AssessmentEventEnvelopeView> assessments() {
        return InboundEventsListener.ASSESSMENTS;
    }

    public static AssessmentEventEnvelopeView envelope(AssessmentEventEnvelope written) {
        return InboundEventsListener.ASSESSMENTS.decode(Topics.ASSESSMENTS.encode(written));
    }

    public static CaseAssessedView payload(CaseAssessed written) {
        Instant at = Instant.parse("2026-03-02T10:15:30Z");
        return (CaseAssessedView) envelope(AssessmentEventEnvelope.newBuilder().setEventId("e-1").setCaseId("c-1")
                .setOccurredAt(at).setRecordedAt(at).setProducer("assessment-service").setPayload(written).build())
                .getPayload();
    }
}
