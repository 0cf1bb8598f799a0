package org.sanctionsplatform.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a division's bank holidays from Jollyday, avoiding its traps (DESIGN §4): the subdivision is
 * always passed (without it only the UK-wide days come back), the observed date {@link Holiday#getDate()}
 * is used (not {@code getActualDate()}, which is the weekend date a substitute day replaces), and nothing
 * is filtered by holiday type (every UK entry is {@code PUBLIC_HOLIDAY}).
 */
final class JollydayBankHolidays {

    /** Fewer than this in a year means the subdivision was not applied (UK-wide days alone are about 6). */
    private static final int MINIMUM_PER_YEAR = 8;

    private JollydayBankHolidays() {
    }

    static Map<LocalDate, BankHoliday> load(Division division, int firstYear, int lastYear) {
        HolidayManager manager =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        Map<LocalDate, BankHoliday> byDate = new TreeMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            Set<Holiday> holidays = manager.getHolidays(Year.of(year), division.jollydaySubdivision());
            if (holidays.size() < MINIMUM_PER_YEAR) {
                throw new IllegalStateException("Jollyday returned only " + holidays.size()
                        + " bank holidays for " + division + " (" + division.jollydaySubdivision() + ") in "
                        + year + ": " + holidays + "; the subdivision was not applied");
            }
            for (Holiday holiday : holidays) {
                LocalDate observed = holiday.getDate();
                String title = holiday.getDescription(Locale.UK);
                // Two holidays observed on one day (never so far in the UK) are listed once, titles joined.
                byDate.merge(observed, new BankHoliday(observed, title, BankHoliday.Origin.JOLLYDAY),
                        (a, b) -> new BankHoliday(observed, a.title().compareTo(b.title()) <= 0
                                ? a.title() + "; " + b.title()
                                : b.title() + "; " + a.title(), a.origin()));
            }
        }
        return byDate;
    }
}
