package org.sanctionsplatform.deadline.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.WindowEvent;

/**
 * What applying a batch of inbound events changed, collected in the order the events were applied, for the store, the
 * timers and the outbox to write at once: the cases opened here (with the terms and closing date they end the batch
 * with), the window terms and closing dates of cases stored before, the latest assessed finding of each case, and every
 * window event with its cause.
 */
public final class CaseChanges {

    /** A window event and the inbound event that caused it. */
    public record CausedEvent(WindowEvent event, Causation causation) {
        public CausedEvent {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(causation, "causation");
        }
    }

    /**
     * The assessment's latest finding on a case's fixed-penalty timeframes; {@code storedBefore} when the case had one
     * stored before the batch (it is replaced), else it is new.
     */
    public record AssessedTerms(boolean halvedWindows, String assessmentEventId, boolean storedBefore) {
    }

    private final Map<CaseId, CaseEvent.Opened> opened = new LinkedHashMap<>();
    private final Map<CaseId, Procedure> windowTerms = new LinkedHashMap<>();
    private final Map<CaseId, LocalDate> closedOn = new LinkedHashMap<>();
    private final Map<CaseId, AssessedTerms> assessedTerms = new LinkedHashMap<>();
    private final List<CausedEvent> windowEvents = new ArrayList<>();
    private final List<TimerChange> timerChanges = new ArrayList<>();

    void opened(CaseEvent.Opened event) {
        opened.put(event.caseId(), event);
    }

    void windowTerms(CaseId caseId, Procedure terms) {
        windowTerms.put(caseId, terms);
    }

    void closed(CaseEvent.Closed closure) {
        closedOn.put(closure.caseId(), closure.closedOn());
        timerChanges.add(new TimerChange.CaseClosed(closure.caseId(), "case closed: " + closure.reason()));
    }

    void assessed(CaseId caseId, AssessedTerms terms) {
        assessedTerms.put(caseId, terms);
    }

    void windowsChanged(List<WindowEvent> events, Causation causation) {
        for (WindowEvent event : events) {
            windowEvents.add(new CausedEvent(event, causation));
            timerChanges.add(new TimerChange.WindowChanged(event, causation));
        }
    }

    /** The cases first opened in this batch, in the order opened. */
    public Map<CaseId, CaseEvent.Opened> opened() {
        return Collections.unmodifiableMap(opened);
    }

    /** The terms each case's windows run under after the batch, for the cases whose terms were set by it. */
    public Map<CaseId, Procedure> windowTerms() {
        return Collections.unmodifiableMap(windowTerms);
    }

    public Map<CaseId, LocalDate> closedOn() {
        return Collections.unmodifiableMap(closedOn);
    }

    public Map<CaseId, AssessedTerms> assessedTerms() {
        return Collections.unmodifiableMap(assessedTerms);
    }

    /** Every window event of the batch, in the order they happened (each case's in its events' order). */
    public List<CausedEvent> windowEvents() {
        return Collections.unmodifiableList(windowEvents);
    }

    /** What the timers must follow, in the order it happened. */
    public List<TimerChange> timerChanges() {
        return Collections.unmodifiableList(timerChanges);
    }

    public boolean isEmpty() {
        return opened.isEmpty() && windowTerms.isEmpty() && closedOn.isEmpty() && assessedTerms.isEmpty()
                && windowEvents.isEmpty();
    }
}
