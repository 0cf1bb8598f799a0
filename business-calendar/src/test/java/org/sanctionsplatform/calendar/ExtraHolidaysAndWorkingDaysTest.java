package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctionsplatform.calendar.Calendars.date;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator adds a newly proclaimed bank holiday, or cancels one, without a release (DESIGN §4). */
class ExtraHolidaysAndWorkingDaysTest {

    /** A hypothetical proclamation: Monday 14 June 2027 a bank holiday in England and Wales only. */
    private static final GovUkBankHolidays PROCLAMATION = GovUkBankHolidays.parse("""
            {"england-and-wales": {"division": "england-and-wales", "events": [
                {"title": "Proclaimed bank holiday", "date": "2027-06-14", "notes": "", "bunting": true}]},
             "scotland": {"division": "scotland", "events": []}}
            """, "ops/extra-bank-holidays.json");

    @Test
    void aNewlyProclaimedDayIsANonBusinessDayOnlyInItsDivision() {
        BusinessCalendar englandAndWales = withProclamation(Division.ENGLAND_AND_WALES);
        BusinessCalendar scotland = withProclamation(Division.SCOTLAND);
        BusinessCalendar northernIreland = withProclamation(Division.NORTHERN_IRELAND);

        assertThat(Calendars.englandAndWales().isBusinessDay(date("2027-06-14"))).isTrue();
        assertThat(englandAndWales.isBusinessDay(date("2027-06-14"))).isFalse();
        assertThat(scotland.isBusinessDay(date("2027-06-14"))).isTrue();
        assertThat(northernIreland.isBusinessDay(date("2027-06-14"))).isTrue();
    }

    @Test
    void aProclaimedDayLengthensTheWindowsThatSpanIt() {
        BusinessCalendar englandAndWales = withProclamation(Division.ENGLAND_AND_WALES);

        assertThat(Calendars.englandAndWales().addBusinessDays(date("2027-06-10"), 2)).isEqualTo(date("2027-06-14"));
        assertThat(englandAndWales.addBusinessDays(date("2027-06-10"), 2)).isEqualTo(date("2027-06-15"));
        assertThat(englandAndWales.businessDaysBetween(date("2027-06-10"), date("2027-06-15"))).isEqualTo(2);
        assertThat(englandAndWales.addCalendarDaysRollingForward(date("2027-05-17"), 28)).isEqualTo(date("2027-06-15"));
    }

    @Test
    void theHolidayListShowsTheProclaimedDayAsOperatorConfigured() {
        assertThat(withProclamation(Division.ENGLAND_AND_WALES).holidays(2027))
                .contains(new BankHoliday(date("2027-06-14"), "Proclaimed bank holiday",
                        BankHoliday.Origin.OPERATOR_CONFIGURED))
                .hasSize(Calendars.englandAndWales().holidays(2027).size() + 1);
    }

    @Test
    void loadingTheFullGovUkListOnTopOfJollydayChangesNothingAndKeepsJollydaysEntries() {
        GovUkBankHolidays govUk = GovUkBankHolidays.parse(GovUkBankHolidaysTest.GOV_UK_EXTRACT, "gov-uk.json");
        BusinessCalendar scotland = BusinessCalendar.builder().division(Division.SCOTLAND).extraHolidays(govUk).build();

        assertThat(scotland.holidays(2026)).isEqualTo(Calendars.scotland().holidays(2026));
    }

    @Test
    void anExtraWorkingDayCancelsABankHoliday() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .extraWorkingDays(List.of(date("2027-05-31")))
                .build();

        assertThat(calendar.isBusinessDay(date("2027-05-31"))).isTrue();
        assertThat(calendar.holidays(2027)).extracting(BankHoliday::date).doesNotContain(date("2027-05-31"));
        assertThat(calendar.nextBusinessDay(date("2027-05-28"))).isEqualTo(date("2027-05-31"));
    }

    @Test
    void aMovedHolidayIsAnExtraWorkingDayPlusAnExtraHoliday() {
        GovUkBankHolidays moved = GovUkBankHolidays.parse("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                    {"title": "Spring bank holiday (moved)", "date": "2027-06-03"}]}}
                """, "moved.json");
        BusinessCalendar calendar = BusinessCalendar.builder()
                .extraHolidays(moved)
                .extraWorkingDays(List.of(date("2027-05-31")))
                .build();

        assertThat(calendar.isBusinessDay(date("2027-05-31"))).isTrue();
        assertThat(calendar.isBusinessDay(date("2027-06-03"))).isFalse();
        assertThat(calendar.businessDaysBetween(date("2027-05-28"), date("2027-06-04"))).isEqualTo(4);
    }

    @Test
    void anOperatorsFileOnDiskChangesTheWindowsOfItsDivision(@TempDir Path dir) throws Exception {
        // as the deadline service reads sep.calendar.extra-holidays-file at start-up
        Path file = Files.writeString(dir.resolve("extra-bank-holidays.json"), """
                {"scotland": {"division": "scotland", "events": [
                    {"title": "Proclaimed bank holiday", "date": "2027-06-14", "notes": "", "bunting": true}]}}
                """, StandardCharsets.UTF_8);
        GovUkBankHolidays extra = GovUkBankHolidays.load(file);
        BusinessCalendar scotland = BusinessCalendar.builder().division(Division.SCOTLAND).extraHolidays(extra).build();
        BusinessCalendar englandAndWales = BusinessCalendar.builder().extraHolidays(extra).build();

        // Friday 11 June 2027 + 1 business day: Tuesday 15 June in Scotland, Monday 14 June elsewhere
        assertThat(scotland.endOfNthBusinessDayAfter(date("2027-06-11"), 1)).isEqualTo(Instant.parse("2027-06-15T22:59:59.999Z"));
        assertThat(englandAndWales.endOfNthBusinessDayAfter(date("2027-06-11"), 1)).isEqualTo(Instant.parse("2027-06-14T22:59:59.999Z"));
        assertThat(scotland.holidays(2027)).extracting(BankHoliday::origin).contains(BankHoliday.Origin.OPERATOR_CONFIGURED);
    }

    @Test
    void aWeekendCannotBeMadeAWorkingDay() {
        assertThatThrownBy(() -> BusinessCalendar.builder().extraWorkingDays(List.of(date("2027-06-12"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-06-12 is a SATURDAY");
    }

    @Test
    void aDateBothProclaimedAndMadeAWorkingDayIsRejected() {
        assertThatThrownBy(() -> BusinessCalendar.builder()
                .extraHolidays(PROCLAMATION)
                .extraWorkingDays(List.of(date("2027-06-14")))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-06-14")
                .hasMessageContaining("ops/extra-bank-holidays.json")
                .hasMessageContaining("both as an extra england-and-wales bank holiday and as an extra working day");
    }

    @Test
    void extraHolidaysOutsideTheSupportedYearsAreIgnoredBecauseThoseYearsCannotBeQueried() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .supportedYears(2025, 2026)
                .extraHolidays(PROCLAMATION)
                .build();

        assertThat(calendar.holidays(2026)).hasSize(Calendars.englandAndWales().holidays(2026).size());
        assertThatThrownBy(() -> calendar.isBusinessDay(date("2027-06-14")))
                .isInstanceOf(DateOutOfCalendarRangeException.class);
    }

    private static BusinessCalendar withProclamation(Division division) {
        return BusinessCalendar.builder().division(division).extraHolidays(PROCLAMATION).build();
    }
}
