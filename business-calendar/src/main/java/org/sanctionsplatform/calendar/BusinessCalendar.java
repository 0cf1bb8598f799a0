package org.sanctionsplatform.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * UK business days of one {@link Division} over a fixed range of years, with the window arithmetic of the
 * enforcement guidance (DESIGN §4).
 *
 * <p><b>Business day.</b> A day that is not a Saturday, a Sunday or a bank holiday of the division. Bank
 * holidays are Jollyday's, on their observed (substitute) dates, plus any extra holidays an operator
 * supplies ({@link Builder#extraHolidays(GovUkBankHolidays)}), minus any extra working days
 * ({@link Builder#extraWorkingDays(Collection)}).
 *
 * <p><b>Windows.</b> "Within N business days of date D" ends at the end (23:59:59.999 Europe/London) of the
 * Nth business day after D; D itself is not counted (DESIGN §4): {@link #endOfNthBusinessDayAfter}. A window
 * in calendar days or months that "ends on a non-working day" moves to the next working day, as for the
 * 28-day Upper Tribunal appeal window (§9): {@link #addCalendarDaysRollingForward},
 * {@link #addCalendarMonthsRollingForward}.
 *
 * <p><b>Range.</b> The calendar covers 1 January of its first supported year to 31 December of its last.
 * Any date given to it, or any result, outside that range raises {@link DateOutOfCalendarRangeException}
 * naming the date and the range; it never answers silently wrong. Jollyday's rules project holidays into
 * future years but cannot know one-off days not yet proclaimed: add those as extra holidays.
 *
 * <p><b>Cost.</b> The business days of the range are indexed once when the calendar is built: the offset
 * of the first day of each month, a flag and a prefix count of business days for each day, and the list of
 * business days in order. Every query, including adding or counting N business days, is then a few array
 * look-ups (O(1), no allocation), never a day-by-day loop; the index of the default 21 years takes under
 * 200 KB. Instances are immutable and thread-safe; build one per division at start-up and share it.
 */
public final class BusinessCalendar {

    /** First year covered by {@link #of(Division)} and by default by the builder. */
    public static final int DEFAULT_FIRST_YEAR = 2015;
    /** Last year covered by {@link #of(Division)} and by default by the builder. */
    public static final int DEFAULT_LAST_YEAR = 2035;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);
    private static final int MAX_SUPPORTED_YEARS = 400;

    private final Division division;
    private final LocalDate firstDate;
    private final LocalDate lastDate;
    private final int firstYear;
    private final int lastYear;
    /**
     * Index: offset from {@link #firstDate} of the first day of each month, at {@code (year - firstYear) * 12
     * + month - 1}; a date's offset is then one look-up plus its day of the month (no epoch-day division).
     */
    private final int[] monthStartOffsets;
    /** Index: whether the day at each offset from {@link #firstDate} is a business day. */
    private final boolean[] businessDay;
    /** Index (prefix count): number of business days from {@link #firstDate} up to and including each offset. */
    private final int[] businessDaysThrough;
    /** Index: the business days, ascending; position k holds the (k+1)th business day of the range. */
    private final LocalDate[] businessDates;
    private final NavigableMap<LocalDate, BankHoliday> holidays;

    private BusinessCalendar(Division division, int firstYear, int lastYear,
                             NavigableMap<LocalDate, BankHoliday> holidays, Set<LocalDate> extraWorkingDays) {
        this.division = division;
        this.firstDate = LocalDate.of(firstYear, 1, 1);
        this.lastDate = LocalDate.of(lastYear, 12, 31);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.holidays = Collections.unmodifiableNavigableMap(holidays);
        int days = Math.toIntExact(lastDate.toEpochDay() - firstDate.toEpochDay() + 1);
        this.monthStartOffsets = new int[(lastYear - firstYear + 1) * 12];
        this.businessDay = new boolean[days];
        this.businessDaysThrough = new int[days];
        LocalDate[] dates = new LocalDate[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            LocalDate date = firstDate.plusDays(i);
            if (date.getDayOfMonth() == 1) {
                monthStartOffsets[(date.getYear() - firstYear) * 12 + date.getMonthValue() - 1] = i;
            }
            boolean business = extraWorkingDays.contains(date)
                    || (!isWeekend(date) && !holidays.containsKey(date));
            businessDay[i] = business;
            if (business) {
                dates[count++] = date;
            }
            businessDaysThrough[i] = count;
        }
        this.businessDates = Arrays.copyOf(dates, count);
    }

    /** The calendar of a division for {@link #DEFAULT_FIRST_YEAR}–{@link #DEFAULT_LAST_YEAR}, no extras. */
    public static BusinessCalendar of(Division division) {
        return builder().division(division).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Division division() {
        return division;
    }

    public LocalDate firstSupportedDate() {
        return firstDate;
    }

    public LocalDate lastSupportedDate() {
        return lastDate;
    }

    /** Whether {@code date} is a business day: not a weekend day and not a bank holiday of the division. */
    public boolean isBusinessDay(LocalDate date) {
        return businessDay[offsetOf(date)];
    }

    /** The first business day strictly after {@code date}; same as {@code addBusinessDays(date, 1)}. */
    public LocalDate nextBusinessDay(LocalDate date) {
        return addBusinessDays(date, 1);
    }

    /** The last business day strictly before {@code date}; same as {@code addBusinessDays(date, -1)}. */
    public LocalDate previousBusinessDay(LocalDate date) {
        return addBusinessDays(date, -1);
    }

    /** {@code date} if it is a business day, otherwise the next business day; same as {@code addBusinessDays(date, 0)}. */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        return addBusinessDays(date, 0);
    }

    /**
     * Moves by business days. {@code date} itself is never counted:
     * <ul>
     * <li>{@code n > 0}: the nth business day strictly after {@code date} (DESIGN §4: "within N business
     * days of D" ends on this day);</li>
     * <li>{@code n < 0}: the |n|th business day strictly before {@code date};</li>
     * <li>{@code n == 0}: {@code date} if it is a business day, otherwise the next business day after it
     * (the date rolled forward, never back).</li>
     * </ul>
     * For example, with Christmas on Friday 25 and Boxing Day on Monday 28 December 2026 (substitute):
     * {@code addBusinessDays(24 Dec, 1)} is 29 Dec, {@code addBusinessDays(26 Dec, 0)} is 29 Dec and
     * {@code addBusinessDays(26 Dec, -1)} is 24 Dec.
     *
     * @throws DateOutOfCalendarRangeException if {@code date} or the result is outside the supported range
     */
    public LocalDate addBusinessDays(LocalDate date, int n) {
        int offset = offsetOf(date);
        int before = businessDaysThrough[offset] - (businessDay[offset] ? 1 : 0);
        // Position in businessDates of the result; long so that extreme n cannot overflow.
        long position;
        if (n > 0) {
            position = (long) businessDaysThrough[offset] + n - 1;
        } else {
            position = (long) before + n;
        }
        if (position < 0 || position >= businessDates.length) {
            throw new DateOutOfCalendarRangeException(describeShift(date, n) + " falls "
                    + (position < 0 ? "before " + firstDate : "after " + lastDate) + ", outside " + rangeText(),
                    firstDate, lastDate);
        }
        return businessDates[(int) position];
    }

    /**
     * Counts the business days after {@code startExclusive} up to and including {@code endInclusive}: the
     * number of business days that have elapsed by the end of {@code endInclusive} in a window starting on
     * {@code startExclusive}. The count is 0 when the dates are equal, and when they are reversed it is
     * negative: {@code businessDaysBetween(a, b) == -businessDaysBetween(b, a)}. For {@code n >= 1},
     * {@code businessDaysBetween(d, addBusinessDays(d, n)) == n}.
     *
     * @throws DateOutOfCalendarRangeException if either date is outside the supported range
     */
    public int businessDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        int start = offsetOf(startExclusive);
        int end = offsetOf(endInclusive);
        return businessDaysThrough[end] - businessDaysThrough[start];
    }

    /**
     * The end of {@code date} in the UK: 23:59:59.999 Europe/London, in BST or GMT as in force on that day
     * (correct on the days the clocks change).
     *
     * @throws DateOutOfCalendarRangeException if {@code date} is outside the supported range
     */
    public Instant endOfDay(LocalDate date) {
        offsetOf(date);
        return ZonedDateTime.of(date, END_OF_DAY, LONDON).toInstant();
    }

    /**
     * When a window of {@code n} business days from {@code date} closes: "within N business days of D" ends
     * at the end (23:59:59.999 Europe/London) of the Nth business day after D; D itself is not counted
     * (DESIGN §4).
     *
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws DateOutOfCalendarRangeException if {@code date} or the closing day is outside the range
     */
    public Instant endOfNthBusinessDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a window must be at least 1 business day long, was " + n);
        }
        return endOfDay(addBusinessDays(date, n));
    }

    /**
     * {@code date} plus {@code days} calendar days; if that day is not a business day, the next business
     * day ("ends on a non-working day → next working day", as for the 28-day Upper Tribunal appeal window,
     * §9). {@code days} may be zero or negative; the result is always rolled forward.
     *
     * @throws DateOutOfCalendarRangeException if {@code date} or the result is outside the supported range
     */
    public LocalDate addCalendarDaysRollingForward(LocalDate date, int days) {
        offsetOf(date);
        return rollForward(date.plusDays(days), days + " calendar days after " + date);
    }

    /**
     * {@code date} plus {@code months} calendar months, on the same day of the month or, if that month is
     * shorter, its last day ({@link LocalDate#plusMonths}: 31 January plus one month is 28 or 29 February);
     * if that day is not a business day, the next business day (as for the two-month review target, §8.2,
     * where it applies). {@code months} may be zero or negative; the result is always rolled forward.
     *
     * @throws DateOutOfCalendarRangeException if {@code date} or the result is outside the supported range
     */
    public LocalDate addCalendarMonthsRollingForward(LocalDate date, int months) {
        offsetOf(date);
        return rollForward(date.plusMonths(months), months + " calendar months after " + date);
    }

    /**
     * The bank holidays of the division in {@code year}, by date, on their observed dates: Jollyday's and
     * the operator's extra holidays (weekend ones included), less any cancelled by an extra working day.
     *
     * @throws DateOutOfCalendarRangeException if the year is outside the supported range
     */
    public List<BankHoliday> holidays(int year) {
        if (year < firstDate.getYear() || year > lastDate.getYear()) {
            throw new DateOutOfCalendarRangeException(
                    "year " + year + " is outside " + rangeText(), firstDate, lastDate);
        }
        return List.copyOf(holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    private LocalDate rollForward(LocalDate date, String description) {
        if (!inRange(date)) {
            throw new DateOutOfCalendarRangeException(description + " is " + date + ", outside " + rangeText(),
                    firstDate, lastDate);
        }
        return addBusinessDays(date, 0);
    }

    /** Offset of {@code date} from {@link #firstDate}: one look-up in the month index, no loop, no division. */
    private int offsetOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = date.getYear();
        if (year < firstYear || year > lastYear) {
            throw new DateOutOfCalendarRangeException(date + " is outside " + rangeText(), firstDate, lastDate);
        }
        return monthStartOffsets[(year - firstYear) * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1;
    }

    private boolean inRange(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    private String rangeText() {
        return "the " + division + " business calendar's supported range " + firstDate + " to " + lastDate
                + " (widen supportedYears if the date is legitimate)";
    }

    private static String describeShift(LocalDate date, int n) {
        if (n == 0) {
            return "the first business day on or after " + date;
        }
        long magnitude = Math.abs((long) n);
        return "the " + ordinal(magnitude) + " business day " + (n > 0 ? "after " : "before ") + date;
    }

    private static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix;
        if (lastTwo >= 11 && lastTwo <= 13) {
            suffix = "th";
        } else if (n % 10 == 1) {
            suffix = "st";
        } else if (n % 10 == 2) {
            suffix = "nd";
        } else if (n % 10 == 3) {
            suffix = "rd";
        } else {
            suffix = "th";
        }
        return n + suffix;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + division + ", " + firstDate + " to " + lastDate + "]";
    }

    /**
     * Builds a {@link BusinessCalendar}. Defaults: {@link Division#DEFAULT}, years
     * {@link #DEFAULT_FIRST_YEAR}–{@link #DEFAULT_LAST_YEAR}, no extra holidays or working days.
     */
    public static final class Builder {

        private Division division = Division.DEFAULT;
        private int firstYear = DEFAULT_FIRST_YEAR;
        private int lastYear = DEFAULT_LAST_YEAR;
        private final List<GovUkBankHolidays> extraHolidayFiles = new ArrayList<>();
        private final Set<LocalDate> extraWorkingDays = new TreeSet<>();

        private Builder() {
        }

        public Builder division(Division division) {
            this.division = Objects.requireNonNull(division, "division");
            return this;
        }

        /** The calendar covers 1 January {@code firstYear} to 31 December {@code lastYear}. */
        public Builder supportedYears(int firstYear, int lastYear) {
            if (firstYear > lastYear) {
                throw new IllegalArgumentException(
                        "supported years must not be reversed: " + firstYear + " > " + lastYear);
            }
            if (lastYear - firstYear >= MAX_SUPPORTED_YEARS) {
                throw new IllegalArgumentException("at most " + MAX_SUPPORTED_YEARS
                        + " supported years, asked for " + firstYear + " to " + lastYear);
            }
            if (firstYear < 1 || lastYear > 9999) {
                throw new IllegalArgumentException(
                        "supported years must lie within 1 to 9999, asked for " + firstYear + " to " + lastYear);
            }
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            return this;
        }

        /**
         * Adds bank holidays, e.g. newly proclaimed ones, from a GOV.UK-format document; only the events of
         * the calendar's division apply. May be called more than once. Dates outside the supported years are
         * ignored (the calendar rejects queries about them anyway).
         */
        public Builder extraHolidays(GovUkBankHolidays holidays) {
            extraHolidayFiles.add(Objects.requireNonNull(holidays, "holidays"));
            return this;
        }

        /**
         * Dates that are business days although Jollyday says they are bank holidays (e.g. a holiday moved
         * by proclamation: add the old date here and the new one as an extra holiday). Weekend dates are
         * rejected: a Saturday or Sunday is never a business day. May be called more than once.
         */
        public Builder extraWorkingDays(Collection<LocalDate> dates) {
            for (LocalDate date : Objects.requireNonNull(dates, "dates")) {
                Objects.requireNonNull(date, "extra working day");
                if (isWeekend(date)) {
                    throw new IllegalArgumentException("extra working day " + date + " is a "
                            + date.getDayOfWeek() + "; only a weekday bank holiday can be made a working day");
                }
                extraWorkingDays.add(date);
            }
            return this;
        }

        /**
         * Builds and indexes the calendar (loads Jollyday's holidays for every supported year).
         *
         * @throws IllegalArgumentException if a date is both an extra holiday and an extra working day
         */
        public BusinessCalendar build() {
            NavigableMap<LocalDate, BankHoliday> holidays =
                    new TreeMap<>(JollydayBankHolidays.load(division, firstYear, lastYear));
            LocalDate first = LocalDate.of(firstYear, 1, 1);
            LocalDate last = LocalDate.of(lastYear, 12, 31);
            for (GovUkBankHolidays file : extraHolidayFiles) {
                for (BankHoliday extra : file.holidays(division)) {
                    if (extraWorkingDays.contains(extra.date())) {
                        throw new IllegalArgumentException(extra.date() + " (\"" + extra.title() + "\" in "
                                + file.source() + ") is configured both as an extra " + division
                                + " bank holiday and as an extra working day");
                    }
                    if (!extra.date().isBefore(first) && !extra.date().isAfter(last)) {
                        // A date Jollyday already knows keeps Jollyday's entry.
                        holidays.putIfAbsent(extra.date(), extra);
                    }
                }
            }
            holidays.keySet().removeAll(extraWorkingDays);
            return new BusinessCalendar(division, firstYear, lastYear, holidays, Set.copyOf(extraWorkingDays));
        }
    }
}
