package org.sanctionsplatform.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The business calendars of the three UK divisions, configured once and the same way for every service that counts
 * business days (DESIGN §1, §4): Jollyday's bank holidays, plus the bank holidays an operator adds in GOV.UK
 * {@code bank-holidays.json} format (a day proclaimed after the release), minus the bank holidays that are working
 * days after all (the old date of a holiday moved by proclamation), from a second file in the same format.
 *
 * <p>This is the one factory of calendars: intake, assessment and deadline each build their {@code BusinessCalendars}
 * from the same two files ({@link #fromFiles}), so a proclaimed holiday moves the settlement window in the assessment
 * exactly as it moves the deadline service's window. Immutable and thread-safe; build it once at start-up.
 */
public final class BusinessCalendars {

    private final Map<Division, BusinessCalendar> calendars;
    private final String corrections;

    private BusinessCalendars(Map<Division, BusinessCalendar> calendars, String corrections) {
        this.calendars = new EnumMap<>(calendars);
        this.corrections = corrections;
    }

    /** Jollyday's bank holidays of 2015–2035 in every division, with no corrections. */
    public static BusinessCalendars standard() {
        return withCorrections(GovUkBankHolidays.empty(), GovUkBankHolidays.empty());
    }

    /**
     * The calendars with an operator's corrections: {@code extraHolidays} are added as bank holidays of their division,
     * {@code extraWorkingDays} are working days of their division although Jollyday lists them as bank holidays.
     */
    public static BusinessCalendars withCorrections(GovUkBankHolidays extraHolidays, GovUkBankHolidays extraWorkingDays) {
        Objects.requireNonNull(extraHolidays, "extraHolidays");
        Objects.requireNonNull(extraWorkingDays, "extraWorkingDays");
        Map<Division, BusinessCalendar> calendars = new EnumMap<>(Division.class);
        for (Division division : Division.values()) {
            calendars.put(division, BusinessCalendar.builder().division(division)
                    .extraHolidays(extraHolidays)
                    .extraWorkingDays(extraWorkingDays.holidays(division).stream().map(BankHoliday::date).toList())
                    .build());
        }
        return new BusinessCalendars(calendars, "extra holidays: " + extraHolidays.source()
                + "; extra working days: " + extraWorkingDays.source());
    }

    /**
     * The calendars configured by the two optional files, as every service reads them from
     * {@code sep.calendar.extra-holidays-file} (EXTRA_BANK_HOLIDAYS_FILE) and {@code sep.calendar.extra-working-days-file}
     * (EXTRA_WORKING_DAYS_FILE). A path that is given but cannot be read, or a file that is not valid GOV.UK format,
     * stops start-up with a message naming the file and what is wrong ({@link BankHolidaysFormatException}).
     */
    public static BusinessCalendars fromFiles(Optional<Path> extraHolidaysFile, Optional<Path> extraWorkingDaysFile) {
        return withCorrections(read(extraHolidaysFile, "sep.calendar.extra-holidays-file", "EXTRA_BANK_HOLIDAYS_FILE"),
                read(extraWorkingDaysFile, "sep.calendar.extra-working-days-file", "EXTRA_WORKING_DAYS_FILE"));
    }

    private static GovUkBankHolidays read(Optional<Path> file, String property, String variable) {
        if (file.isEmpty()) {
            return GovUkBankHolidays.empty();
        }
        Path path = file.get();
        if (!Files.isReadable(path)) {
            throw new IllegalStateException(property + " " + path.toAbsolutePath()
                    + " cannot be read; unset " + variable + " or point it at a file in GOV.UK bank-holidays.json format");
        }
        return GovUkBankHolidays.load(path);
    }

    /** The calendar of one division. */
    public BusinessCalendar of(Division division) {
        return calendars.get(Objects.requireNonNull(division, "division"));
    }

    /** Where the corrections came from, for start-up logs. */
    public String corrections() {
        return corrections;
    }

    @Override
    public String toString() {
        return "BusinessCalendars(" + corrections + ")";
    }
}
