package org.sanctionsplatform.deadline.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.sanctionsplatform.calendar.BankHoliday;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.calendar.GovUkBankHolidays;
import org.sanctionsplatform.deadline.domain.DueDates;

/**
 * Wires the domain: one business calendar per UK division (indexed once at start-up, DESIGN §4), with the bank
 * holidays an operator adds in GOV.UK {@code bank-holidays.json} format through
 * {@code sep.calendar.extra-holidays-file} (EXTRA_BANK_HOLIDAYS_FILE) and the bank holidays that are working days
 * after all (a holiday moved by proclamation: its old date) in the same format through
 * {@code sep.calendar.extra-working-days-file} (EXTRA_WORKING_DAYS_FILE), and the due-date arithmetic over them.
 */
@Factory
class DeadlineFactory {

    /** The operator's calendar corrections, read once at start-up. */
    record CalendarCorrections(GovUkBankHolidays extraHolidays, GovUkBankHolidays extraWorkingDays) {
    }

    @Singleton
    CalendarCorrections calendarCorrections(@Value("${sep.calendar.extra-holidays-file:}") String holidaysFile,
                                            @Value("${sep.calendar.extra-working-days-file:}") String workingDaysFile) {
        return new CalendarCorrections(read(holidaysFile, "sep.calendar.extra-holidays-file", "EXTRA_BANK_HOLIDAYS_FILE"),
                read(workingDaysFile, "sep.calendar.extra-working-days-file", "EXTRA_WORKING_DAYS_FILE"));
    }

    private static GovUkBankHolidays read(String file, String property, String variable) {
        if (file == null || file.isBlank()) {
            return GovUkBankHolidays.empty();
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new IllegalStateException(property + " " + path.toAbsolutePath()
                    + " cannot be read; unset " + variable + " or point it at a file in GOV.UK bank-holidays.json format");
        }
        return GovUkBankHolidays.load(path);
    }

    @Singleton
    @Named("ENGLAND_AND_WALES")
    BusinessCalendar englandAndWales(CalendarCorrections extra) {
        return calendar(Division.ENGLAND_AND_WALES, extra);
    }

    @Singleton
    @Named("SCOTLAND")
    BusinessCalendar scotland(CalendarCorrections extra) {
        return calendar(Division.SCOTLAND, extra);
    }

    @Singleton
    @Named("NORTHERN_IRELAND")
    BusinessCalendar northernIreland(CalendarCorrections extra) {
        return calendar(Division.NORTHERN_IRELAND, extra);
    }

    @Singleton
    DueDates dueDates(@Named("ENGLAND_AND_WALES") BusinessCalendar englandAndWales,
                      @Named("SCOTLAND") BusinessCalendar scotland,
                      @Named("NORTHERN_IRELAND") BusinessCalendar northernIreland) {
        Map<Division, BusinessCalendar> calendars = new EnumMap<>(Division.class);
        calendars.put(Division.ENGLAND_AND_WALES, englandAndWales);
        calendars.put(Division.SCOTLAND, scotland);
        calendars.put(Division.NORTHERN_IRELAND, northernIreland);
        return new DueDates(calendars);
    }

    private static BusinessCalendar calendar(Division division, CalendarCorrections corrections) {
        return BusinessCalendar.builder().division(division)
                .extraHolidays(corrections.extraHolidays())
                .extraWorkingDays(corrections.extraWorkingDays().holidays(division).stream().map(BankHoliday::date).toList())
                .build();
    }
}
