package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aCivilPenaltyCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aFixedPenaltyCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.closure;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.noticeOfIntention;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.record;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.representationsReceived;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.Division;

/** Which windows a case's milestones open, meet, replace and cancel. */
class CaseWindowsTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);
    private static final LocalDate REPRESENTATIONS_DUE = LocalDate.of(2027, 1, 26);

    @Test
    void aNoticeOfIntentionInACivilCaseOpensRepresentationsAndSettlementDiscussionsRunningInParallel() {
        CaseFixtures.Recorded recorded = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE));

        assertThat(recorded.events()).hasSize(2).allMatch(e -> e instanceof WindowEvent.Opened);
        Window settlement = recorded.the(WindowKind.SETTLEMENT_DISCUSSIONS);
        // §6.9: the discussions commence with the notice and last 30 business days, alongside the representations
        assertThat(settlement.dueDate()).isEqualTo(REPRESENTATIONS_DUE);
        assertThat(settlement.guidanceSection()).isEqualTo("6.8–6.9");
        assertThat(settlement.length().describe()).isEqualTo("30 business days");
    }

    @Test
    void aFixedPenaltyCaseHasNoSettlementDiscussions() {
        CaseFixtures.Recorded recorded = record(aFixedPenaltyCase(Division.ENGLAND_AND_WALES), noticeOfIntention("noi-1", NOTICE));

        assertThat(recorded.after().windows()).extracting(Window::kind).containsExactly(WindowKind.REPRESENTATIONS);
    }

    @Test
    void aNoticeSentBefore9February2026FallsOutsideTheSettlementScheme() {
        CaseFixtures.Recorded recorded = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", LocalDate.of(2026, 2, 6)));

        assertThat(recorded.after().windows()).extracting(Window::kind).containsExactly(WindowKind.REPRESENTATIONS);
    }

    @Test
    void theSameNoticeDeliveredTwiceOpensItsWindowsOnce() {
        CaseFixtures.Recorded first = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE));

        CaseFixtures.Recorded again = record(first.after(), noticeOfIntention("noi-1", NOTICE));

        assertThat(again.events()).isEmpty();
        assertThat(again.after().windows()).hasSize(2);
    }

    @Test
    void aSecondNoticeWhileTheWindowIsOpenAndNotMarkedAsACorrectionOpensNothingMore() {
        CaseFixtures.Recorded first = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE));

        CaseFixtures.Recorded second = record(first.after(), noticeOfIntention("noi-2", NOTICE.plusDays(1)));

        assertThat(second.events()).isEmpty();
    }

    @Test
    void eachSubjectGetsItsOwnWindowAndItsOwnRepresentationsMeetOnlyThatWindow() {
        CaseWindows twoNotices = record(record(aCivilPenaltyCase(), noticeOfIntention("noi-a", NOTICE).forSubject("company")).after(),
                noticeOfIntention("noi-b", NOTICE).forSubject("director")).after();

        CaseFixtures.Recorded recorded = record(twoNotices,
                representationsReceived("rep-a", LocalDate.of(2027, 1, 20)).forSubject("company"));

        assertThat(recorded.events()).filteredOn(e -> e instanceof WindowEvent.Met).singleElement()
                .satisfies(met -> assertThat(met.window().subjectId()).contains("company"));
        // §7.1: OFSI's response to the company's representations runs from the end of the company's window only
        assertThat(recorded.events()).filteredOn(e -> e instanceof WindowEvent.Opened).singleElement()
                .satisfies(opened -> assertThat(opened.window()).extracting(Window::kind, w -> w.subjectId().orElseThrow())
                        .containsExactly(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS, "company"));
        assertThat(recorded.after().windowsOfKind(WindowKind.REPRESENTATIONS))
                .extracting(w -> w.subjectId().orElseThrow(), Window::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("company", WindowState.MET),
                        org.assertj.core.groups.Tuple.tuple("director", WindowState.OPEN));
    }

    @Test
    void representationsReceivedOnTheDueDateMeetTheRepresentationsWindowButNotTheSettlementDiscussions() {
        CaseWindows withNotice = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).after();

        CaseFixtures.Recorded recorded = record(withNotice, representationsReceived("rep-1", REPRESENTATIONS_DUE));

        assertThat(recorded.events()).filteredOn(e -> e instanceof WindowEvent.Met).singleElement()
                .isInstanceOfSatisfying(WindowEvent.Met.class, met -> {
            assertThat(met.window().kind()).isEqualTo(WindowKind.REPRESENTATIONS);
            assertThat(met.window().state()).isEqualTo(WindowState.MET);
            assertThat(met.metOn()).isEqualTo(REPRESENTATIONS_DUE);
            assertThat(met.metBy()).isEqualTo("REPRESENTATIONS_RECEIVED rep-1");
        });
        assertThat(recorded.the(WindowKind.SETTLEMENT_DISCUSSIONS).state()).isEqualTo(WindowState.OPEN);
    }

    @Test
    void lateRepresentationsDoNotMeetTheWindowWhichIsLeftToExpire() {
        CaseWindows withNotice = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).after();

        CaseFixtures.Recorded recorded = record(withNotice, representationsReceived("rep-1", REPRESENTATIONS_DUE.plusDays(1)));

        assertThat(recorded.events()).isEmpty();
        assertThat(recorded.the(WindowKind.REPRESENTATIONS).state()).isEqualTo(WindowState.OPEN);
    }

    @Test
    void aCorrectedNoticeCancelsTheOpenWindowsAndOpensThemAgainFromTheCorrectedDate() {
        CaseWindows withNotice = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).after();

        // the letter actually went out on Friday 11 December: one business day later, 27 January
        CaseFixtures.Recorded corrected = record(withNotice,
                noticeOfIntention("noi-1b", LocalDate.of(2026, 12, 11)).correcting("noi-1"));

        List<WindowEvent> events = corrected.events();
        assertThat(events).hasSize(4);
        assertThat(events.subList(0, 2)).allSatisfy(e -> {
            assertThat(e).isInstanceOf(WindowEvent.Cancelled.class);
            assertThat(((WindowEvent.Cancelled) e).reason()).isEqualTo("milestone corrected: noi-1 replaced by noi-1b");
        });
        assertThat(events.subList(2, 4)).allMatch(e -> e instanceof WindowEvent.Opened);
        Window representations = corrected.the(WindowKind.REPRESENTATIONS);
        assertThat(representations.startsOn()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(representations.dueDate()).isEqualTo(LocalDate.of(2027, 1, 27));
        assertThat(representations.openedBy()).isEqualTo("noi-1b");
    }

    @Test
    void aCorrectionAfterRepresentationsWereReceivedLeavesTheMetWindowAlone() {
        CaseWindows met = record(record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).after(),
                representationsReceived("rep-1", LocalDate.of(2027, 1, 4))).after();

        CaseFixtures.Recorded corrected = record(met, noticeOfIntention("noi-1b", LocalDate.of(2026, 12, 11)).correcting("noi-1"));

        assertThat(corrected.after().windowsOfKind(WindowKind.REPRESENTATIONS))
                .singleElement().extracting(Window::state).isEqualTo(WindowState.MET);
        assertThat(corrected.the(WindowKind.SETTLEMENT_DISCUSSIONS).openedBy()).isEqualTo("noi-1b");
    }

    @Test
    void closingTheCaseCancelsEveryOpenWindowAndAClosedCaseOpensNoMore() {
        CaseWindows withNotice = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).after();

        List<WindowEvent> closing = withNotice.close(closure(LocalDate.of(2027, 1, 5)));
        CaseWindows closed = withNotice.closed(closure(LocalDate.of(2027, 1, 5)));

        assertThat(closing).hasSize(2).allSatisfy(e -> {
            assertThat(e).isInstanceOf(WindowEvent.Cancelled.class);
            assertThat(((WindowEvent.Cancelled) e).reason()).isEqualTo("case closed: WARNING_ISSUED");
        });
        assertThat(closed.windows()).allMatch(w -> w.state() == WindowState.CANCELLED);
        assertThat(closed.record(noticeOfIntention("noi-2", LocalDate.of(2027, 1, 6)).build(), CaseFixtures.DUE_DATES)).isEmpty();
    }

    @Test
    void theSameNoticeAlwaysNamesTheSameWindow() {
        Window first = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).the(WindowKind.REPRESENTATIONS);
        Window second = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).the(WindowKind.REPRESENTATIONS);

        assertThat(first.id()).isEqualTo(second.id());
    }
}
