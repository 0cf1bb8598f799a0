package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.calendar.DateOutOfCalendarRangeException;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseWindows;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.guidance.windows.ExtensionRefusal;
import org.sanctionsplatform.guidance.windows.ExtensionRequest;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.WindowKind;

/**
 * The case's windows as the deadline service will run them: the shared window rules (guidance-rules'
 * {@link CaseWindows}) replayed from the case's milestones in the order they were recorded, over the same configured
 * business calendars. Intake asks them before it accepts a milestone, so that it refuses at the door exactly what the
 * deadline service would refuse (an extension the guidance does not allow, one past its cap, one agreed after the
 * window closed, one of a window the case does not have) and never accepts a milestone whose windows the business
 * calendar cannot place (they would end after its last supported day).
 *
 * <p>A fixed-penalty case is judged under the halved timeframes of its procedure (§13.3). The assessment service may
 * later find that the case does not take them (escalation, Figure 13A) and the deadline service then runs the full
 * ones; intake does not consume the assessments, so an extension agreed between the halved and the full due date of
 * such a case is refused here although the deadline service would have granted it.
 */
public final class WindowRules {

    private static final String PROVISIONAL_ID = "(this milestone)";

    private final DueDates dueDates;

    public WindowRules(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    /** Why the deadline service would not apply the milestone to the case's windows; empty when it would. */
    public List<Violation> refusals(BreachCase breachCase, RecordMilestone command) {
        CaseEvent.Opened opened = opened(breachCase);
        Procedure terms = opened.procedure();
        List<CaseEvent.MilestoneRecorded> recorded = new ArrayList<>();
        for (ProcedureMilestone m : breachCase.milestones()) {
            recorded.add(recorded(opened.caseId(), m.milestoneId().value(), m.milestone(), m.occurredOn(),
                    m.subjectId() == null ? null : m.subjectId().value(),
                    m.correctsMilestoneId() == null ? null : m.correctsMilestoneId().value(), m.windowKind(),
                    m.extensionBusinessDays(), m.dueDateInLetter(), m.reason()));
        }
        CaseEvent.MilestoneRecorded next = recorded(opened.caseId(), PROVISIONAL_ID, command.milestone(),
                command.occurredOn(), command.subjectId(), command.correctsMilestoneId(), command.windowKind(),
                command.extensionBusinessDays(), command.dueDateInLetter(), command.reason());
        try {
            CaseWindows windows = CaseWindows.replay(opened, terms, recorded, dueDates);
            if (command.milestone() == Milestone.WINDOW_EXTENSION_AGREED) {
                Optional<ExtensionRefusal> refusal = windows.extensionRefusal(next, dueDates);
                return refusal.map(r -> List.of(new Violation(r.field(), r.reason()))).orElse(List.of());
            }
            windows.record(next, dueDates);
            return List.of();
        } catch (DateOutOfCalendarRangeException e) {
            return List.of(new Violation("occurredOn", "the windows this milestone opens or moves cannot be placed in the "
                    + "business calendar: " + e.getMessage()));
        }
    }

    private static CaseEvent.Opened opened(BreachCase breachCase) {
        return new CaseEvent.Opened(new org.sanctionsplatform.guidance.windows.CaseId(breachCase.id().toString()),
                Procedure.valueOf(breachCase.procedure().name()), Division.valueOf(breachCase.calendarDivision().name()),
                breachCase.openedOn());
    }

    private static CaseEvent.MilestoneRecorded recorded(org.sanctionsplatform.guidance.windows.CaseId caseId, String id,
                                                        Milestone milestone, LocalDate on, String subjectId,
                                                        String corrects,
                                                        WindowKind windowKind,
                                                        Integer days, LocalDate dueDateInLetter,
                                                        String reason) {
        ExtensionRequest extension = milestone == Milestone.WINDOW_EXTENSION_AGREED
                ? new ExtensionRequest(Optional.ofNullable(windowKind), Optional.ofNullable(days), Optional.ofNullable(reason))
                : ExtensionRequest.NONE;
        return new CaseEvent.MilestoneRecorded(caseId, id, milestone, on, Optional.ofNullable(subjectId),
                Optional.ofNullable(corrects), Optional.ofNullable(dueDateInLetter), extension);
    }
}
