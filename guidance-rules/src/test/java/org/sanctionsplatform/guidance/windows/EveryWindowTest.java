package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.milestone;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctionsplatform.calendar.Division;

/**
 * Every window of DESIGN §4's table opened by the milestone that starts it, with its due date worked out by
 * hand across the bank holidays of each division, then met by the milestone that satisfies it.
 */
class EveryWindowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest(name = "{0}: {3} on {4} in a {1} case in {2} is due on {5} (§{6})")
    @CsvSource(delimiter = '|', textBlock = """
            # Easter 2026: Good Friday 3 April and Easter Monday 6 April are skipped
            EAS_REQUEST                 | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | INVESTIGATION_NOTICE          | 2026-03-26 | 2026-04-20 | 4.3     | 15 business days
            # the spring bank holiday, Monday 25 May 2026
            EAS_TERMS_AGREED            | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | EAS_AGREED_IN_PRINCIPLE       | 2026-05-11 | 2026-06-09 | 4.5     | 20 business days
            # Christmas Day, Boxing Day's substitute (Monday 28 December) and New Year's Day
            SETTLEMENT_INVITATION_REPLY | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | SETTLEMENT_INVITATION         | 2026-12-18 | 2027-01-06 | 6.9     | 10 business days
            SETTLEMENT_DISCUSSIONS      | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | NOTICE_OF_INTENTION           | 2026-12-10 | 2027-01-26 | 6.8–6.9 | 30 business days
            REPRESENTATIONS             | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | NOTICE_OF_INTENTION           | 2026-12-10 | 2027-01-26 | 7.1     | 30 business days
            # §13.3 halved; Scotland also keeps Monday 4 January 2027 (2 January's substitute)
            REPRESENTATIONS             | FIXED_MONETARY_PENALTY | SCOTLAND          | NOTICE_OF_INTENTION           | 2026-12-10 | 2027-01-06 | 13.3    | 15 business days
            REVIEW_REQUEST              | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | FINAL_DECISION                | 2026-03-19 | 2026-05-05 | 8.1     | 30 business days
            REVIEW_REQUEST              | FIXED_MONETARY_PENALTY | ENGLAND_AND_WALES | FINAL_DECISION                | 2026-03-19 | 2026-04-13 | 13.3    | 15 business days
            # St Patrick's Day, Tuesday 17 March 2026, is a bank holiday in Northern Ireland only
            REVIEW_REQUEST              | FIXED_MONETARY_PENALTY | NORTHERN_IRELAND  | FINAL_DECISION                | 2026-03-16 | 2026-04-09 | 13.3    | 15 business days
            REVIEW_REQUEST              | FIXED_MONETARY_PENALTY | ENGLAND_AND_WALES | FINAL_DECISION                | 2026-03-16 | 2026-04-08 | 13.3    | 15 business days
            # a target of 2 calendar months; 31 December runs to the last day of February
            REVIEW_CONCLUSION           | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | REVIEW_REQUESTED              | 2026-12-15 | 2027-02-15 | 8.2     | 2 calendar months
            REVIEW_CONCLUSION           | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | REVIEW_REQUESTED              | 2026-12-31 | 2027-02-28 | 8.2     | 2 calendar months
            # 28 days after Friday 4 December 2026 is New Year's Day: the next working day, Monday 4 January ...
            UPPER_TRIBUNAL_APPEAL       | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | REVIEW_DECIDED                | 2026-12-04 | 2027-01-04 | 9       | 28 calendar days, next working day if it ends on a non-working day
            # ... which in Scotland is itself a bank holiday, so Tuesday 5 January
            UPPER_TRIBUNAL_APPEAL       | CIVIL_MONETARY_PENALTY | SCOTLAND          | REVIEW_DECIDED                | 2026-12-04 | 2027-01-05 | 9       | 28 calendar days, next working day if it ends on a non-working day
            UPPER_TRIBUNAL_APPEAL       | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | REVIEW_DECIDED                | 2026-09-02 | 2026-09-30 | 9       | 28 calendar days, next working day if it ends on a non-working day
            # the Battle of the Boyne holiday, Monday 13 July 2026 (12 July is a Sunday), in Northern Ireland only
            PAYMENT                     | CIVIL_MONETARY_PENALTY | NORTHERN_IRELAND  | PENALTY_FINALISED             | 2026-07-02 | 2026-08-14 | 10      | 30 business days
            PAYMENT                     | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | PENALTY_FINALISED             | 2026-07-02 | 2026-08-13 | 10      | 30 business days
            PAYMENT                     | FIXED_MONETARY_PENALTY | ENGLAND_AND_WALES | PENALTY_FINALISED             | 2026-07-02 | 2026-08-13 | 10      | 30 business days
            # St Andrew's Day, Monday 30 November 2026, in Scotland only
            DISCLOSURE_REPRESENTATIONS  | CIVIL_MONETARY_PENALTY | SCOTLAND          | NOTICE_OF_INTENDED_DISCLOSURE | 2026-11-16 | 2026-12-31 | 12.2    | 30 business days
            DISCLOSURE_REPRESENTATIONS  | CIVIL_MONETARY_PENALTY | ENGLAND_AND_WALES | NOTICE_OF_INTENDED_DISCLOSURE | 2026-11-16 | 2026-12-30 | 12.2    | 30 business days
            """)
    void eachWindowIsOpenedByItsMilestoneAndFallsDueOnTheWorkedOutDay(WindowKind kind, Procedure procedure,
            Division division, Milestone start, LocalDate startDate, LocalDate dueDate, String section, String length) {
        CaseFixtures.Recorded recorded = record(aCase(procedure, division), milestone(start, "m-1", startDate));

        Window window = recorded.the(kind);
        assertThat(recorded.events()).contains(new WindowEvent.Opened(window));
        assertThat(window.startsOn()).isEqualTo(startDate);
        assertThat(window.dueDate()).isEqualTo(dueDate);
        assertThat(window.dueAt()).isEqualTo(ZonedDateTime.of(dueDate, LocalTime.of(23, 59, 59, 999_000_000), LONDON).toInstant());
        assertThat(window.guidanceSection()).isEqualTo(section);
        assertThat(window.length().describe()).isEqualTo(length);
        assertThat(window.division()).isEqualTo(division);
        assertThat(window.fixedPenaltyCase()).isEqualTo(procedure.isFixedPenalty());
        assertThat(window.openedBy()).isEqualTo("m-1");
        assertThat(window.state()).isEqualTo(WindowState.OPEN);
    }

    @Test
    void aWindowEndingInBritishSummerTimeEndsAt22h59m59s999Utc() {
        Window easRequest = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.INVESTIGATION_NOTICE, "in-1", LocalDate.of(2026, 3, 26))).the(WindowKind.EAS_REQUEST);

        assertThat(easRequest.dueAt()).isEqualTo(Instant.parse("2026-04-20T22:59:59.999Z"));
    }

    @ParameterizedTest(name = "{0} opened by {1} on {2} is met by {3} on its due day {4}")
    @CsvSource(delimiter = '|', textBlock = """
            EAS_REQUEST                 | INVESTIGATION_NOTICE          | 2026-03-26 | EAS_REQUESTED                       | 2026-04-20
            EAS_TERMS_AGREED            | EAS_AGREED_IN_PRINCIPLE       | 2026-05-11 | EAS_TERMS_AGREED                    | 2026-06-09
            SETTLEMENT_INVITATION_REPLY | SETTLEMENT_INVITATION         | 2026-12-18 | SETTLEMENT_INVITATION_ACCEPTED      | 2027-01-06
            SETTLEMENT_DISCUSSIONS      | NOTICE_OF_INTENTION           | 2026-12-10 | SETTLEMENT_AGREEMENT_SIGNED         | 2027-01-26
            REPRESENTATIONS             | NOTICE_OF_INTENTION           | 2026-12-10 | REPRESENTATIONS_RECEIVED            | 2027-01-26
            REVIEW_REQUEST              | FINAL_DECISION                | 2026-03-19 | REVIEW_REQUESTED                    | 2026-05-05
            REVIEW_CONCLUSION           | REVIEW_REQUESTED              | 2026-12-15 | REVIEW_DECIDED                      | 2027-02-15
            UPPER_TRIBUNAL_APPEAL       | REVIEW_DECIDED                | 2026-12-04 | TRIBUNAL_APPEAL_LODGED              | 2027-01-04
            PAYMENT                     | PENALTY_FINALISED             | 2026-07-02 | PAYMENT_RECEIVED                    | 2026-08-13
            DISCLOSURE_REPRESENTATIONS  | NOTICE_OF_INTENDED_DISCLOSURE | 2026-11-16 | DISCLOSURE_REPRESENTATIONS_RECEIVED | 2026-12-30
            """)
    void eachWindowIsMetByTheMilestoneThatSatisfiesItOnOrBeforeItsDueDay(WindowKind kind, Milestone start,
            LocalDate startDate, Milestone satisfying, LocalDate dueDate) {
        CaseWindows opened = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(start, "m-1", startDate)).after();

        CaseFixtures.Recorded met = record(opened, milestone(satisfying, "m-2", dueDate));

        assertThat(met.events()).filteredOn(e -> e instanceof WindowEvent.Met && e.window().kind() == kind)
                .singleElement().isInstanceOfSatisfying(WindowEvent.Met.class, e -> {
                    assertThat(e.metOn()).isEqualTo(dueDate);
                    assertThat(e.metBy()).isEqualTo(satisfying + " m-2");
                    assertThat(e.window().state()).isEqualTo(WindowState.MET);
                });
    }

    @Test
    void theUpperTribunalAppealLodgedADayLateLeavesTheWindowToExpire() {
        CaseWindows opened = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.REVIEW_DECIDED, "rd-1", LocalDate.of(2026, 12, 4))).after();

        CaseFixtures.Recorded late = record(opened, milestone(Milestone.TRIBUNAL_APPEAL_LODGED, "ta-1", LocalDate.of(2027, 1, 5)));

        assertThat(late.events()).isEmpty();
        assertThat(late.the(WindowKind.UPPER_TRIBUNAL_APPEAL).state()).isEqualTo(WindowState.OPEN);
    }

    @Test
    void settlementIsNotOfferedInAFixedPenaltyCaseSoNoInvitationReplyWindowRuns() {
        CaseFixtures.Recorded recorded = record(aCase(Procedure.FIXED_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.SETTLEMENT_INVITATION, "si-1", LocalDate.of(2026, 12, 18)));

        assertThat(recorded.events()).isEmpty();
    }

    @Test
    void ofsisResponseRuns30BusinessDaysFromTheFinalDayForRepresentationsNotFromTheirReceipt() {
        CaseWindows notice = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.NOTICE_OF_INTENTION, "noi-1", LocalDate.of(2026, 12, 10))).after();

        // representations arrive on 20 January; the window for them ends on 26 January 2027
        CaseFixtures.Recorded received = record(notice,
                milestone(Milestone.REPRESENTATIONS_RECEIVED, "rep-1", LocalDate.of(2027, 1, 20)));

        Window response = received.the(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS);
        assertThat(received.events()).contains(new WindowEvent.Opened(response));
        assertThat(response.startsOn()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(response.dueDate()).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(response.guidanceSection()).isEqualTo("7.1");
        assertThat(response.openedBy()).isEqualTo("rep-1");

        CaseFixtures.Recorded answered = record(received.after(),
                milestone(Milestone.OFSI_RESPONSE_TO_REPRESENTATIONS, "resp-1", LocalDate.of(2027, 3, 1)));
        assertThat(answered.events()).singleElement().isInstanceOfSatisfying(WindowEvent.Met.class,
                met -> assertThat(met.window().kind()).isEqualTo(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS));
    }

    @Test
    void inAScottishFixedPenaltyCaseOfsiHas15BusinessDaysAfterTheHalvedRepresentationsWindow() {
        CaseWindows notice = record(aCase(Procedure.FIXED_MONETARY_PENALTY, Division.SCOTLAND),
                milestone(Milestone.NOTICE_OF_INTENTION, "noi-1", LocalDate.of(2026, 12, 10))).after();

        Window response = record(notice, milestone(Milestone.REPRESENTATIONS_RECEIVED, "rep-1", LocalDate.of(2027, 1, 5)))
                .the(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS);

        assertThat(response.startsOn()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(response.dueDate()).isEqualTo(LocalDate.of(2027, 1, 27));
        assertThat(response.guidanceSection()).isEqualTo("13.3");
        assertThat(response.length().describe()).isEqualTo("15 business days");
    }

    @Test
    void lateRepresentationsOpenNoResponseWindowAndASecondSetDoesNotOpenASecondOne() {
        CaseWindows notice = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.NOTICE_OF_INTENTION, "noi-1", LocalDate.of(2026, 12, 10))).after();

        assertThat(record(notice, milestone(Milestone.REPRESENTATIONS_RECEIVED, "rep-late", LocalDate.of(2027, 1, 27)))
                .events()).isEmpty();

        CaseWindows received = record(notice,
                milestone(Milestone.REPRESENTATIONS_RECEIVED, "rep-1", LocalDate.of(2027, 1, 20))).after();
        assertThat(record(received, milestone(Milestone.REPRESENTATIONS_RECEIVED, "rep-2", LocalDate.of(2027, 1, 22)))
                .events()).isEmpty();
    }

    @Test
    void theEarlyAccountIsDueOnTheDateInTheEasLetterAndReviewedMonthlyOnWorkingDaysUntilThen() {
        CaseFixtures.Recorded agreed = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.EAS_TERMS_AGREED, "terms-1", LocalDate.of(2026, 6, 9))
                        .withDateInLetter(LocalDate.of(2026, 11, 30)));

        Window delivery = agreed.the(WindowKind.EARLY_ACCOUNT_DELIVERY);
        assertThat(delivery.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(delivery.dueAt()).isEqualTo(Instant.parse("2026-11-30T23:59:59.999Z"));
        assertThat(delivery.guidanceSection()).isEqualTo("4.5");
        // 9 August 2026 is a Sunday: that month's review moves to Monday 10 August; 9 December is after delivery
        List<Window> reviews = agreed.after().windowsOfKind(WindowKind.EAS_PROGRESS_REVIEW);
        assertThat(reviews).extracting(Window::dueDate).containsExactly(LocalDate.of(2026, 7, 9),
                LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 9), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 11, 9));
        assertThat(reviews).extracting(Window::startsOn).containsExactly(LocalDate.of(2026, 6, 9),
                LocalDate.of(2026, 7, 9), LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 9), LocalDate.of(2026, 10, 9));
        assertThat(reviews).extracting(w -> w.id().value()).doesNotHaveDuplicates();
        assertThat(agreed.events()).filteredOn(e -> e instanceof WindowEvent.Opened).hasSize(6);
    }

    @Test
    void withoutADateInTheLetterTheEarlyAccountIsDueAfterTheUsualSixMonths() {
        Window delivery = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.EAS_TERMS_AGREED, "terms-1", LocalDate.of(2026, 6, 9)))
                .the(WindowKind.EARLY_ACCOUNT_DELIVERY);

        assertThat(delivery.dueDate()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void deliveringTheEarlyAccountMeetsItsWindowAndEndsTheProgressReviewsStillOpen() {
        CaseWindows agreed = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.EAS_TERMS_AGREED, "terms-1", LocalDate.of(2026, 6, 9))
                        .withDateInLetter(LocalDate.of(2026, 11, 30))).after();

        CaseFixtures.Recorded delivered = record(agreed,
                milestone(Milestone.EARLY_ACCOUNT_DELIVERED, "ea-1", LocalDate.of(2026, 10, 20)));

        assertThat(delivered.events()).filteredOn(e -> e instanceof WindowEvent.Met).singleElement()
                .satisfies(e -> assertThat(e.window().kind()).isEqualTo(WindowKind.EARLY_ACCOUNT_DELIVERY));
        assertThat(delivered.events()).filteredOn(e -> e instanceof WindowEvent.Cancelled).hasSize(5)
                .allSatisfy(e -> assertThat(e.window().kind()).isEqualTo(WindowKind.EAS_PROGRESS_REVIEW));
        assertThat(delivered.after().windows()).noneMatch(Window::isOpen);
    }

    @Test
    void closingTheCaseCancelsEveryKindOfOpenWindow() {
        CaseWindows windows = aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.NORTHERN_IRELAND);
        windows = record(windows, milestone(Milestone.PENALTY_FINALISED, "pf-1", LocalDate.of(2026, 7, 2))).after();
        windows = record(windows, milestone(Milestone.NOTICE_OF_INTENDED_DISCLOSURE, "nd-1", LocalDate.of(2026, 7, 3))).after();

        List<WindowEvent> cancelled = windows.close(new CaseEvent.Closed(CaseFixtures.CASE, LocalDate.of(2026, 7, 6), "PENALTY_PAID"));

        assertThat(cancelled).extracting(e -> e.window().kind())
                .containsExactlyInAnyOrder(WindowKind.PAYMENT, WindowKind.DISCLOSURE_REPRESENTATIONS);
        assertThat(cancelled).allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(WindowEvent.Cancelled.class,
                c -> assertThat(c.reason()).isEqualTo("case closed: PENALTY_PAID")));
    }

    @Test
    void aCorrectedFinalDecisionDateReplacesTheReviewRequestWindowWithOneThatSaysWhichItReplaces() {
        CaseFixtures.Recorded first = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.FINAL_DECISION, "fd-1", LocalDate.of(2026, 3, 19)));
        Window original = first.the(WindowKind.REVIEW_REQUEST);

        CaseFixtures.Recorded corrected = record(first.after(),
                milestone(Milestone.FINAL_DECISION, "fd-2", LocalDate.of(2026, 3, 20)).correcting("fd-1"));

        Window recomputed = corrected.the(WindowKind.REVIEW_REQUEST);
        assertThat(corrected.events()).hasSize(2);
        assertThat(corrected.events().get(0)).isInstanceOfSatisfying(WindowEvent.Cancelled.class, c -> {
            assertThat(c.window().id()).isEqualTo(original.id());
            assertThat(c.reason()).isEqualTo("milestone corrected: fd-1 replaced by fd-2");
        });
        assertThat(corrected.events().get(1)).isEqualTo(new WindowEvent.Opened(recomputed));
        assertThat(recomputed.replaces()).contains(original.id());
        assertThat(recomputed.dueDate()).isEqualTo(LocalDate.of(2026, 5, 6));
    }
}
