package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator corrects the calendars without a release (DESIGN §4): a newly proclaimed bank holiday from
 * EXTRA_BANK_HOLIDAYS_FILE, and a holiday that is a working day after all from EXTRA_WORKING_DAYS_FILE, both in
 * GOV.UK bank-holidays.json format; each applies to its own division only. Every service builds its calendars here.
 */
class BusinessCalendarsTest {

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

        BusinessCalendars calendars = BusinessCalendars.fromFiles(Optional.of(holidays), Optional.of(workingDays));
        BusinessCalendar englandAndWales = calendars.of(Division.ENGLAND_AND_WALES);
        BusinessCalendar scotland = calendars.of(Division.SCOTLAND);
        BusinessCalendar northernIreland = calendars.of(Division.NORTHERN_IRELAND);

        assertThat(englandAndWales.isBusinessDay(LocalDate.of(2027, 3, 3))).isFalse();
        assertThat(scotland.isBusinessDay(LocalDate.of(2027, 3, 3))).isTrue();
        assertThat(scotland.isBusinessDay(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(englandAndWales.isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(northernIreland.isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
        // a window across the proclaimed day ends one business day later in England and Wales only
        assertThat(englandAndWales.addBusinessDays(LocalDate.of(2027, 3, 1), 5)).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(scotland.addBusinessDays(LocalDate.of(2027, 3, 1), 5)).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(calendars.corrections()).contains(holidays.toString()).contains(workingDays.toString());
    }

    @Test
    void withoutFilesTheCalendarsAreJollydaysAlone() {
        BusinessCalendars none = BusinessCalendars.fromFiles(Optional.empty(), Optional.empty());

        assertThat(none.of(Division.ENGLAND_AND_WALES).isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(none.of(Division.ENGLAND_AND_WALES).isBusinessDay(LocalDate.of(2027, 3, 3))).isTrue();
    }

    @Test
    void anUnreadableFileStopsTheStartWithTheVariableToFix(@TempDir Path dir) {
        Optional<Path> missing = Optional.of(dir.resolve("missing.json"));

        assertThatThrownBy(() -> BusinessCalendars.fromFiles(missing, Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXTRA_BANK_HOLIDAYS_FILE");
        assertThatThrownBy(() -> BusinessCalendars.fromFiles(Optional.empty(), missing))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXTRA_WORKING_DAYS_FILE");
    }
}
