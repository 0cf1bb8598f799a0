package org.sanctionsplatform.deadline.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.deadline.domain.CaseEvent;
import org.sanctionsplatform.deadline.domain.CaseId;
import org.sanctionsplatform.deadline.domain.CaseWindows;
import org.sanctionsplatform.deadline.domain.DueDates;
import org.sanctionsplatform.deadline.domain.Window;
import org.sanctionsplatform.deadline.domain.WindowEvent;

/**
 * The use cases of the case windows: remember a case's procedure and division, let its milestones open,
 * meet and replace windows, close them with the case, and list them. Each change and the deadline events it
 * causes commit in one transaction (with the inbound event's deduplication key, see InboundEvents).
 */
@Singleton
public class CaseDeadlines {

    private static final Comparator<Window> BY_DUE_DATE = Comparator.comparing(Window::dueDate)
            .thenComparing(Window::kind)
            .thenComparing(w -> w.id().value());

    private final CaseWindowsStore store;
    private final DeadlineEvents deadlineEvents;
    private final DueDates dueDates;
    private final DeadlineTimers timers;

    public CaseDeadlines(CaseWindowsStore store, DeadlineEvents deadlineEvents, DueDates dueDates,
                         DeadlineTimers timers) {
        this.store = store;
        this.deadlineEvents = deadlineEvents;
        this.dueDates = dueDates;
        this.timers = timers;
    }

    @Transactional
    public void apply(InboundCaseEvent inbound) {
        CaseEvent event = inbound.event();
        if (event instanceof CaseEvent.Opened opened) {
            // the first CaseOpened of a case wins: the procedure and division of its running windows stay put
            if (store.find(opened.caseId()).isEmpty()) {
                store.create(opened);
            }
        } else if (event instanceof CaseEvent.MilestoneRecorded milestone) {
            CaseWindows windows = store.find(milestone.caseId())
                    .orElseThrow(() -> new CaseNotOpenedException(milestone.caseId(),
                            "milestone " + milestone.milestone() + " " + milestone.milestoneId()));
            changed(windows.record(milestone, dueDates), inbound.causation());
        } else if (event instanceof CaseEvent.Closed closure) {
            Optional<CaseWindows> windows = store.find(closure.caseId());
            if (windows.isPresent() && !windows.get().isClosed()) {
                changed(windows.get().close(closure), inbound.causation());
                store.markClosed(closure);
            }
        }
    }

    /** The windows of a case, earliest due first; empty when the service has never seen the case. */
    @Transactional(readOnly = true)
    public Optional<List<Window>> windowsOf(CaseId caseId) {
        return store.find(caseId).map(c -> c.windows().stream().sorted(BY_DUE_DATE).toList());
    }

    private void changed(List<WindowEvent> events, Causation causation) {
        if (!events.isEmpty()) {
            store.store(events);
            deadlineEvents.windowsChanged(events, causation);
            // the windows' reminders and expiry follow in the same transaction (scheduled, moved or cancelled)
            timers.windowsChanged(events, causation);
        }
    }
}
