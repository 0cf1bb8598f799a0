package org.sanctionsplatform.assessment.adapters.kafka;

import java.util.List;
import org.sanctionsplatform.assessment.application.ReceivedCaseEvent;
import org.sanctionsplatform.assessment.domain.Breach;
import org.sanctionsplatform.assessment.domain.CalendarDivision;
import org.sanctionsplatform.assessment.domain.CaseFactor;
import org.sanctionsplatform.assessment.domain.FactorEffect;
import org.sanctionsplatform.assessment.domain.FactorFinding;
import org.sanctionsplatform.assessment.domain.FixedPenaltyHistory;
import org.sanctionsplatform.assessment.domain.CaseInput;
import org.sanctionsplatform.assessment.domain.Closure;
import org.sanctionsplatform.assessment.domain.Conduct;
import org.sanctionsplatform.assessment.domain.FactorRatings;
import org.sanctionsplatform.assessment.domain.Milestone;
import org.sanctionsplatform.assessment.domain.PenaltyDecision;
import org.sanctionsplatform.assessment.domain.Procedure;
import org.sanctionsplatform.assessment.domain.SeriousnessLevel;
import org.sanctionsplatform.assessment.domain.Severity;
import org.sanctionsplatform.assessment.domain.Subject;
import org.sanctionsplatform.assessment.domain.SubjectType;
import org.sanctionsplatform.assessment.domain.VoluntaryDisclosure;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachWithdrawn;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseFactorsAssessed;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.DisclosureIntended;
import org.sanctionsplatform.events.cases.PublicationDecisionRecorded;
import org.sanctionsplatform.events.cases.PublicationReleaseAuthorised;
import org.sanctionsplatform.events.cases.PublicationTextShared;
import org.sanctionsplatform.events.cases.PublicationTextWritten;
import org.sanctionsplatform.events.cases.PenaltyDecisionRecorded;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.support.audit.Actor;
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;

/** The one mapping from case events (Avro, enforcement.case-events.v1) to the assessment's domain inputs. */
public final class CaseEventMapper {

    private CaseEventMapper() {
    }

    public static ReceivedCaseEvent toDomain(CaseEventEnvelope envelope) {
        return new ReceivedCaseEvent(envelope.getEventId(), envelope.getCaseId(), envelope.getOccurredAt(),
                envelope.getCorrelationId(), input(envelope.getPayload()), Actor.of(envelope.getActor()));
    }

