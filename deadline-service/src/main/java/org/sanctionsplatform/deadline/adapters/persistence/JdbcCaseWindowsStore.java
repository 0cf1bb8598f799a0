package org.sanctionsplatform.deadline.adapters.persistence;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.application.CaseWindowsStore;
import org.sanctionsplatform.deadline.domain.CaseEvent;
import org.sanctionsplatform.deadline.domain.CaseId;
import org.sanctionsplatform.deadline.domain.CaseWindows;
import org.sanctionsplatform.deadline.domain.Procedure;
import org.sanctionsplatform.deadline.domain.Window;
import org.sanctionsplatform.deadline.domain.WindowEvent;
import org.sanctionsplatform.deadline.domain.WindowId;
import org.sanctionsplatform.deadline.domain.WindowKind;
import org.sanctionsplatform.deadline.domain.WindowLength;
import org.sanctionsplatform.deadline.domain.WindowState;

/** Keeps cases and windows in {@code deadline_case} and {@code deadline_window}. */
@Singleton
class JdbcCaseWindowsStore implements CaseWindowsStore {

    private final CaseRepository cases;
    private final WindowRepository windows;
    private final Clock clock;

    JdbcCaseWindowsStore(CaseRepository cases, WindowRepository windows, Clock clock) {
        this.cases = cases;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public Optional<CaseWindows> find(CaseId caseId) {
        return cases.findById(caseId.value()).map(row -> {
            Procedure procedure = Procedure.valueOf(row.procedureKind());
            List<Window> caseWindows = windows.findByCaseId(row.caseId()).stream()
                    .map(w -> toWindow(w, procedure))
                    .toList();
            return CaseWindows.restore(caseId, procedure, Division.valueOf(row.division()), row.closedOn() != null,
                    caseWindows);
        });
    }

    @Override
    public void create(CaseEvent.Opened opened) {
        cases.save(new CaseRow(opened.caseId().value(), opened.procedure().name(), opened.division().name(),
                opened.openedOn(), null, clock.instant()));
    }

    @Override
    public void store(List<WindowEvent> events) {
        Instant now = clock.instant();
        for (WindowEvent event : events) {
            Window w = event.window();
            if (event instanceof WindowEvent.Opened) {
                windows.save(new WindowRow(w.id().value(), w.caseId().value(), w.kind().name(),
                        w.subjectId().orElse(null), w.guidanceSection(), w.division().name(), w.startsOn(),
                        w.length().describe(), w.dueDate(), w.dueAt(), w.fixedPenaltyCase(), w.openedBy(),
                        w.state().name(), null, now, now));
            } else if (event instanceof WindowEvent.Met met) {
                windows.changeState(w.id().value(), w.state().name(), met.metBy() + " on " + met.metOn(), now);
            } else if (event instanceof WindowEvent.Cancelled cancelled) {
                windows.changeState(w.id().value(), w.state().name(), cancelled.reason(), now);
            }
        }
    }

    @Override
    public void markClosed(CaseEvent.Closed closure) {
        cases.markClosed(closure.caseId().value(), closure.closedOn());
    }

    private static Window toWindow(WindowRow row, Procedure procedure) {
        WindowKind kind = WindowKind.valueOf(row.kind());
        // the length follows from the kind and the procedure it was opened under (extensions come with the timer engine)
        WindowLength length = kind.termsUnder(procedure)
                .orElseThrow(() -> new IllegalStateException("window " + row.windowId() + " of kind " + kind
                        + " does not run under " + procedure))
                .length();
        return new Window(new WindowId(row.windowId()), new CaseId(row.caseId()), kind,
                Optional.ofNullable(row.subjectId()), row.guidanceSection(), Division.valueOf(row.division()),
                row.startsOn(), length, row.dueDate(), row.dueAt(), row.fixedPenaltyCase(), row.openedBy(),
                WindowState.valueOf(row.state()));
    }
}
