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
import org.sanctionsplatform.events.assessments.Discount;
import org.sanctionsplatform.events.assessments.ExplanationStep;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.DisclosureIntended;
import org.sanctionsplatform.events.cases.PenaltyOutcome;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.cases.PublicationDecisionRecorded;
import org.sanctionsplatform.events.cases.PublicationReleaseAuthorised;
import org.sanctionsplatform.events.cases.PublicationScope;
import org.sanctionsplatform.events.cases.PublicationTextShared;
import org.sanctionsplatform.events.cases.PublicationTextWritten;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineExpired;
import org.sanctionsplatform.events.deadlines.DeadlineMet;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.publication.domain.PublicationProgress;
import org.sanctionsplatform.publication.application.CasePublications;
import org.sanctionsplatform.publication.application.EventCause;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.publication.domain.CaseFacts;

/** The one inbound mapping: case events and CaseAssessed (Avro) to publication's domain. */
public final class InboundEventMapper {

    /** The authority's zone (DESIGN §1): the date an assessment's outcome was reached, for the s.149(2) report. */
    private static final java.time.ZoneId AUTHORITY_ZONE = java.time.ZoneId.of("Europe/London");

    private InboundEventMapper() {
    }

    /** A consumed case event as publication applies it. */
    public static CasePublications.CaseEvent caseEvent(CaseEventEnvelope envelope) {
        return new CasePublications.CaseEvent(envelope.getCaseId(), change(envelope), step(envelope.getPayload()),
                cause(envelope));
    }

    /** A consumed deadline event as publication applies it; empty for the deadlines publication does not wait for. */
    public static java.util.Optional<CasePublications.DeadlineEvent> deadlineEvent(DeadlineEventEnvelope envelope) {
        Object payload = envelope.getPayload();
        PublicationProgress.Step step = null;
        if (payload instanceof DeadlineExpired e && e.getWindow().getKind() == WindowKind.REVIEW_REQUEST) {
            // §11.4: the review window elapsed with no review requested
            step = new PublicationProgress.Step.ReviewWindowExpired(e.getWindow().getSubjectId());
        } else if (payload instanceof DeadlineExpired e
                && e.getWindow().getKind() == WindowKind.DISCLOSURE_REPRESENTATIONS) {
            step = new PublicationProgress.Step.DisclosureRepresentationsOver();
        } else if (payload instanceof DeadlineMet m && m.getWindow().getKind() == WindowKind.DISCLOSURE_REPRESENTATIONS) {
            step = new PublicationProgress.Step.DisclosureRepresentationsOver();
        }
        return step == null ? java.util.Optional.empty() : java.util.Optional.of(new CasePublications.DeadlineEvent(
                envelope.getCaseId(), step, new EventCause(envelope.getEventId(), envelope.getCorrelationId())));
    }

