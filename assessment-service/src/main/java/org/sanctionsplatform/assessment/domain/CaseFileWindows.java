package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.calendar.DateOutOfCalendarRangeException;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.CaseWindows;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.guidance.windows.ExtensionRefusal;
import org.sanctionsplatform.guidance.windows.ExtensionRequest;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowState;

/**
 * The case's windows as the deadline service runs them: guidance-rules' {@link CaseWindows} replayed from the case
 * file's milestones in the order they were recorded, over the same configured business calendars. The settlement
 * discount reads the settlement discussions and the representations deadline here (§6.8–6.9), so that a discount
 * and the window the officer sees can never disagree, extensions and proclaimed bank holidays included.
 */
public final class CaseFileWindows {
    // Not thread-safe: one instance lives within one assessment.

    private final CaseFile file;
    private final boolean halvedWindows;
    private final DueDates dueDates;
    private CaseWindows windows;

    private CaseFileWindows(CaseFile file, boolean halvedWindows, DueDates dueDates) {
        this.file = file;
        this.halvedWindows = halvedWindows;
        this.dueDates = dueDates;
    }

    /**
     * The windows of the case, replayed when first asked for (most assessments never need them).
     *
     * @param halvedWindows whether the case runs the halved fixed-penalty timeframes (§13.3), as the assessment found
     */
    public static CaseFileWindows of(CaseFile file, boolean halvedWindows, DueDates dueDates) {
        return new CaseFileWindows(file, halvedWindows, dueDates);
    }

    private CaseWindows windows() {
        if (windows == null) {
            windows = replay(file, halvedWindows, dueDates);
        }
        return windows;
    }

    /**
     * What the deadline service would refuse among the file's milestones, each named by its index as a preview names
     * it ({@code milestones[2].extensionBusinessDays}): an extension the guidance does not allow, beyond its cap, agreed
     * after its window closed, of a window the case does not have, or without its reason; or windows the business
     * calendar cannot place. Intake refuses the same at the door, so what the preview accepts is what Kafka can carry.
     */
    public static List<InputProblem> refusals(CaseFile file, DueDates dueDates) {
        Replay replay = new Replay(file, false);
        CaseWindows windows = CaseWindows.opened(replay.opened());
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < file.milestones().size(); i++) {
            Optional<CaseEvent.MilestoneRecorded> recorded = replay.recorded(file.milestones().get(i));
            if (recorded.isEmpty()) {
                continue;
            }
            CaseEvent.MilestoneRecorded m = recorded.get();
            try {
                if (m.milestone() == org.sanctionsplatform.guidance.windows.Milestone.WINDOW_EXTENSION_AGREED
                        && m.extension().windowKind().isPresent()) {
                    Optional<ExtensionRefusal> refusal = windows.extensionRefusal(m, dueDates);
                    if (refusal.isPresent()) {
                        problems.add(new InputProblem("milestones[" + i + "]." + refusal.get().field(),
                                refusal.get().reason()));
                        continue;
                    }
                }
                windows = windows.apply(windows.record(m, dueDates));
            } catch (DateOutOfCalendarRangeException e) {
                problems.add(new InputProblem("milestones[" + i + "].occurredOn", "the windows this milestone opens or "
                        + "moves cannot be placed in the business calendar: " + e.getMessage()));
            }
        }
        return problems;
    }

    private static CaseWindows replay(CaseFile file, boolean halvedWindows, DueDates dueDates) {
        Replay replay = new Replay(file, halvedWindows);
        List<CaseEvent.MilestoneRecorded> recorded = new ArrayList<>();
        file.milestones().forEach(m -> replay.recorded(m).ifPresent(recorded::add));
        return CaseWindows.replay(replay.opened(), replay.terms(), recorded, dueDates);
    }

    /** The case file in the words of the shared window rules. */
    private record Replay(CaseFile file, boolean halvedWindows) {

        org.sanctionsplatform.guidance.windows.Procedure terms() {
            return halvedWindows ? org.sanctionsplatform.guidance.windows.Procedure.FIXED_MONETARY_PENALTY
                    : org.sanctionsplatform.guidance.windows.Procedure.CIVIL_MONETARY_PENALTY;
        }

        CaseId caseId() {
            return new CaseId(file.caseId());
        }

        CaseEvent.Opened opened() {
            // the opening date is kept with the windows but decides none of them; a preview may not give one
            return new CaseEvent.Opened(caseId(), terms(), Division.valueOf(file.calendarDivision().name()),
                    Objects.requireNonNullElse(file.openedOn(), LocalDate.EPOCH));
        }

        /** The milestone as the deadline service reads it; empty for a type this version does not know. */
        Optional<CaseEvent.MilestoneRecorded> recorded(Milestone m) {
            return known(m.type(), org.sanctionsplatform.guidance.windows.Milestone.class).map(type ->
                    new CaseEvent.MilestoneRecorded(caseId(), m.milestoneId(), type, m.occurredOn(),
                            Optional.ofNullable(m.subjectId()), Optional.ofNullable(m.correctsMilestoneId()),
                            Optional.empty(), extension(m)));
        }
    }

    /**
     * The window of that kind that stands for the subject (its own, or the case-wide one), the latest opened; empty
     * when the case has none.
     */
    public Optional<Window> standing(WindowKind kind, String subjectId) {
        return windows().windows().stream()
                .filter(w -> w.kind() == kind && w.state() != WindowState.CANCELLED)
                .filter(w -> w.subjectId().isEmpty() || w.subjectId().get().equals(subjectId))
                .max(Comparator.comparing(Window::startsOn).thenComparing(Window::dueDate));
    }

    private static ExtensionRequest extension(Milestone m) {
        if (!m.is(Milestone.WINDOW_EXTENSION_AGREED)) {
            return ExtensionRequest.NONE;
        }
        return new ExtensionRequest(m.windowKind() == null ? Optional.empty() : known(m.windowKind(), WindowKind.class),
                Optional.ofNullable(m.extensionBusinessDays()), Optional.ofNullable(m.reason()));
    }

    /** A symbol this version knows; a newer writer's symbol (UNKNOWN) starts, meets and extends nothing. */
    private static <E extends Enum<E>> Optional<E> known(String name, Class<E> type) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
