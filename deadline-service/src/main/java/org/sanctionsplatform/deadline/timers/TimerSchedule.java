package org.sanctionsplatform.deadline.timers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.calendar.DateOutOfCalendarRangeException;
import org.sanctionsplatform.guidance.windows.Window;

/**
 * The timers of a window (DESIGN §4), in the business calendar of the window's division:
 * <ul>
 *   <li>a reminder at offset {@code k} from the due date D fires at the <b>start</b> (00:00 Europe/London) of the
 *       day {@code k} business days from D: for {@code k < 0} the |k|th business day before D, for {@code k > 0}
 *       the kth business day after D (overdue), for {@code k = 0} D itself. Starting the day means the case
 *       officer's worklist shows it that morning, and the due-day reminder comes before the expiry;</li>
 *   <li>a reminder that would fall on or before the day the window starts is left out (a 10-business-day window
 *       has no "5 before" reminder on its first day, and a 1-day window none before it is due);</li>
 *   <li>the expiry fires at the window's due instant, the end of its due day (23:59:59.999 Europe/London).</li>
 * </ul>
 * With the default offsets a window's timers fire in the order −5, −1, 0, expiry, +1.
 */
public final class TimerSchedule {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final BusinessCalendars calendars;
    private final ReminderPolicy policy;

    public TimerSchedule(BusinessCalendars calendars, ReminderPolicy policy) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.policy = policy;
    }

    public ReminderPolicy policy() {
        return policy;
    }

    /** The timers of the window as it stands, earliest first; its state is not consulted. */
    public List<ScheduledTimer> timersOf(Window window) {
        BusinessCalendar calendar = calendars.of(window.division());
        List<ScheduledTimer> timers = new ArrayList<>();
        for (int offset : policy.offsetsFor(window.kind())) {
            LocalDate day;
            try {
                day = offset == 0 ? window.dueDate() : calendar.addBusinessDays(window.dueDate(), offset);
            } catch (DateOutOfCalendarRangeException e) {
                // an overdue reminder past the calendar's last supported year (2035) cannot be placed; the window,
                // its expiry and its other reminders still run
                continue;
            }
            if (day.isAfter(window.startsOn())) {
                timers.add(new ScheduledTimer(new TimerKind.Reminder(offset), day.atStartOfDay(LONDON).toInstant()));
            }
        }
        timers.add(new ScheduledTimer(TimerKind.Expiry.INSTANCE, window.dueAt()));
        timers.sort(Comparator.comparing(ScheduledTimer::fireAt));
        return List.copyOf(timers);
    }
}
