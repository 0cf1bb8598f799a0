package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sanctionsplatform.calendar.Division;

/**
 * The deadline service applies a case's milestones while its expiry timers fire whenever the sweep gets to them; intake
 * and assessment replay the same milestones with no timers at all ({@link CaseWindows#replay}). For intake to refuse
 * at the door exactly what the deadline service refuses, and for the settlement discount to agree with the settlement
 * window, the outcome must depend on the milestones and their dates only: for any sequence of milestones, and any
 * moments at which past-due windows expire in between, every extension gets the same decision and every kind of window
 * ends on the same due date, met or not met alike.
 */
class TimersDoNotDecideOutcomesPropertiesTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 3, 2);

    /** One recorded milestone: its type, its day after the notice, and for an extension its window and days. */
    record Step(Milestone milestone, int day, WindowKind kind, int days, boolean correctsNotice) {
    }

    @Property(tries = 300)
    void theSameMilestonesGiveTheSameDecisionsAndDueDatesWheneverTheTimersFire(
            @ForAll @Size(max = 10) List<@net.jqwik.api.From("steps") Step> steps,
            @ForAll @Size(min = 10, max = 10) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 90) Integer> firedAfter,
            @ForAll Division division) {
        List<CaseEvent.MilestoneRecorded> milestones = new ArrayList<>();
        milestones.add(CaseFixtures.noticeOfIntention("noi-1", NOTICE).build());
        for (int i = 0; i < steps.size(); i++) {
            milestones.add(milestone(steps.get(i), i));
        }
        CaseEvent.Opened opened = new CaseEvent.Opened(CaseFixtures.CASE, Procedure.CIVIL_MONETARY_PENALTY, division,
                NOTICE.minusDays(30));

        Outcome withoutTimers = apply(opened, milestones, List.of());
        Outcome withTimers = apply(opened, milestones, firedAfter);

        assertThat(withTimers.decisions()).isEqualTo(withoutTimers.decisions());
        assertThat(withTimers.dueDates()).isEqualTo(withoutTimers.dueDates());
        assertThat(withTimers.met()).isEqualTo(withoutTimers.met());
        // and replaying from scratch is what the deadline service got step by step
        CaseWindows replayed = CaseWindows.replay(opened, Procedure.CIVIL_MONETARY_PENALTY, milestones,
                CaseFixtures.DUE_DATES);
        assertThat(summary(replayed.windows()).dueDates()).isEqualTo(withoutTimers.dueDates());
    }

    /**
     * Applies the milestones; before the i-th one, when {@code firedAfter} has an entry, every open window due more than
     * that many days before the latest milestone date so far expires (its timer fired), as the sweep would.
     */
    private static Outcome apply(CaseEvent.Opened opened, List<CaseEvent.MilestoneRecorded> milestones,
                                 List<Integer> firedAfter) {
        CaseWindows windows = CaseWindows.opened(opened);
        Map<String, Boolean> decisions = new LinkedHashMap<>();
        LocalDate latest = NOTICE;
        for (int i = 0; i < milestones.size(); i++) {
            CaseEvent.MilestoneRecorded m = milestones.get(i);
            latest = m.occurredOn().isAfter(latest) ? m.occurredOn() : latest;
            if (i < firedAfter.size()) {
                LocalDate now = latest.plusDays(firedAfter.get(i));
                List<WindowEvent> expired = windows.windows().stream()
                        .filter(w -> w.isOpen() && !(w.length() instanceof WindowLength.Recurring) && w.dueDate().isBefore(now))
                        .map(w -> (WindowEvent) new WindowEvent.Opened(w.withState(WindowState.EXPIRED)))
                        .toList();
                windows = windows.apply(expired);
            }
            List<WindowEvent> events = windows.record(m, CaseFixtures.DUE_DATES);
            if (m.milestone() == Milestone.WINDOW_EXTENSION_AGREED) {
                boolean granted = events.stream().anyMatch(WindowEvent.Extended.class::isInstance);
                boolean refused = events.stream().anyMatch(WindowEvent.ExtensionRefused.class::isInstance);
                decisions.put(m.milestoneId(), granted && !refused);
            }
            windows = windows.apply(events);
        }
        Outcome summary = summary(windows.windows());
        return new Outcome(decisions, summary.dueDates(), summary.met());
    }

    /** Per kind: the due date of its latest window that still stands, and whether it was met. */
    private static Outcome summary(List<Window> windows) {
        Map<WindowKind, LocalDate> dueDates = new LinkedHashMap<>();
        Map<WindowKind, Boolean> met = new LinkedHashMap<>();
        for (WindowKind kind : WindowKind.values()) {
            if (kind.length() instanceof WindowLength.Recurring) {
                continue;
            }
            windows.stream()
                    .filter(w -> w.kind() == kind && w.state() != WindowState.CANCELLED)
                    .max(java.util.Comparator.comparing(Window::startsOn).thenComparing(Window::dueDate))
                    .ifPresent(w -> {
                        dueDates.put(kind, w.dueDate());
                        met.put(kind, w.state() == WindowState.MET);
                    });
        }
        return new Outcome(Map.of(), dueDates, met);
    }

    record Outcome(Map<String, Boolean> decisions, Map<WindowKind, LocalDate> dueDates, Map<WindowKind, Boolean> met) {
    }

    private static CaseEvent.MilestoneRecorded milestone(Step step, int i) {
        LocalDate on = NOTICE.plusDays(step.day());
        if (step.correctsNotice()) {
            return CaseFixtures.noticeOfIntention("noi-" + (i + 2), on).correcting("noi-1").build();
        }
        if (step.milestone() == Milestone.WINDOW_EXTENSION_AGREED) {
            return CaseFixtures.extensionAgreed("ext-" + i, on, step.kind(), step.days(), "reason " + i).build();
        }
        return CaseFixtures.milestone(step.milestone(), step.milestone().name().toLowerCase() + "-" + i, on).build();
    }

    @Provide
    Arbitrary<Step> steps() {
        Arbitrary<Milestone> milestones = Arbitraries.of(Milestone.WINDOW_EXTENSION_AGREED,
                Milestone.WINDOW_EXTENSION_AGREED, Milestone.WINDOW_EXTENSION_AGREED, Milestone.REPRESENTATIONS_RECEIVED,
                Milestone.SETTLEMENT_AGREEMENT_SIGNED, Milestone.OFSI_RESPONSE_TO_REPRESENTATIONS,
                Milestone.FINAL_DECISION, Milestone.REVIEW_REQUESTED, Milestone.PENALTY_FINALISED);
        Arbitrary<WindowKind> kinds = Arbitraries.of(WindowKind.SETTLEMENT_DISCUSSIONS, WindowKind.REPRESENTATIONS,
                WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS, WindowKind.REVIEW_REQUEST, WindowKind.PAYMENT);
        return Combinators.combine(milestones, Arbitraries.integers().between(0, 120), kinds,
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 9))
                .as((m, day, kind, days, dice) -> new Step(m, day, kind, days, dice == 0));
    }
}
