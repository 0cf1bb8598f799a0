package org.sanctionsplatform.deadline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsplatform.calendar.BusinessCalendar;

/**
 * An operator corrects the calendars without a release (DESIGN §4): a newly proclaimed bank holiday from
 * EXTRA_BANK_HOLIDAYS_FILE, and a holiday that is a working day after all from EXTRA_WORKING_DAYS_FILE, both in
 * GOV.UK bank-holidays.json format; each applies to its own division only.
 */
class CalendarCorrectionsTest {

    private final DeadlineFactory factory = new DeadlineFactory();

    @Test
    void aProclaimedHolidayAndAHolidayWorkedAfterAllChangeOnlyTheirDivisions(@TempDir Path dir) throws IOException {
        Path holidays = Files.writeString(dir.resolve("holidays.json"), """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Proclaimed bank holiday", "date": "2027-03-03", "notes": "", "bunting": true}]}}
                """);
        Path workingDays = Files.writeString(dir.resolve("working-days.json"), """
                {"scotland": {"division": "scotland", "events": [
                  {"title": "Boxing Day (substitute day) worked", "date": "2026-12-28", "notes": "", "bunting": false}]}}
                """);
        DeadlineFactory.CalendarCorrections corrections =
                factory.calendarCorrections(holidays.toString(), workingDays.toString());

        BusinessCalendar englandAndWales = factory.englandAndWales(corrections);
        BusinessCalendar scotland = factory.scotland(corrections);
        BusinessCalendar northernIreland = factory.northernIreland(corrections);

        assertThat(englandAndWales.isBusinessDay(LocalDate.of(2027, 3, 3))).isFalse();
        assertThat(scotland.isBusinessDay(LocalDate.of(2027, 3, 3))).isTrue();
        assertThat(scotland.isBusinessDay(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(englandAndWales.isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(northernIreland.isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
        // a window across the proclaimed day ends one business day later in England and Wales only
        assertThat(englandAndWales.addBusinessDays(LocalDate.of(2027, 3, 1), 5)).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(scotland.addBusinessDays(LocalDate.of(2027, 3, 1), 5)).isEqualTo(LocalDate.of(2027, 3, 8));
    }

    @Test
    void withoutFilesTheCalendarsAreJollydaysAlone() {
        DeadlineFactory.CalendarCorrections none = factory.calendarCorrections("", "");

        assertThat(factory.englandAndWales(none).isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(factory.englandAndWales(none).isBusinessDay(LocalDate.of(2027, 3, 3))).isTrue();
    }

    @Test
    void anUnreadableFileStopsTheStartWithTheVariableToFix(@TempDir Path dir) {
        String missing = dir.resolve("missing.json").toString();

        assertThatThrownBy(() -> factory.calendarCorrections(missing, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXTRA_BANK_HOLIDAYS_FILE");
        assertThatThrownBy(() -> factory.calendarCorrections("", missing))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXTRA_WORKING_DAYS_FILE");
    }
}
