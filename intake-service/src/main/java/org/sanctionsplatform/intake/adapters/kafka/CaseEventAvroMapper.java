package org.sanctionsplatform.intake.adapters.kafka;

import java.math.BigDecimal;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachWithdrawn;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseFactorsAssessed;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.DisclosureIntended;
import org.sanctionsplatform.events.cases.PublicationDecisionRecorded;
import org.sanctionsplatform.events.cases.PublicationReleaseAuthorised;
import org.sanctionsplatform.events.cases.PublicationScope;
import org.sanctionsplatform.events.cases.PublicationTextShared;
import org.sanctionsplatform.events.cases.PublicationTextWritten;
import org.sanctionsplatform.events.cases.FactorFinding;
import org.sanctionsplatform.events.cases.PenaltyDecisionRecorded;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;
import org.sanctionsplatform.intake.domain.Actor;
import org.sanctionsplatform.intake.domain.Breach;
import org.sanctionsplatform.intake.domain.CaseEvent;
import org.sanctionsplatform.intake.domain.FactorAssessment;
import org.sanctionsplatform.intake.domain.Gbp;
import org.sanctionsplatform.intake.domain.PenaltyDecision;
import org.sanctionsplatform.intake.domain.Percentage;
import org.sanctionsplatform.intake.domain.ProcedureMilestone;
import org.sanctionsplatform.intake.domain.PublicationStep;
import org.sanctionsplatform.intake.domain.SubjectId;
import org.sanctionsplatform.intake.domain.VoluntaryDisclosure;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * The one mapping from intake's domain events to the Avro contract of {@code enforcement.case-events.v1}.
 * Domain enums map to the Avro enums of the same symbol (the contract's UNKNOWN is never written).
 */
public final class CaseEventAvroMapper {

    private CaseEventAvroMapper() {
    }

    /**
     * @param correlationId the request or case the event belongs to; causation is empty because these
     *                      events are caused by officers' requests, not by other events
     */
    public static CaseEventEnvelope toEnvelope(CaseEvent event, String correlationId) {
        return toEnvelope(event, correlationId, null);
    }

    /** As {@link #toEnvelope(CaseEvent, String)}, naming who caused the event (null: nobody vouched, v4 field empty). */
    public static CaseEventEnvelope toEnvelope(CaseEvent event, String correlationId, Actor actor) {
        return CaseEventEnvelope.newBuilder()
                .setEventId(event.eventId())
                .setCaseId(event.caseId().toString())
                .setOccurredAt(event.metadata().occurredAt())
                .setRecordedAt(event.metadata().recordedAt())
                .setProducer(Envelopes.INTAKE)
                .setCausationId(null)
                .setCorrelationId(correlationId)
                .setPayload(payload(event))
                .setActor(actor == null ? null : org.sanctionsplatform.events.cases.Actor.newBuilder()
                        .setSubject(actor.subject()).setName(actor.name()).setRole(actor.role()).build())
                .build();
    }

    static Object payload(CaseEvent event) {
        if (event instanceof CaseEvent.CaseOpened e) {
            return CaseOpened.newBuilder()
                    .setCaseReference(e.caseReference().value())
                    .setOpenedOn(e.openedOn())
                    .setProcedure(avro(org.sanctionsplatform.events.cases.CaseProcedure.class, e.procedure()))
                    .setOrigin(avro(org.sanctionsplatform.events.cases.CaseOrigin.class, e.origin()))
                    .setSubjects(e.subjects().stream().map(s -> Subject.newBuilder()
                            .setSubjectId(s.subjectId().value())
                            .setName(s.name())
                            .setSubjectType(avro(org.sanctionsplatform.events.cases.SubjectType.class, s.subjectType()))
                            .setOfficerOfSubjectId(value(s.officerOf()))
                            .setPriorFixedPenaltyWarnings(s.priorFixedPenaltyWarnings())
                            .setPriorFixedPenalty(s.priorFixedPenalty())
                            .build()).toList())
                    .setCalendarDivision(avro(org.sanctionsplatform.events.cases.CalendarDivision.class, e.calendarDivision()))
                    .setSummary(e.summary())
                    .build();
        } else if (event instanceof CaseEvent.BreachRecorded e) {
            Breach b = e.breach();
            return BreachRecorded.newBuilder()
                    .setBreachId(b.breachId().value())
                    .setSubjectId(b.subjectId().value())
                    .setBreachType(avro(org.sanctionsplatform.events.cases.BreachType.class, b.breachType()))
                    .setRegime(b.regime())
                    .setRegulation(b.regulation())
                    .setDescription(b.description())
                    .setBreachDate(b.breachDate())
                    .setBreachEndDate(b.breachEndDate())
                    .setEstimatedValue(amount(b.estimatedValue()))
                    .setEstablishedOnBalanceOfProbabilities(b.establishedOnBalanceOfProbabilities())
                    .setKnewOrHadReasonableCauseToSuspect(b.knewOrHadReasonableCauseToSuspect())
                    .setSharesFundsWithBreachId(b.sharesFundsWith() == null ? null : b.sharesFundsWith().value())
                    .build();
        } else if (event instanceof CaseEvent.BreachWithdrawn e) {
            return BreachWithdrawn.newBuilder().setBreachId(e.breachId().value()).setReason(e.reason()).build();
        } else if (event instanceof CaseEvent.VoluntaryDisclosureRecorded e) {
            VoluntaryDisclosure d = e.disclosure();
            return VoluntaryDisclosureRecorded.newBuilder()
                    .setSubjectId(d.subjectId().value())
                    .setDisclosedOn(d.disclosedOn())
                    .setRequestedOrRequiredByOfsi(d.requestedOrRequiredByOfsi())
                    .setOfsiAlreadyAware(d.ofsiAlreadyAware())
                    .setCompelledByOtherInvestigation(d.compelledByOtherInvestigation())
                    .setCompleteAndAccurate(d.completeAndAccurate())
                    .setCooperation(d.cooperation())
                    .setDiscoveredOn(d.discoveredOn())
                    .setMadeBy(d.madeBy())
                    .build();
        } else if (event instanceof CaseEvent.CaseFactorsAssessed e) {
            FactorAssessment a = e.assessment();
            return CaseFactorsAssessed.newBuilder()
                    .setFindings(a.findings().stream().map(f -> FactorFinding.newBuilder()
                            .setFactor(avro(org.sanctionsplatform.events.cases.CaseFactor.class, f.factor()))
                            .setEffect(avro(org.sanctionsplatform.events.cases.FactorEffect.class, f.effect()))
                            .setRationale(f.rationale())
                            .build()).toList())
                    .setSeverity(avro(org.sanctionsplatform.events.cases.SeverityRating.class, a.severity()))
                    .setConduct(avro(org.sanctionsplatform.events.cases.ConductRating.class, a.conduct()))
                    .setAssessedBy(a.assessedBy())
                    .setAssessedOn(a.assessedOn())
                    .setDecidedLevel(a.decidedLevel())
                    .setLevelDepartureReason(a.levelDepartureReason())
                    .setPublicInterestStopsAction(a.publicInterestStopsAction())
                    .setPublicInterestReason(a.publicInterestReason())
                    .build();
        } else if (event instanceof CaseEvent.ProcedureMilestoneRecorded e) {
            ProcedureMilestone m = e.milestone();
            return ProcedureMilestoneRecorded.newBuilder()
                    .setMilestoneId(m.milestoneId().value())
                    .setMilestone(avro(org.sanctionsplatform.events.cases.MilestoneType.class, m.milestone()))
                    .setOccurredOn(m.occurredOn())
                    .setSubjectId(value(m.subjectId()))
                    .setCorrectsMilestoneId(m.correctsMilestoneId() == null ? null : m.correctsMilestoneId().value())
                    .setWindowKind(m.windowKind() == null ? null : m.windowKind().name())
                    .setExtensionBusinessDays(m.extensionBusinessDays())
                    .setDueDateInLetter(m.dueDateInLetter())
                    .setReason(m.reason())
                    .setPenaltyOutcome(m.penaltyOutcome() == null ? null
                            : avro(org.sanctionsplatform.events.cases.PenaltyOutcome.class, m.penaltyOutcome()))
                    .build();
        } else if (event instanceof CaseEvent.PenaltyDecisionRecorded e) {
            PenaltyDecision d = e.decision();
            return PenaltyDecisionRecorded.newBuilder()
                    .setSubjectId(d.subjectId().value())
                    .setDecidedOn(d.decidedOn())
                    .setDecisionMaker(d.decisionMaker())
                    .setBaseline(amount(d.baseline()))
                    .setBaselineDepartureReason(d.baselineDepartureReason())
                    .setVoluntaryDisclosureDiscountPercent(percent(d.voluntaryDisclosureDiscountPercent()))
                    .setEarlyAccountDiscountPercent(percent(d.earlyAccountDiscountPercent()))
                    .setSettlementDiscountClaimed(d.settlementDiscountClaimed())
                    .setHardshipReduction(amount(d.hardshipReduction()))
                    .setHardshipReason(d.hardshipReason())
                    .setInstalmentPlan(d.instalmentPlan())
                    .setRationale(d.rationale())
                    .setComponent(d.component())
                    .build();
        } else if (event instanceof CaseEvent.CaseClosed e) {
            return CaseClosed.newBuilder()
                    .setClosedOn(e.closure().closedOn())
                    .setReason(avro(org.sanctionsplatform.events.cases.CaseClosureReason.class, e.closure().reason()))
                    .setNotes(e.closure().notes())
                    .build();
        } else if (event instanceof CaseEvent.PublicationStepRecorded e) {
            return publicationStep(e.step());
        }
        throw new IllegalArgumentException("no Avro mapping for " + event.getClass().getSimpleName());
    }

    /** The v5 branches: one Avro record per kind of publication step (issue 10.6). */
    private static Object publicationStep(PublicationStep step) {
        PublicationScope scope = avro(PublicationScope.class, step.scope());
        if (step instanceof PublicationStep.PublicationDecided d) {
            return PublicationDecisionRecorded.newBuilder()
                    .setDecisionId(d.decisionId())
                    .setPublication(scope)
                    .setDecision(avro(org.sanctionsplatform.events.cases.PublicationDecision.class, d.decision()))
                    .setReason(d.reason())
                    .setCoverage(d.coverage() == null ? null
                            : avro(org.sanctionsplatform.events.cases.WithheldCoverage.class, d.coverage()))
                    .setAmendment(d.amendment())
                    .setDecidedOn(d.decidedOn())
                    .setDecidedBy(nonNull(d.decidedBy()))
                    .build();
        } else if (step instanceof PublicationStep.DisclosureIntended d) {
            return DisclosureIntended.newBuilder()
                    .setDisclosureId(d.disclosureId())
                    .setNamed(d.named())
                    .setGround(avro(org.sanctionsplatform.events.cases.DisclosureGround.class, d.ground()))
                    .setDesignatedPerson(d.designatedPerson())
                    .setDesignatedPersonWithheldReason(d.designatedPersonWithheldReason())
                    .setNoticeOn(d.noticeOn())
                    .setNoticeMilestoneId(d.noticeMilestoneId() == null ? null : d.noticeMilestoneId().value())
                    .build();
        } else if (step instanceof PublicationStep.TextWritten t) {
            return PublicationTextWritten.newBuilder().setPublication(scope).setTrueUnderstanding(t.trueUnderstanding())
                    .setWrittenOn(t.writtenOn()).setWrittenBy(nonNull(t.writtenBy())).build();
        } else if (step instanceof PublicationStep.TextShared t) {
            return PublicationTextShared.newBuilder().setPublication(scope).setSharedOn(t.sharedOn())
                    .setSharedBy(nonNull(t.sharedBy())).build();
        } else if (step instanceof PublicationStep.ReleaseAuthorised r) {
            return PublicationReleaseAuthorised.newBuilder().setPublication(scope).setAuthorisedOn(r.authorisedOn())
                    .setAuthorisedBy(nonNull(r.authorisedBy())).build();
        }
        throw new IllegalArgumentException("no Avro mapping for " + step.getClass().getSimpleName());
    }

    /** Who acted, as the token named them; with security off nobody is named. */
    private static String nonNull(String person) {
        return person == null ? "" : person;
    }

    /** The Avro symbol of the same name; the contract carries every domain symbol. */
    private static <A extends Enum<A>> A avro(Class<A> avroType, Enum<?> domain) {
        return Enum.valueOf(avroType, domain.name());
    }

    private static String value(SubjectId id) {
        return id == null ? null : id.value();
    }

    private static BigDecimal amount(Gbp gbp) {
        return gbp == null ? null : gbp.amount();
    }

    private static BigDecimal percent(Percentage percentage) {
        return percentage == null ? null : percentage.value();
    }
}
