package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctionsplatform.calendar.Calendars.date;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading extra bank holidays in the GOV.UK {@code bank-holidays.json} format, strictly. */
class GovUkBankHolidaysTest {

    static final String GOV_UK_EXTRACT = """
            {"england-and-wales":{"division":"england-and-wales","events":[
               {"title":"Christmas Day","date":"2026-12-25","notes":"","bunting":true},
               {"title":"Boxing Day","date":"2026-12-28","notes":"Substitute day","bunting":true}]},
             "scotland":{"division":"scotland","events":[
               {"title":"World Cup bank holiday","date":"2026-06-15","notes":"","bunting":true},
               {"title":"2nd January","date":"2026-01-02","notes":"","bunting":true}]},
             "northern-ireland":{"division":"northern-ireland","events":[]}}
            """;

    @Test
    void aGovUkDocumentGivesEachDivisionItsEventsInDateOrder() {
        GovUkBankHolidays holidays = GovUkBankHolidays.parse(GOV_UK_EXTRACT, "extract.json");

        assertThat(holidays.holidays(Division.ENGLAND_AND_WALES)).containsExactly(
                new BankHoliday(date("2026-12-25"), "Christmas Day", BankHoliday.Origin.OPERATOR_CONFIGURED),
                new BankHoliday(date("2026-12-28"), "Boxing Day", BankHoliday.Origin.OPERATOR_CONFIGURED));
        assertThat(holidays.holidays(Division.SCOTLAND)).extracting(BankHoliday::date)
                .containsExactly(date("2026-01-02"), date("2026-06-15"));
        assertThat(holidays.holidays(Division.NORTHERN_IRELAND)).isEmpty();
        assertThat(holidays.source()).isEqualTo("extract.json");
    }

    @Test
    void aDivisionMayBeLeftOutAndEscapesAndOptionalMembersAreUnderstood() {
        GovUkBankHolidays holidays = GovUkBankHolidays.parse("""
                \uFEFF{ "scotland" : { "events" : [ { "date" : "2027-06-14", "title" : "Caf\\u00e9 \\"day\\"" } ],
                                "division" : "scotland" } }
                """, "inline");

        assertThat(holidays.holidays(Division.SCOTLAND)).singleElement()
                .isEqualTo(new BankHoliday(date("2027-06-14"), "Café \"day\"", BankHoliday.Origin.OPERATOR_CONFIGURED));
        assertThat(holidays.holidays(Division.ENGLAND_AND_WALES)).isEmpty();
    }

    @Test
    void aFileAndAStreamAreReadAsUtf8AndNamedInErrors(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("bank-holidays.json"), GOV_UK_EXTRACT, StandardCharsets.UTF_8);
        assertThat(GovUkBankHolidays.load(good).holidays(Division.SCOTLAND)).hasSize(2);
        assertThat(GovUkBankHolidays.load(new ByteArrayInputStream(GOV_UK_EXTRACT.getBytes(StandardCharsets.UTF_8)),
                "classpath:bank-holidays.json").source()).isEqualTo("classpath:bank-holidays.json");

