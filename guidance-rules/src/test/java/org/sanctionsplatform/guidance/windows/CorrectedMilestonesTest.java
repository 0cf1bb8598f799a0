package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aCivilPenaltyCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.milestone;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.noticeOfIntention;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.record;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.representationsReceived;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.Division;

/**
 * A corrected milestone re-computes what it decided: the windows it opened run again from the corrected date, expired
 * or not; the windows it met run again for the corrected milestone to meet or not (§7.1: representations received
 * after the final day are not normally accepted), and a corrected
 * series of early-account reviews keeps the reviews that have already ended (§4.5).
 */
class CorrectedMilestonesTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);
    private static final LocalDate REPRESENTATIONS_DUE = LocalDate.of(2027, 1, 26);

    private static CaseWindows representationsReceivedOn4January() {
        CaseWindows withNotice = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).after();
        return record(withNotice, representationsReceived("rep-1", LocalDate.of(2027, 1, 4))).after();
    }

    @Test
    void aNoticeCorrectedAfterItsRepresentationsWindowExpiredRunsTheWindowAgainFromTheCorrectedDate() {
        CaseWindows withNotice = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE)).after();
        Window expired = withNotice.windowsOfKind(WindowKind.REPRESENTATIONS).get(0).withState(WindowState.EXPIRED);
        CaseWindows afterExpiry = withNotice.apply(List.of(new WindowEvent.Opened(expired)));

        // the notice was in fact sent on Thursday 7 January 2027: 30 business days from then is 18 February
        CaseFixtures.Recorded corrected = record(afterExpiry,
                noticeOfIntention("noi-1b", LocalDate.of(2027, 1, 7)).correcting("noi-1"));

        Window rerun = corrected.the(WindowKind.REPRESENTATIONS);
        assertThat(rerun.dueDate()).isEqualTo(LocalDate.of(2027, 2, 18));
        assertThat(rerun.replaces()).contains(expired.id());
        // exactly as if the correction had arrived before the expiry timer fired
        assertThat(record(withNotice, noticeOfIntention("noi-1b", LocalDate.of(2027, 1, 7)).correcting("noi-1"))
                .the(WindowKind.REPRESENTATIONS).dueDate()).isEqualTo(rerun.dueDate());
    }

    @Test
    void theMetWindowRecordsTheMilestoneThatMetIt() {
        Window representations = representationsReceivedOn4January().windowsOfKind(WindowKind.REPRESENTATIONS).get(0);

        assertThat(representations.state()).isEqualTo(WindowState.MET);
        assertThat(representations.metBy()).contains("rep-1");
    }

    @Test
    void representationsCorrectedToADayAfterTheDueDateNoLongerMeetTheWindowAndOfsisResponseIsCancelled() {
        CaseWindows met = representationsReceivedOn4January();
        Window metWindow = met.windowsOfKind(WindowKind.REPRESENTATIONS).get(0);
        Window response = met.windowsOfKind(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS).get(0);

        // they were in fact received on Wednesday 27 January, the day after the final day
        CaseFixtures.Recorded corrected = record(met,
                representationsReceived("rep-1b", REPRESENTATIONS_DUE.plusDays(1)).correcting("rep-1"));

        assertThat(corrected.events()).extracting(e -> e.getClass().getSimpleName(), e -> e.window().kind(), e -> e.window().state())
                .containsExactly(
                        tuple("Cancelled", WindowKind.REPRESENTATIONS, WindowState.CANCELLED),
                        tuple("Opened", WindowKind.REPRESENTATIONS, WindowState.OPEN),
                        tuple("Cancelled", WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS, WindowState.CANCELLED));
        assertThat(((WindowEvent.Cancelled) corrected.events().get(0)).reason())
                .isEqualTo("milestone corrected: rep-1 replaced by rep-1b");
        Window again = corrected.the(WindowKind.REPRESENTATIONS);
        assertThat(again.replaces()).contains(metWindow.id());
        assertThat(again.id()).isNotEqualTo(metWindow.id());
        assertThat(again.startsOn()).isEqualTo(NOTICE);
        assertThat(again.dueDate()).isEqualTo(REPRESENTATIONS_DUE);
        assertThat(again.dueAt()).isEqualTo(metWindow.dueAt());
        assertThat(again.openedBy()).isEqualTo("noi-1");
        assertThat(again.metBy()).isEmpty();
        assertThat(corrected.after().windows()).filteredOn(w -> w.id().equals(response.id()))
                .singleElement().extracting(Window::state).isEqualTo(WindowState.CANCELLED);
        assertThat(corrected.after().windowsOfKind(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS)).noneMatch(Window::isOpen);
    }

    @Test
    void representationsCorrectedToAnotherDayInTimeMeetTheWindowAgainAndOfsisResponseRunsOnUnchanged() {
        CaseWindows met = representationsReceivedOn4January();
        Window metWindow = met.windowsOfKind(WindowKind.REPRESENTATIONS).get(0);
        Window response = met.windowsOfKind(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS).get(0);

        CaseFixtures.Recorded corrected = record(met,
                representationsReceived("rep-1b", LocalDate.of(2027, 1, 20)).correcting("rep-1"));

        Window again = corrected.after().windowsOfKind(WindowKind.REPRESENTATIONS).stream()
                .filter(w -> w.state() == WindowState.MET).findFirst().orElseThrow();
        assertThat(again.replaces()).contains(metWindow.id());
        assertThat(again.metBy()).contains("rep-1b");
        assertThat(corrected.events()).filteredOn(e -> e instanceof WindowEvent.Met).singleElement()
                .isInstanceOfSatisfying(WindowEvent.Met.class, m -> {
                    assertThat(m.metOn()).isEqualTo(LocalDate.of(2027, 1, 20));
                    assertThat(m.metBy()).isEqualTo("REPRESENTATIONS_RECEIVED rep-1b");
                });
        // §7.1: OFSI's response runs from the final day for representations, which has not moved
        Window newResponse = corrected.the(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS);
        assertThat(newResponse.replaces()).contains(response.id());
        assertThat(newResponse.startsOn()).isEqualTo(REPRESENTATIONS_DUE);
        assertThat(newResponse.dueDate()).isEqualTo(response.dueDate());
        assertThat(newResponse.openedBy()).isEqualTo("rep-1b");
    }

    @Test
    void aCorrectionOfAMilestoneThatMetNothingLeavesTheMetWindowsAlone() {
        CaseWindows met = representationsReceivedOn4January();

        // correcting the notice: the representations window it opened is met, hence final
        CaseFixtures.Recorded corrected = record(met, noticeOfIntention("noi-1b", LocalDate.of(2026, 12, 11)).correcting("noi-1"));

        assertThat(corrected.after().windowsOfKind(WindowKind.REPRESENTATIONS)).singleElement()
                .satisfies(w -> assertThat(w.metBy()).contains("rep-1"));
        assertThat(corrected.events()).noneMatch(e -> e.window().kind() == WindowKind.REPRESENTATIONS);
    }

    @Test
    void correctedEasTermsKeepTheReviewsThatHaveEndedAndReplaceTheOpenOnesOneForOne() {
        CaseWindows agreed = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.EAS_TERMS_AGREED, "terms-1", LocalDate.of(2026, 6, 9))
                        .withDateInLetter(LocalDate.of(2026, 11, 30))).after();
        // the July review has passed (its expiry timer fired); August to November are still open
        List<Window> windows = new ArrayList<>();
        for (Window w : agreed.windows()) {
            windows.add(w.kind() == WindowKind.EAS_PROGRESS_REVIEW && w.dueDate().equals(LocalDate.of(2026, 7, 9))
                    ? new Window(w.id(), w.caseId(), w.kind(), w.subjectId(), w.guidanceSection(), w.division(),
                            w.startsOn(), w.length(), w.dueDate(), w.dueAt(), w.fixedPenaltyCase(), w.openedBy(),
                            WindowState.EXPIRED)
                    : w);
        }
        CaseWindows julyPassed = CaseWindows.restore(agreed.caseId(), agreed.procedure(), agreed.division(), false, windows);
        List<Window> before = julyPassed.windowsOfKind(WindowKind.EAS_PROGRESS_REVIEW).stream()
                .sorted(java.util.Comparator.comparing(Window::dueDate)).toList();

        // the terms were in fact agreed on Friday 12 June
        CaseFixtures.Recorded corrected = record(julyPassed, milestone(Milestone.EAS_TERMS_AGREED, "terms-1b",
                LocalDate.of(2026, 6, 12)).withDateInLetter(LocalDate.of(2026, 11, 30)).correcting("terms-1"));

        List<Window> open = corrected.after().windowsOfKind(WindowKind.EAS_PROGRESS_REVIEW).stream()
                .filter(Window::isOpen).sorted(java.util.Comparator.comparing(Window::dueDate)).toList();
        // 12 September 2026 is a Saturday (the review moves to Monday 14th); the July review is not run again
        assertThat(open).extracting(Window::dueDate, Window::replaces).containsExactly(
                tuple(LocalDate.of(2026, 8, 12), Optional.of(before.get(1).id())),
                tuple(LocalDate.of(2026, 9, 14), Optional.of(before.get(2).id())),
                tuple(LocalDate.of(2026, 10, 12), Optional.of(before.get(3).id())),
                tuple(LocalDate.of(2026, 11, 12), Optional.of(before.get(4).id())));
        assertThat(corrected.after().windowsOfKind(WindowKind.EAS_PROGRESS_REVIEW))
                .filteredOn(w -> w.id().equals(before.get(0).id())).singleElement()
                .extracting(Window::state).isEqualTo(WindowState.EXPIRED);
        assertThat(corrected.the(WindowKind.EARLY_ACCOUNT_DELIVERY).replaces()).isPresent();
    }
}