    /** What a case event tells the publications' progress (§6.9, §8, chapter 9, §11.3, §12.2); null for nothing. */
    static PublicationProgress.Step step(Object payload) {
        if (payload instanceof CaseOpened o) {
            return new PublicationProgress.Step.ProcedureOpened(o.getProcedure() == CaseProcedure.FIXED_MONETARY_PENALTY);
        }
        if (payload instanceof ProcedureMilestoneRecorded m) {
            return switch (m.getMilestone()) {
                case REVIEW_REQUESTED -> new PublicationProgress.Step.ReviewRequested();
                case REVIEW_DECIDED -> new PublicationProgress.Step.ReviewDecided(outcome(m.getPenaltyOutcome()));
                case TRIBUNAL_DECIDED -> new PublicationProgress.Step.TribunalDecided(outcome(m.getPenaltyOutcome()),
                        m.getOccurredOn(), null);
                case SETTLEMENT_AGREEMENT_SIGNED -> new PublicationProgress.Step.SettlementSigned();
                case PENALTY_FINALISED -> new PublicationProgress.Step.PenaltyFinalised();
                case DISCLOSURE_REPRESENTATIONS_RECEIVED -> new PublicationProgress.Step.DisclosureRepresentationsOver();
                default -> null;
            };
        }
        if (payload instanceof PublicationDecisionRecorded d) {
            PublicationProgress.Decision.Choice choice = switch (d.getDecision()) {
                case PUBLISH -> PublicationProgress.Decision.Choice.PUBLISH;
                case PUBLISH_AMENDED -> PublicationProgress.Decision.Choice.PUBLISH_AMENDED;
                case DO_NOT_PUBLISH -> PublicationProgress.Decision.Choice.DO_NOT_PUBLISH;
                default -> null;
            };
            PublicationProgress.Scope scope = scope(d.getPublication());
            return choice == null || scope == null ? null : new PublicationProgress.Step.Decided(scope,
                    new PublicationProgress.Decision(choice, d.getReason(),
                            d.getCoverage() == null ? null : d.getCoverage().name(), d.getAmendment(), d.getDecidedOn()));
        }
        if (payload instanceof DisclosureIntended n) {
            return new PublicationProgress.Step.DisclosureIntended(new PublicationProgress.DisclosureNotice(n.getNamed(),
                    n.getGround().name(), n.getDesignatedPerson(), n.getDesignatedPersonWithheldReason(),
                    n.getNoticeOn()));
        }
        if (payload instanceof PublicationTextWritten t && scope(t.getPublication()) != null) {
            return new PublicationProgress.Step.TextWritten(scope(t.getPublication()), t.getTrueUnderstanding());
        }
        if (payload instanceof PublicationTextShared t && scope(t.getPublication()) != null) {
            return new PublicationProgress.Step.TextShared(scope(t.getPublication()), t.getSharedOn());
        }
        if (payload instanceof PublicationReleaseAuthorised r && scope(r.getPublication()) != null) {
            return new PublicationProgress.Step.ReleaseAuthorised(scope(r.getPublication()), r.getAuthorisedOn());
        }
        return null;
    }

    private static PublicationProgress.Scope scope(PublicationScope scope) {
        return switch (scope) {
            case PENALTY_SUMMARY -> PublicationProgress.Scope.PENALTY_SUMMARY;
            case DISCLOSURE -> PublicationProgress.Scope.DISCLOSURE;
            default -> null;
        };
    }

    private static PublicationProgress.PenaltyOutcome outcome(PenaltyOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case PENALTY_AMENDED -> PublicationProgress.PenaltyOutcome.PENALTY_AMENDED;
            case PENALTY_QUASHED -> PublicationProgress.PenaltyOutcome.PENALTY_QUASHED;
            default -> PublicationProgress.PenaltyOutcome.PENALTY_STANDS;
        };
    }

    /** A consumed CaseAssessed as publication applies it. */
    public static CasePublications.Assessment assessment(AssessmentEventEnvelope envelope) {
        return new CasePublications.Assessment(envelope.getCaseId(), assessedCase(envelope), cause(envelope));
    }

    public static EventCause cause(CaseEventEnvelope envelope) {
        return new EventCause(envelope.getEventId(), envelope.getCorrelationId());
    }

    public static EventCause cause(AssessmentEventEnvelope envelope) {
        return new EventCause(envelope.getEventId(), envelope.getCorrelationId());
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
        // §5.8: the level and why, in the words of the assessment's own explanation step for it
        String levelReason = a.getExplanation().stream().filter(step -> step.getSection().contains("5.8"))
                .reduce((first, second) -> second).map(ExplanationStep::getOutcome).orElse(null);
        return new AssessedCase(envelope.getEventId(), a.getInputVersion(), a.getLikelyOutcome().name(),
                a.getAggregatedValue(), established, a.getPenalties().stream()
                .map(p -> new AssessedCase.Penalty(p.getSubjectId(), p.getSubjectName(), p.getSubjectType(),
                        p.getFinalPenalty(), p.getOfficerOfSubjectId(), p.getDiscounts().stream()
                        .filter(Discount::getApplied)
                        .map(d -> d.getKind().name().toLowerCase(java.util.Locale.UK).replace('_', ' ') + " "
                                + d.getPercent().stripTrailingZeros().toPlainString() + "% (" + d.getSection() + ")")
                        .toList()))
                .toList(), a.getSeriousness(), levelReason,
                LocalDate.ofInstant(envelope.getOccurredAt(), AUTHORITY_ZONE));
    }
}
