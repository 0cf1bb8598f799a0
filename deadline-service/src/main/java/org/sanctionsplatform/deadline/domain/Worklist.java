package org.sanctionsplatform.deadline.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sanctionsplatform.calendar.Division;

/**
 * A case officer's worklist: the open windows due within N business days of today, counted in each window's own
 * calendar division (DESIGN §4), earliest due first. A window due today has 0 business days left; one due on
 * the Nth business day after today is the last on the list.
 */
public final class Worklist {

    /** The furthest look-ahead: about a year of business days. */
    public static final int MAX_WITHIN_BUSINESS_DAYS = 250;

    private static final Comparator<Entry> EARLIEST_FIRST = Comparator.comparing((Entry e) -> e.window().dueAt())
            .thenComparing(e -> e.window().caseId().value())
            .thenComparing(e -> e.window().kind())
            .thenComparing(e -> e.window().id().value());

    private Worklist() {
    }

    /** One line of the worklist. */
    public record Entry(Window window, int businessDaysLeft) {
    }

    /** The last due date any division's horizon reaches: the store fetches open windows due up to it. */
    public static LocalDate furthestHorizon(LocalDate today, int within, DueDates dueDates) {
        requireWithin(within);
        LocalDate furthest = today;
        for (Division division : Division.values()) {
            LocalDate horizon = dueDates.horizon(today, within, division);
            if (horizon.isAfter(furthest)) {
                furthest = horizon;
            }
        }
        return furthest;
    }

    /** The open windows among {@code candidates} due from today up to the within-th business day after it. */
    public static List<Entry> of(List<Window> candidates, LocalDate today, int within, DueDates dueDates) {
        Objects.requireNonNull(today, "today");
        requireWithin(within);
        return candidates.stream()
                .filter(Window::isOpen)
                .filter(w -> !w.dueDate().isBefore(today)
                        && !w.dueDate().isAfter(dueDates.horizon(today, within, w.division())))
                .map(w -> new Entry(w, dueDates.businessDaysLeft(today, w.dueDate(), w.division())))
                .sorted(EARLIEST_FIRST)
                .toList();
    }

    private static void requireWithin(int within) {
        if (within < 0 || within > MAX_WITHIN_BUSINESS_DAYS) {
            throw new IllegalArgumentException("within must be 0 to " + MAX_WITHIN_BUSINESS_DAYS + " business days, was "
                    + within);
        }
    }
}
