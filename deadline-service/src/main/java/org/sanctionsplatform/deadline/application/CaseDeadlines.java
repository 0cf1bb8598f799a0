package org.sanctionsplatform.deadline.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * meet and replace windows, close them with the case, and list them. The changes of a batch of inbound events (a
 * poll batch, or one event) and the deadline events they cause commit in one transaction (with the events'
 * deduplication keys, see InboundEvents).
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
        applyAll(List.of(inbound));
    }

    /**
     * Applies case events (a poll batch) in the order given, in one transaction: the cases they touch are locked and
     * read once, each case's events are applied in their order exactly as one at a time (the first CaseOpened of a case
     * wins: the procedure and division of its running windows stay put; a milestone opens, meets, extends or replaces
     * windows; closing cancels what is still open), then what changed is written at once, the deadline events appended
     * in the order they happened and the timers moved with the windows.
     *
     * @throws CaseNotOpenedException when a milestone of a case not opened here comes: the whole batch fails (the
     *                                consumer then applies it one event at a time, and that event is dead-lettered)
     */
    @Transactional
    public void applyAll(List<InboundCaseEvent> inbound) {
        if (inbound.isEmpty()) {
            return;
        }
        Batch batch = begin(inbound.stream().map(e -> e.event().caseId()).toList());
        inbound.forEach(batch::apply);
        finish(batch.changes);
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
        assessedAll(List.of(assessment));
    }

    /** As {@link #assessed}, for a batch of assessments in the order given, in one transaction (as {@link #applyAll}). */
    @Transactional
    public void assessedAll(List<InboundAssessment> assessments) {
        List<InboundAssessment> decided = assessments.stream().filter(a -> a.halvedWindows().isPresent()).toList();
        if (decided.isEmpty()) {
            return;
        }
        Batch batch = begin(decided.stream().map(InboundAssessment::caseId).toList());
        decided.forEach(batch::assessed);
        finish(batch.changes);
    }

    private Batch begin(List<CaseId> touched) {
        List<CaseId> caseIds = touched.stream().distinct().toList();
        return new Batch(store.lockAndLoad(caseIds));
    }

    private void finish(CaseChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        // the timers first: the timer sweep locks timer rows before window rows, so taking them in its order means
        // a batch and the sweep wait for each other rather than deadlock
        timers.apply(changes.timerChanges());
        store.save(changes);
        deadlineEvents.windowsChanged(changes.windowEvents());
    }

    /**
     * The cases of a batch as its events leave them, one event after another, and what they changed. Each case is
     * read from the store once, at the start; an event sees the case as the batch's earlier events left it.
     */
    private final class Batch {

        private final Map<CaseId, CaseWindows> cases = new HashMap<>();
        private final Map<CaseId, Boolean> assessedTerms = new HashMap<>();
        private final Set<CaseId> assessedTermsStored = new HashSet<>();
        private final CaseChanges changes = new CaseChanges();

        Batch(Map<CaseId, CaseWindowsStore.Stored> stored) {
            stored.forEach((caseId, s) -> {
                s.windows().ifPresent(w -> cases.put(caseId, w));
                s.assessedTerms().ifPresent(halved -> {
                    assessedTerms.put(caseId, halved);
                    assessedTermsStored.add(caseId);
                });
            });
        }

        void apply(InboundCaseEvent inbound) {
            CaseEvent event = inbound.event();
            CaseId caseId = event.caseId();
            if (event instanceof CaseEvent.Opened opened) {
                // the first CaseOpened of a case wins: the procedure and division of its running windows stay put
                if (!cases.containsKey(caseId)) {
                    CaseWindows windows = CaseWindows.opened(opened);
                    changes.opened(opened);
                    // an assessment consumed before the case was opened here: its finding sets the terms from the start
                    Boolean halved = assessedTerms.get(caseId);
                    Optional<Procedure> terms = halved == null ? Optional.empty() : windows.termsAfter(halved);
                    if (terms.isPresent()) {
                        windows = windows.underTerms(terms.get());
                        changes.windowTerms(caseId, terms.get());
                    }
                    cases.put(caseId, windows);
                }
            } else if (event instanceof CaseEvent.MilestoneRecorded milestone) {
                CaseWindows windows = cases.get(caseId);
                if (windows == null) {
                    throw new CaseNotOpenedException(caseId, "milestone " + milestone.milestone() + " "
                            + milestone.milestoneId());
                }
                List<WindowEvent> events = windows.record(milestone, dueDates);
                logExtension(milestone, events);
                cases.put(caseId, changed(windows, events, inbound.causation()));
            } else if (event instanceof CaseEvent.Closed closure) {
                CaseWindows windows = cases.get(caseId);
                if (windows != null && !windows.isClosed()) {
                    changed(windows, windows.close(closure), inbound.causation());
                    changes.closed(closure);
                    cases.put(caseId, windows.closed(closure));
                }
            }
        }

        void assessed(InboundAssessment assessment) {
            CaseId caseId = assessment.caseId();
            boolean halved = assessment.halvedWindows().orElseThrow();
            changes.assessed(caseId, new CaseChanges.AssessedTerms(halved, assessment.causation().eventId(),
                    assessedTermsStored.contains(caseId)));
            assessedTerms.put(caseId, halved);
            CaseWindows windows = cases.get(caseId);
            if (windows == null) {
                return; // kept: the case takes the terms when it is opened here
            }
            Optional<Procedure> terms = windows.termsAfter(halved);
            if (terms.isEmpty()) {
                return;
            }
            LOG.info("case {}: windows run under the {} timeframes from now on (assessment {})", caseId, terms.get(),
                    assessment.causation().eventId());
            List<WindowEvent> events = windows.recomputeUnder(terms.get(), assessment.causation().eventId(), dueDates);
            cases.put(caseId, changed(windows, events, assessment.causation()).underTerms(terms.get()));
            changes.windowTerms(caseId, terms.get());
        }

        private CaseWindows changed(CaseWindows windows, List<WindowEvent> events, Causation causation) {
            if (events.isEmpty()) {
                return windows;
            }
            // stored, announced and followed by the windows' reminders and expiry (scheduled, moved or cancelled),
            // all in the batch's transaction
            changes.windowsChanged(events, causation);
            return windows.apply(events);
        }
    }

    /** The windows of a case, earliest due first; empty when the service has never seen the case. */
    @Transactional(readOnly = true)
    public Optional<List<Window>> windowsOf(CaseId caseId) {
        return store.find(caseId).map(c -> c.windows().stream().sorted(BY_DUE_DATE).toList());
    }

    /** The windows of a case as {@link #windowsOf} answers them, with who caused what happened to each (issue 9.3). */
    @Transactional(readOnly = true)
    public Optional<List<AttributedWindow>> attributedWindowsOf(CaseId caseId) {
        return windowsOf(caseId).map(windows -> {
            Map<String, CaseWindowsStore.WindowActors> actors = store.actorsOf(caseId);
            return windows.stream().map(w -> new AttributedWindow(w, actors.getOrDefault(w.id().value(),
                    new CaseWindowsStore.WindowActors(Optional.empty(), Optional.empty(), Map.of())))).toList();
        });
    }

    /** A window and who caused its opening, its state and its extensions. */
    public record AttributedWindow(Window window, CaseWindowsStore.WindowActors actors) {
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
}