    static CaseInput input(Object payload) {
        if (payload instanceof CaseOpened o) {
            List<Subject> subjects = o.getSubjects().stream()
                    .map(s -> new Subject(s.getSubjectId(), s.getName(), subjectType(s.getSubjectType().name()),
                            s.getOfficerOfSubjectId(),
                            new FixedPenaltyHistory(s.getPriorFixedPenaltyWarnings(), s.getPriorFixedPenalty())))
                    .toList();
            return new CaseInput.Opened(o.getCaseReference(), o.getOpenedOn(), procedure(o.getProcedure().name()),
                    subjects, division(o.getCalendarDivision().name()));
        }
        if (payload instanceof BreachRecorded b) {
            return new CaseInput.BreachRecorded(new Breach(b.getBreachId(), b.getSubjectId(), b.getBreachType().name(),
                    b.getRegime(), b.getRegulation(), b.getBreachDate(), b.getEstimatedValue(),
                    b.getEstablishedOnBalanceOfProbabilities(), b.getKnewOrHadReasonableCauseToSuspect(), null,
                    b.getSharesFundsWithBreachId()));
        }
        if (payload instanceof BreachWithdrawn w) {
            return new CaseInput.BreachWithdrawn(w.getBreachId(), w.getReason());
        }
        if (payload instanceof VoluntaryDisclosureRecorded d) {
            return new CaseInput.DisclosureRecorded(new VoluntaryDisclosure(d.getSubjectId(), d.getDisclosedOn(),
                    d.getRequestedOrRequiredByOfsi(), d.getOfsiAlreadyAware(), d.getCompelledByOtherInvestigation(),
                    d.getCompleteAndAccurate(), d.getCooperation(), d.getDiscoveredOn(), d.getMadeBy()));
        }
        if (payload instanceof CaseFactorsAssessed f) {
            Severity severity = switch (f.getSeverity()) {
                case LOW -> Severity.LOW;
                case MEDIUM -> Severity.MEDIUM;
                case HIGH -> Severity.HIGH;
                default -> null;
            };
            Conduct conduct = switch (f.getConduct()) {
                case MITIGATING -> Conduct.MITIGATING;
                case NEUTRAL -> Conduct.NEUTRAL;
                case AGGRAVATING -> Conduct.AGGRAVATING;
                default -> null;
            };
            SeriousnessLevel decided = f.getDecidedLevel() == null ? null
                    : SeriousnessLevel.ofNumber(f.getDecidedLevel()).orElseThrow(() -> new IllegalArgumentException(
                            "decidedLevel " + f.getDecidedLevel() + " is not a level 1-4 (§5.8)"));
            List<FactorFinding> findings = f.getFindings().stream()
                    .filter(x -> !"UNKNOWN".equals(x.getFactor().name()) && !"UNKNOWN".equals(x.getEffect().name()))
                    .map(x -> new FactorFinding(CaseFactor.valueOf(x.getFactor().name()),
                            FactorEffect.valueOf(x.getEffect().name()), x.getRationale()))
                    .toList();
            return new CaseInput.FactorsAssessed(new FactorRatings(severity, conduct, decided,
                    f.getLevelDepartureReason(), f.getPublicInterestStopsAction(), f.getPublicInterestReason(),
                    f.getAssessedBy(), f.getAssessedOn(), findings));
        }
        if (payload instanceof ProcedureMilestoneRecorded m) {
            return new CaseInput.MilestoneRecorded(new Milestone(m.getMilestoneId(), m.getMilestone().name(),
                    m.getOccurredOn(), m.getSubjectId(), m.getCorrectsMilestoneId(), m.getWindowKind(),
                    m.getExtensionBusinessDays(), m.getReason()));
        }
        if (payload instanceof PenaltyDecisionRecorded p) {
            return new CaseInput.PenaltyDecided(new PenaltyDecision(p.getSubjectId(), p.getDecidedOn(),
                    p.getDecisionMaker(), p.getBaseline(), p.getBaselineDepartureReason(),
                    p.getVoluntaryDisclosureDiscountPercent(), p.getEarlyAccountDiscountPercent(),
                    p.getSettlementDiscountClaimed(), p.getHardshipReduction(), p.getHardshipReason(),
                    p.getInstalmentPlan(), p.getRationale(), p.getComponent()));
        }
        if (payload instanceof CaseClosed c) {
            return new CaseInput.Closed(new Closure(c.getClosedOn(), c.getReason().name(), c.getNotes()));
        }
        if (payload instanceof PublicationDecisionRecorded || payload instanceof DisclosureIntended
                || payload instanceof PublicationTextWritten || payload instanceof PublicationTextShared
                || payload instanceof PublicationReleaseAuthorised) {
            return new CaseInput.NotAnInput(payload.getClass().getSimpleName());
        }
        throw new IllegalArgumentException("unsupported case event payload "
                + (payload == null ? "null" : payload.getClass().getName()));
    }

    private static SubjectType subjectType(String name) {
        return switch (name) {
            case "INDIVIDUAL" -> SubjectType.INDIVIDUAL;
            case "LEGAL_PERSON" -> SubjectType.LEGAL_PERSON;
            default -> SubjectType.UNKNOWN;
        };
    }

    /** The case's division; an unknown one (a newer symbol) falls back to England and Wales, the default. */
    private static CalendarDivision division(String name) {
        return switch (name) {
            case "SCOTLAND" -> CalendarDivision.SCOTLAND;
            case "NORTHERN_IRELAND" -> CalendarDivision.NORTHERN_IRELAND;
            default -> CalendarDivision.ENGLAND_AND_WALES;
        };
    }

    private static Procedure procedure(String name) {
        return switch (name) {
            case "CIVIL_MONETARY_PENALTY" -> Procedure.CIVIL_MONETARY_PENALTY;
            case "FIXED_MONETARY_PENALTY" -> Procedure.FIXED_MONETARY_PENALTY;
            default -> Procedure.UNKNOWN;
        };
    }
}
