package org.sanctionsplatform.publication.adapters.kafka;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsplatform.publication.adapters.kafka.view.AssessmentEventEnvelopeView;
import org.sanctionsplatform.publication.adapters.kafka.view.BreachAssessmentView;
import org.sanctionsplatform.publication.adapters.kafka.view.CaseAssessedView;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachWithdrawn;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;
import org.sanctionsplatform.publication.adapters.kafka.view.DiscountView;
import org.sanctionsplatform.publication.adapters.kafka.view.ExplanationStepView;
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
import org.sanctionsplatform.support.audit.Actor;

/**
 * The one inbound mapping: case events and CaseAssessed (Avro) to publication's domain. CaseAssessed comes as
 * publication's projection of it ({@code src/main/avro/assessment-view.avsc}): a field used here that the projection
 * does not have must be added there (with the contract's name, type and default).
 */
public final class InboundEventMapper {

    /** The authority's zone (DESIGN §1): the date an assessment's outcome was reached, for the s.149(2) report. */
    private static final java.time.ZoneId AUTHORITY_ZONE = java.time.ZoneId.of("Europe/London");

    private InboundEventMapper() {
    }

    /** A consumed case event as publication applies it. */
    /**
     * A consumed envelope of any of the three topics publication reads, as publication needs it; empty for a deadline
     * event publication does not wait for.
     */
    public static java.util.Optional<CasePublications.Received> received(org.apache.avro.specific.SpecificRecordBase envelope) {
        if (envelope instanceof CaseEventEnvelope caseEvent) {
            return java.util.Optional.of(caseEvent(caseEvent));
        }
        if (envelope instanceof AssessmentEventEnvelopeView assessment) {
            return java.util.Optional.of(assessment(assessment));
        }
        if (envelope instanceof DeadlineEventEnvelope deadline) {
            return deadlineEvent(deadline).map(CasePublications.Received.class::cast);
        }
        throw new IllegalArgumentException("publication reads no " + envelope.getClass().getSimpleName());
    }

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
                // the officer's words for what the tribunal decided go into the amended summary's statement (§11.4)
                case TRIBUNAL_DECIDED -> new PublicationProgress.Step.TribunalDecided(outcome(m.getPenaltyOutcome()),
                        m.getOccurredOn(), m.getReason() == null || m.getReason().isBlank() ? null : m.getReason().strip());
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
    public static CasePublications.Assessment assessment(AssessmentEventEnvelopeView envelope) {
        return new CasePublications.Assessment(envelope.getCaseId(), assessedCase(envelope), cause(envelope));
    }

    public static EventCause cause(CaseEventEnvelope envelope) {
        return new EventCause(envelope.getEventId(), envelope.getCorrelationId(), Actor.of(envelope.getActor()));
    }

    public static EventCause cause(AssessmentEventEnvelopeView envelope) {
        var actor = envelope.getActor();
        return new EventCause(envelope.getEventId(), envelope.getCorrelationId(),
                actor == null ? null : new Actor(actor.getSubject(), actor.getName(), actor.getRole()));
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

    /**
     * §5.8 "we will explain why we consider a case to be Level 4 … when we publish": why the case is at its level, in the
     * words of the assessment's Figure 5A step ("HIGH severity with AGGRAVATING conduct indicates Level 4 (very high)").
     * Where the decision maker departed from Figure 5A, a standard sentence says so with the level decided; the
     * departure's own reason is free text of the case and is not carried into a publication (an unnamed Disclosure
     * must never name anybody). Not any step that merely cites §5.8: the last such step is the baseline band's ("no
     * baseline band: DISCLOSURE is not a monetary penalty"), which a Disclosure's page showed as its reason.
     */
    static String levelReason(CaseAssessedView a) {
        java.util.Optional<String> figure5A = a.getExplanation().stream()
                .filter(step -> section(step).startsWith("5.8 Figure 5A"))
                .reduce((first, second) -> second).map(ExplanationStepView::getOutcome);
        if (figure5A.isEmpty()) {
            // an assessment without the matrix step (the previous guidance's wording): the level decision itself
            return a.getExplanation().stream().filter(step -> section(step).equals("5.8"))
                    .reduce((first, second) -> second).map(ExplanationStepView::getOutcome).orElse(null);
        }
        String reason = figure5A.get().endsWith(".") ? figure5A.get() : figure5A.get() + ".";
        boolean departed = a.getDecidedLevel() != null && !a.getDecidedLevel().equals(a.getIndicativeLevel());
        return departed ? reason + " The decision maker decided " + (a.getSeriousness() == null
                ? "Level " + a.getDecidedLevel() : a.getSeriousness()) + " instead (§5.8)." : reason;
    }

    /** The step's section as the guidance numbers it, "§5.8" read as "5.8". */
    private static String section(ExplanationStepView step) {
        String section = step.getSection().strip();
        return section.startsWith("§") ? section.substring(1).strip() : section;
    }

    public static AssessedCase assessedCase(AssessmentEventEnvelopeView envelope) {
        if (!(envelope.getPayload() instanceof CaseAssessedView a)) {
            throw new IllegalArgumentException("unsupported assessment payload " + envelope.getPayload());
        }
        Set<String> established = a.getBreaches().stream().filter(BreachAssessmentView::getEstablished)
                .map(BreachAssessmentView::getBreachId).collect(Collectors.toSet());
        String levelReason = levelReason(a);
        return new AssessedCase(envelope.getEventId(), a.getInputVersion(), a.getLikelyOutcome().name(),
                a.getAggregatedValue(), established, a.getPenalties().stream()
                .map(p -> new AssessedCase.Penalty(p.getSubjectId(), p.getSubjectName(), p.getSubjectType(),
                        p.getFinalPenalty(), p.getOfficerOfSubjectId(), p.getDiscounts().stream()
                        .filter(DiscountView::getApplied)
                        .map(d -> d.getKind().name().toLowerCase(java.util.Locale.UK).replace('_', ' ') + " "
                                + d.getPercent().stripTrailingZeros().toPlainString() + "% (" + d.getSection() + ")")
                        .toList()))
                .toList(), a.getSeriousness(), levelReason,
                LocalDate.ofInstant(envelope.getOccurredAt(), AUTHORITY_ZONE));
    }
}
