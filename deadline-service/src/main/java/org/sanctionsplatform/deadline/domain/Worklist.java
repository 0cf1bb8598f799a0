package org.sanctionsplatform.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.guidance.windows.Window;

/**
 * A case officer's worklist: the open windows due within N business days of today, counted in each window's own
 * calendar division (DESIGN §4), earliest due first. A window due today has 0 business days left; one due on
 * the Nth business day after today is the last on the list.
 */
public final class Worklist {

    /** The furthest look-ahead: about a year of business days. */
    public static final int MAX_WITHIN_BUSINESS_DAYS = 250;

    /** Earliest due first, then by window id, so that a page can be continued from its last entry. */
    private static final Comparator<Entry> EARLIEST_FIRST = Comparator.comparing((Entry e) -> Position.of(e.window()));

    private Worklist() {
    }

    /** One line of the worklist. */
    public record Entry(Window window, int businessDaysLeft) {
    }

    /**
     * Where a window stands in the worklist's order: due instant, then window id. Window ids are lower-case UUIDs,
     * which sort the same in Java and in the database under any collation, so the store can continue a page where
     * this order left it.
     */
    public record Position(Instant dueAt, String windowId) implements Comparable<Position> {

        private static final Comparator<Position> ORDER = Comparator.comparing(Position::dueAt)
                .thenComparing(Position::windowId);

        public Position {
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(windowId, "windowId");
        }

        public static Position of(Window window) {
            return new Position(window.dueAt(), window.id().value());
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
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
