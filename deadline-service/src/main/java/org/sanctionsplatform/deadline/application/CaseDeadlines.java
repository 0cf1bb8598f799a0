package org.sanctionsplatform.deadline.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.CaseWindows;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.deadline.domain.Worklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use cases of the case windows: remember a case's procedure and division, let its milestones open,
 * meet and replace windows, close them with the case, and list them. Each change and the deadline events it
 * causes commit in one transaction (with the inbound event's deduplication key, see InboundEvents).
 */
@Singleton
public class CaseDeadlines {

    private static final Logger LOG = LoggerFactory.getLogger(CaseDeadlines.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Comparator<Window> BY_DUE_DATE = Comparator.comparing(Window::dueDate)
            .thenComparing(Window::kind)
            .thenComparing(w -> w.id().value());

    private final CaseWindowsStore store;
    private final DeadlineEvents deadlineEvents;
    private final DueDates dueDates;
    private final DeadlineTimers timers;
    private final Clock clock;

    public CaseDeadlines(CaseWindowsStore store, DeadlineEvents deadlineEvents, DueDates dueDates,
                         DeadlineTimers timers, Clock clock) {
        this.store = store;
        this.deadlineEvents = deadlineEvents;
        this.dueDates = dueDates;
        this.timers = timers;
        this.clock = clock;
    }

    @Transactional
    public void apply(InboundCaseEvent inbound) {
        CaseEvent event = inbound.event();
        store.lock(event.caseId());
        if (event instanceof CaseEvent.Opened opened) {
            // the first CaseOpened of a case wins: the procedure and division of its running windows stay put
            if (store.find(opened.caseId()).isEmpty()) {
                store.create(opened);
                // an assessment consumed before the case was opened here: its finding sets the terms from the start
                // (one being applied right now waits for the case's lock, then finds the case opened)
                store.assessedTerms(opened.caseId()).ifPresent(halved -> store.find(opened.caseId())
                        .flatMap(windows -> windows.termsAfter(halved))
                        .ifPresent(terms -> store.updateWindowTerms(opened.caseId(), terms)));
            }
        } else if (event instanceof CaseEvent.MilestoneRecorded milestone) {
            CaseWindows windows = store.find(milestone.caseId())
                    .orElseThrow(() -> new CaseNotOpenedException(milestone.caseId(),
                            "milestone " + milestone.milestone() + " " + milestone.milestoneId()));
            List<WindowEvent> events = windows.record(milestone, dueDates);
            logExtension(milestone, events);
            changed(events, inbound.causation());
        } else if (event instanceof CaseEvent.Closed closure) {
            Optional<CaseWindows> windows = store.find(closure.caseId());
            if (windows.isPresent() && !windows.get().isClosed()) {
                changed(windows.get().close(closure), inbound.causation());
                timers.caseClosed(closure.caseId(), "case closed: " + closure.reason());
                store.markClosed(closure);
            }
        }
    }

    /**
     * The assessment service says whether the case runs the halved fixed-penalty timeframes (§13.3): when that
     * changes the terms of a case opened under the fixed-penalty procedure, its open windows are recomputed under the
     * new terms (see {@link CaseWindows#recomputeUnder}) and later milestones open windows under them. The finding is
     * kept even for a case this service has not seen opened yet (the topics are consumed independently), and applied
     * when it is.
     */
    @Transactional
    public void assessed(InboundAssessment assessment) {
        if (assessment.halvedWindows().isEmpty()) {
            return;
        }
        store.lock(assessment.caseId());
        store.recordAssessedTerms(assessment.caseId(), assessment.halvedWindows().get(), assessment.causation().eventId());
        Optional<CaseWindows> found = store.find(assessment.caseId());
        if (found.isEmpty()) {
            return; // kept: the case takes the terms when it is opened here
        }
        CaseWindows windows = found.get();
        Optional<Procedure> terms = windows.termsAfter(assessment.halvedWindows().get());
        if (terms.isEmpty()) {
            return;
        }
        LOG.info("case {}: windows run under the {} timeframes from now on (assessment {})", assessment.caseId(),
                terms.get(), assessment.causation().eventId());
        changed(windows.recomputeUnder(terms.get(), assessment.causation().eventId(), dueDates), assessment.causation());
        store.updateWindowTerms(assessment.caseId(), terms.get());
    }

    /** The windows of a case, earliest due first; empty when the service has never seen the case. */
    @Transactional(readOnly = true)
    public Optional<List<Window>> windowsOf(CaseId caseId) {
        return store.find(caseId).map(c -> c.windows().stream().sorted(BY_DUE_DATE).toList());
    }

    /**
     * A page of the open windows of every case due within {@code within} business days of today (the injected
     * clock's date in Europe/London), earliest first: a case officer's worklist. At most {@code limit} entries, after
     * {@code after} (the {@link Upcoming#next} of the page before) when given.
     */
    @Transactional(readOnly = true)
    public Upcoming upcoming(int within, Optional<Worklist.Position> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one entry, not " + limit);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        LocalDate furthest = Worklist.furthestHorizon(today, within, dueDates);
        List<Worklist.Entry> entries = new ArrayList<>();
        Optional<Worklist.Position> from = after;
        // the store reads up to the furthest division's horizon; the windows beyond their own division's horizon are
        // left out, so read on until the page is full (and one more entry says there is a next page) or nothing is left
        while (entries.size() <= limit) {
            List<Window> batch = store.openWindowsDueBetween(today, furthest, from, limit + 1);
            entries.addAll(Worklist.of(batch, today, within, dueDates));
            if (batch.size() <= limit) {
                break;
            }
            from = Optional.of(Worklist.Position.of(batch.get(batch.size() - 1)));
        }
        List<Worklist.Entry> page = List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
        Optional<Worklist.Position> next = entries.size() > limit
                ? Optional.of(Worklist.Position.of(page.get(page.size() - 1).window())) : Optional.empty();
        return new Upcoming(today, within, page, next);
    }

    /** A page of the worklist as of {@code today}; {@code next} is where the next page starts, when there is one. */
    public record Upcoming(LocalDate today, int withinBusinessDays, List<Worklist.Entry> entries,
                           Optional<Worklist.Position> next) {
    }

    /**
     * An agreed extension arrives as a case event, so it cannot be answered with an error: a refusal is kept on
     * the window (shown by GET /cases/{id}/deadlines) and logged here, and one naming no window of the case is
     * logged and changes nothing.
     */
    private static void logExtension(CaseEvent.MilestoneRecorded milestone, List<WindowEvent> events) {
        if (milestone.milestone() != Milestone.WINDOW_EXTENSION_AGREED) {
            return;
        }
        if (events.isEmpty()) {
            LOG.warn("Extension {} of case {} changed nothing: the case has no {} window{} (or it was seen before)",
                    milestone.milestoneId(), milestone.caseId(),
                    milestone.extension().windowKind().map(Enum::name).orElse("(no window kind named)"),
                    milestone.subjectId().map(s -> " for subject " + s).orElse(""));
        }
        for (WindowEvent event : events) {
            if (event instanceof WindowEvent.ExtensionRefused refused) {
                LOG.warn("Extension {} of {} window {} of case {} refused: {}", milestone.milestoneId(),
                        refused.window().kind(), refused.window().id(), milestone.caseId(),
                        refused.decision().refusal().orElseThrow());
            }
        }
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
