package org.sanctionsplatform.publication.adapters.kafka;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.BreachAssessment;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachWithdrawn;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;
import org.sanctionsplatform.publication.application.CasePublications;
import org.sanctionsplatform.publication.application.EventCause;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.publication.domain.CaseFacts;
import org.sanctionsplatform.support.audit.Actor;

/** The one inbound mapping: case events and CaseAssessed (Avro) to publication's domain. */
public final class InboundEventMapper {

    /** The authority's zone (DESIGN §1): the date an assessment's outcome was reached, for the s.149(2) report. */
    private static final java.time.ZoneId AUTHORITY_ZONE = java.time.ZoneId.of("Europe/London");

    private InboundEventMapper() {
    }

    /** A consumed case event as publication applies it. */
    public static CasePublications.CaseEvent caseEvent(CaseEventEnvelope envelope) {
        return new CasePublications.CaseEvent(envelope.getCaseId(), change(envelope), cause(envelope));
    }

    /** A consumed CaseAssessed as publication applies it. */
    public static CasePublications.Assessment assessment(AssessmentEventEnvelope envelope) {
        return new CasePublications.Assessment(envelope.getCaseId(), assessedCase(envelope), cause(envelope));
    }

    public static EventCause cause(CaseEventEnvelope envelope) {
        return new EventCause(envelope.getEventId(), envelope.getCorrelationId(), Actor.of(envelope.getActor()));
    }

    public static EventCause cause(AssessmentEventEnvelope envelope) {
        return new EventCause(envelope.getEventId(), envelope.getCorrelationId(), Actor.of(envelope.getActor()));
    }

    /** The summary facts a case event changes; events the summary does not use are {@link CaseFacts.Change.Other}. */
    public static CaseFacts.Change change(CaseEventEnvelope envelope) {
        Object payload = envelope.getPayload();
        if (payload instanceof CaseOpened o) {
            return new CaseFacts.Change.Opened(o.getCaseReference(), o.getSubjects().stream()
                    .map(s -> new CaseFacts.Subject(s.getSubjectId(), s.getName(), s.getSubjectType().name()))
                    .toList());
        }
        if (payload instanceof BreachRecorded b) {
            return new CaseFacts.Change.BreachRecorded(new CaseFacts.Breach(b.getBreachId(), b.getSubjectId(),
                    b.getBreachType().name(), b.getRegime(), b.getRegulation(), b.getEstimatedValue(), false));
        }
        if (payload instanceof BreachWithdrawn w) {
            return new CaseFacts.Change.BreachWithdrawn(w.getBreachId());
        }
        if (payload instanceof VoluntaryDisclosureRecorded d) {
            // §6.5: not voluntary when OFSI requested or required it, already knew, or another investigation compelled it.
            boolean voluntary = !d.getRequestedOrRequiredByOfsi() && !d.getOfsiAlreadyAware()
                    && !d.getCompelledByOtherInvestigation();
            return new CaseFacts.Change.DisclosureRecorded(new CaseFacts.Disclosure(d.getSubjectId(), voluntary));
        }
        return new CaseFacts.Change.Other();
    }

    public static AssessedCase assessedCase(AssessmentEventEnvelope envelope) {
        if (!(envelope.getPayload() instanceof CaseAssessed a)) {
            throw new IllegalArgumentException("unsupported assessment payload " + envelope.getPayload());
        }
        Set<String> established = a.getBreaches().stream().filter(BreachAssessment::getEstablished)
                .map(BreachAssessment::getBreachId).collect(Collectors.toSet());
        return new AssessedCase(envelope.getEventId(), a.getInputVersion(), a.getLikelyOutcome().name(),
                a.getAggregatedValue(), established, a.getPenalties().stream()
                .map(p -> new AssessedCase.Penalty(p.getSubjectId(), p.getSubjectName(), p.getSubjectType(),
                        p.getFinalPenalty()))
                .toList(), a.getSeriousness(), null, LocalDate.ofInstant(envelope.getOccurredAt(), AUTHORITY_ZONE));
    }
}