        Path bad = Files.writeString(dir.resolve("bad.json"), GOV_UK_EXTRACT.replace("2026-06-15", "2026-06-31"));
        assertThatThrownBy(() -> GovUkBankHolidays.load(bad))
                .isInstanceOf(BankHolidaysFormatException.class)
                .hasMessageStartingWith(bad.toString() + ":")
                .hasMessageContaining("division \"scotland\", event #1 (\"World Cup bank holiday\")")
                .hasMessageContaining("\"2026-06-31\" is not a valid calendar date")
                .extracting(e -> ((BankHolidaysFormatException) e).source()).isEqualTo(bad.toString());

        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> GovUkBankHolidays.load(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());

        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, GOV_UK_EXTRACT.replace("Boxing Day", "Boxing Dé").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> GovUkBankHolidays.load(latin1))
                .isInstanceOf(BankHolidaysFormatException.class)
                .hasMessage(latin1 + ": not valid UTF-8 text");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":"X","date":"2026-02-30"}]}} | division "england-and-wales", event #1 ("X"): date "2026-02-30" is not a valid calendar date
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":"X","date":"25/12/2026"}]}} | date "25/12/2026" is not in the form yyyy-MM-dd
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":"X","date":"2026-1-5"}]}}   | date "2026-1-5" is not in the form yyyy-MM-dd
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":"X","date":20261225}]}}     | date 20261225 is not in the form yyyy-MM-dd
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":"X"}]}}                     | event #1 ("X"): missing member "date"
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":" ","date":"2026-12-25"}]}} | event #1: member "title" must be a non-blank string
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":"X","date":"2026-12-25","dates":"x"}]}} | event #1: unknown member "dates" (allowed: bunting, date, notes, title)
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":"X","date":"2026-12-25","bunting":"yes"}]}} | member "bunting" must be true or false but is "yes"
            {"england-and-wales":{"division":"england-and-wales","events":[{"title":"A","date":"2026-12-25"},{"title":"B","date":"2026-12-25"}]}} | event #2: date 2026-12-25 is already listed as event #1
            {"england":{"division":"england","events":[]}}                                                      | unknown division "england" (expected one of england-and-wales, scotland, northern-ireland)
            {"scotland":{"division":"england-and-wales","events":[]}}                                            | division "scotland": member "division" must be "scotland" but is "england-and-wales"
            {"scotland":{"division":"scotland"}}                                                                 | division "scotland": missing member "events"
            {"scotland":{"division":"scotland","events":{}}}                                                     | member "events" must be an array but is an object
            {"scotland":{"division":"scotland","events":["2026-06-15"]}}                                         | event #1: must be an object but is "2026-06-15"
            [{"title":"X","date":"2026-12-25"}]                                                                  | the top level must be an object keyed by division
            {"scotland":{"division":"scotland","events":[]}, "scotland":{"division":"scotland","events":[]}}    | malformed JSON at line 1, column 50: duplicate member name "scotland"
            {"scotland":{"division":"scotland","events":[]}                                                     | malformed JSON at line 1, column 48: expected ',' or '}' in object but found end of input
            {"scotland":{"division":"scotland","events":[],}}                                                    | expected a member name in double quotes but found '}'
            {"scotland":{"division":"scotland","events":[]}} trailing                                            | unexpected 't' after the end of the JSON document
            {'scotland':{}}                                                                                      | malformed JSON at line 1, column 2: expected a member name in double quotes but found '''
            ``                                                                                                   | unexpected end of input, expected a JSON value
            """)
    void malformedInputIsRejectedWithAMessageNamingTheProblem(String json, String expectedProblem) {
        assertThatThrownBy(() -> GovUkBankHolidays.parse(json, "ops/bank-holidays.json"))
                .isInstanceOf(BankHolidaysFormatException.class)
                .hasMessageStartingWith("ops/bank-holidays.json: ")
                .hasMessageContaining(expectedProblem);
    }

    @Test
    void syntaxErrorsGiveTheLineAndColumn() {
        String json = """
                {"scotland": {"division": "scotland",
                              "events": [{"title": "X", "date": "2026-06-15",}]}}
                """;

        assertThatThrownBy(() -> GovUkBankHolidays.parse(json, "ops.json"))
                .hasMessage("ops.json: malformed JSON at line 2, column 62: "
                        + "expected a member name in double quotes but found '}'");
    }

    @Test
    void controlCharactersInStringsAndBadEscapesAreRejected() {
        assertThatThrownBy(() -> GovUkBankHolidays.parse("{\"scotland\":{\"division\":\"scot\nland\"}}", "x"))
                .hasMessageContaining("unescaped control character U+000A in string");
        assertThatThrownBy(() -> GovUkBankHolidays.parse("{\"scot\\land\":{}}", "x"))
                .hasMessageContaining("invalid escape sequence \\l");
    }

    @Test
    void theEmptyDocumentHasNoHolidays() {
        assertThat(GovUkBankHolidays.empty().holidays(Division.SCOTLAND)).isEmpty();
        assertThat(GovUkBankHolidays.parse("{}", "empty.json").holidays(Division.ENGLAND_AND_WALES)).isEmpty();
    }
}
