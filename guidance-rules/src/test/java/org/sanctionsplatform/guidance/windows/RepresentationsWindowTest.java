package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aCivilPenaltyCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aFixedPenaltyCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.noticeOfIntention;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.record;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.Division;

/**
 * Worked examples of the representations window (§7.1: 30 business days from the notice of intention; §13.3:
 * 15 in a fixed-penalty case), counted by hand across the 2026–27 Christmas bank holidays.
 *
 * <p>Notice on Thursday 10 December 2026. Bank holidays of England and Wales: Friday 25 December, Monday
 * 28 December (Boxing Day falls on Saturday 26th: substitute day), Friday 1 January 2027. Scotland adds
 * Monday 4 January 2027 (2 January falls on a Saturday: substitute day). Counting business days after the
 * 10th (the notice day itself does not count):
 * <pre>
 *   Dec 11            1          Jan  4  14 (E&amp;W) / holiday (Scotland)
 *   Dec 14–18         2–6        Jan  5  15 (E&amp;W) / 14 (Scotland)
 *   Dec 21–24         7–10       Jan  6  16 / 15
 *   Dec 25, 28        holidays   Jan 11–15  19–23
 *   Dec 29–31        11–13       Jan 18–22  24–28
 *   Jan  1            holiday    Jan 25  29, Jan 26  30 (E&amp;W)    Jan 27  30 (Scotland)
 * </pre>
 */
class RepresentationsWindowTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);

    @Test
    void aNoticeOfIntentionOn10December2026InEnglandAndWalesGivesUntil26January2027ForRepresentations() {
        Window window = record(aCivilPenaltyCase(Division.ENGLAND_AND_WALES), noticeOfIntention("noi-1", NOTICE))
                .the(WindowKind.REPRESENTATIONS);

        assertThat(window.startsOn()).isEqualTo(NOTICE);
        assertThat(window.dueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(window.length().describe()).isEqualTo("30 business days");
        assertThat(window.guidanceSection()).isEqualTo("7.1");
        assertThat(window.fixedPenaltyCase()).isFalse();
        assertThat(window.division()).isEqualTo(Division.ENGLAND_AND_WALES);
    }

    @Test
    void aFixedPenaltyCaseHasHalfTheTimeFifteenBusinessDaysUntil5January2027() {
        Window window = record(aFixedPenaltyCase(Division.ENGLAND_AND_WALES), noticeOfIntention("noi-1", NOTICE))
                .the(WindowKind.REPRESENTATIONS);

        assertThat(window.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(window.length().describe()).isEqualTo("15 business days");
        assertThat(window.guidanceSection()).isEqualTo("13.3");
        assertThat(window.fixedPenaltyCase()).isTrue();
    }

    @Test
    void inScotlandTheSecondOfJanuarySubstituteDayPushesTheDueDateTo27January2027() {
        Window window = record(aCivilPenaltyCase(Division.SCOTLAND), noticeOfIntention("noi-1", NOTICE))
                .the(WindowKind.REPRESENTATIONS);

        assertThat(window.dueDate()).isEqualTo(LocalDate.of(2027, 1, 27));
        assertThat(window.division()).isEqualTo(Division.SCOTLAND);
    }

    @Test
    void aScottishFixedPenaltyCaseIsDueOn6JanuaryWhereAnEnglishOneIsDueOn5January() {
        Window scottish = record(aFixedPenaltyCase(Division.SCOTLAND), noticeOfIntention("noi-1", NOTICE))
                .the(WindowKind.REPRESENTATIONS);

        assertThat(scottish.dueDate()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void northernIrelandKeepsNoSecondOfJanuarySoItMatchesEnglandAndWales() {
        Window window = record(aCivilPenaltyCase(Division.NORTHERN_IRELAND), noticeOfIntention("noi-1", NOTICE))
                .the(WindowKind.REPRESENTATIONS);

        assertThat(window.dueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
    }

    @Test
    void inWinterTheWindowEndsAt23h59m59s999InGreenwichMeanTime() {
        Window window = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).the(WindowKind.REPRESENTATIONS);

        assertThat(window.dueAt()).isEqualTo(Instant.parse("2027-01-26T23:59:59.999Z"));
    }

    @Test
    void inSummerTheWindowEndsAt23h59m59s999BritishSummerTimeWhichIs22h59UTC() {
        // Notice on Monday 1 June 2026; no bank holiday until 31 August: June 2–5 (1–4), 8–12 (5–9),
        // 15–19 (10–14), 22–26 (15–19), 29–30 (20–21), July 1–3 (22–24), 6–10 (25–29), Monday 13 July (30).
        Window window = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", LocalDate.of(2026, 6, 1)))
                .the(WindowKind.REPRESENTATIONS);

        assertThat(window.dueDate()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(window.dueAt()).isEqualTo(Instant.parse("2026-07-13T22:59:59.999Z"));
    }
}
