package org.sanctionsplatform.deadline.adapters.kafka;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.InboundCaseEvent;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.ExtensionRequest;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.support.audit.Actor;

/**
 * The one mapping from {@code enforcement.case-events.v1} to the domain. Events that do not bear on windows
 * (breaches, disclosures, factors, decisions) map to nothing.
 */
@Singleton
public class CaseEventMapper {

    public Optional<InboundCaseEvent> toDomain(CaseEventEnvelope envelope) {
        CaseId caseId = new CaseId(envelope.getCaseId());
        Causation causation = new Causation(envelope.getEventId(), Optional.ofNullable(envelope.getCorrelationId()),
                envelope.getOccurredAt(), Optional.ofNullable(Actor.of(envelope.getActor())));
        return event(caseId, envelope.getPayload()).map(event -> new InboundCaseEvent(event, causation));
    }

    private static Optional<CaseEvent> event(CaseId caseId, Object payload) {
        if (payload instanceof CaseOpened opened) {
            return Optional.of(new CaseEvent.Opened(caseId, procedure(opened.getProcedure()),
                    division(opened.getCalendarDivision()), opened.getOpenedOn()));
        }
        if (payload instanceof ProcedureMilestoneRecorded recorded) {
            // a milestone this version does not know (UNKNOWN, a newer writer's symbol) starts and meets nothing here
            return milestone(recorded.getMilestone()).map(milestone -> new CaseEvent.MilestoneRecorded(caseId,
                    recorded.getMilestoneId(), milestone, recorded.getOccurredOn(),
                    Optional.ofNullable(recorded.getSubjectId()), Optional.ofNullable(recorded.getCorrectsMilestoneId()),
                    Optional.ofNullable(recorded.getDueDateInLetter()), extension(recorded)));
        }
        if (payload instanceof CaseClosed closed) {
            return Optional.of(new CaseEvent.Closed(caseId, closed.getClosedOn(), closed.getReason().name()));
        }
        return Optional.empty();
    }

    /** The terms of an agreed extension; the other milestones carry none. */
    private static ExtensionRequest extension(ProcedureMilestoneRecorded recorded) {
        if (recorded.getMilestone() != MilestoneType.WINDOW_EXTENSION_AGREED) {
            return ExtensionRequest.NONE;
        }
        return new ExtensionRequest(Optional.ofNullable(recorded.getWindowKind()).map(CaseEventMapper::windowKind),
                Optional.ofNullable(recorded.getExtensionBusinessDays()), Optional.ofNullable(recorded.getReason()));
    }

    private static WindowKind windowKind(String kind) {
        try {
            return WindowKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            // an extension of a window this version does not know cannot be applied, nor safely ignored: dead-letter
            throw new IllegalArgumentException("WINDOW_EXTENSION_AGREED names window kind '" + kind
                    + "', which is not a WindowKind of enforcement.deadlines.v1", e);
        }
    }

    private static Procedure procedure(CaseProcedure procedure) {
        if (procedure == null || procedure == CaseProcedure.UNKNOWN) {
            // every window's length depends on it (§13.3): guessing would be silently wrong, so dead-letter
            throw new IllegalArgumentException("CaseOpened names procedure " + procedure
                    + ", which deadline-service cannot time windows for");
        }
        return Procedure.valueOf(procedure.name());
    }

    private static Division division(CalendarDivision division) {
        if (division == null || division == CalendarDivision.UNKNOWN) {
            return Division.DEFAULT; // DESIGN §4: England and Wales unless another division is chosen
        }
        return Division.valueOf(division.name());
    }

    private static Optional<Milestone> milestone(MilestoneType type) {
        if (type == null || type == MilestoneType.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(Milestone.valueOf(type.name()));
    }
}
