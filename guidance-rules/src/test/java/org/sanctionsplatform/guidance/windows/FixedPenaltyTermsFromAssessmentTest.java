package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.DUE_DATES;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aCivilPenaltyCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aFixedPenaltyCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.milestone;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.noticeOfIntention;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.Division;

/**
 * A case opened under the fixed-penalty procedure runs the halved timeframes of §13.3 only while the assessment
 * service finds it qualifies (CaseAssessed halvedWindows): not qualifying, or escalated to the full process after an
 * earlier £10,000 fixed penalty (Figure 13A), its windows run the full process's lengths.
 */
class FixedPenaltyTermsFromAssessmentTest {

    /** Thursday 10 December 2026: 15 business days in England and Wales end on Tuesday 5 January 2027, 30 on 26 January. */
    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);

    @Test
    void anEscalatedFixedPenaltyCaseHasItsRepresentationsWindowRecomputedToThirtyBusinessDays() {
        CaseFixtures.Recorded noticed = record(aFixedPenaltyCase(Division.ENGLAND_AND_WALES), noticeOfIntention("noi-1", NOTICE));
        Window halved = noticed.the(WindowKind.REPRESENTATIONS);
        assertThat(halved.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(halved.guidanceSection()).isEqualTo("13.3");

        Optional<Procedure> terms = noticed.after().termsAfter(false);
        assertThat(terms).contains(Procedure.CIVIL_MONETARY_PENALTY);
        List<WindowEvent> events = noticed.after().recomputeUnder(terms.get(), "assessment-7", DUE_DATES);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(WindowEvent.Cancelled.class, c -> {
            assertThat(c.window().id()).isEqualTo(halved.id());
            assertThat(c.window().state()).isEqualTo(WindowState.CANCELLED);
            assertThat(c.reason()).contains("full process").contains("§13.3").contains("assessment-7");
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(WindowEvent.Opened.class, o -> {
            Window full = o.window();
            assertThat(full.kind()).isEqualTo(WindowKind.REPRESENTATIONS);
            assertThat(full.startsOn()).isEqualTo(NOTICE);
            assertThat(full.dueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
            assertThat(full.guidanceSection()).isEqualTo("7.1");
            assertThat(full.fixedPenaltyCase()).isFalse();
            assertThat(full.replaces()).contains(halved.id());
            assertThat(full.id()).isNotEqualTo(halved.id());
        });

        // from now on the full process's terms: a final decision opens a 30-business-day review window (§8.1)
        CaseWindows underFullTerms = noticed.after().apply(events).underTerms(terms.get());
        assertThat(underFullTerms.termsAfter(false)).isEmpty();
        CaseFixtures.Recorded decided = record(underFullTerms, milestone(Milestone.FINAL_DECISION, "fd-1", LocalDate.of(2027, 2, 1)));
        assertThat(decided.the(WindowKind.REVIEW_REQUEST).length()).isEqualTo(new WindowLength.BusinessDays(30));
        assertThat(decided.the(WindowKind.REVIEW_REQUEST).dueDate()).isEqualTo(LocalDate.of(2027, 3, 15));

        // qualifying again (a later assessment), the open windows go back to the halved terms
        assertThat(decided.after().termsAfter(true)).contains(Procedure.FIXED_MONETARY_PENALTY);
        List<WindowEvent> back = decided.after().recomputeUnder(Procedure.FIXED_MONETARY_PENALTY, "assessment-9", DUE_DATES);
        assertThat(back).filteredOn(e -> e instanceof WindowEvent.Opened).extracting(e -> e.window().kind(), e -> e.window().length())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(WindowKind.REPRESENTATIONS, new WindowLength.BusinessDays(15)),
                        org.assertj.core.groups.Tuple.tuple(WindowKind.REVIEW_REQUEST, new WindowLength.BusinessDays(15)));
    }

    @Test
    void aHalvedWindowThatExpiredBeforeTheEscalationArrivedIsReplacedByTheFullLengthOne() {
        CaseFixtures.Recorded noticed = record(aFixedPenaltyCase(Division.ENGLAND_AND_WALES), noticeOfIntention("noi-1", NOTICE));
        Window expired = noticed.the(WindowKind.REPRESENTATIONS).withState(WindowState.EXPIRED);
        // the expiry timer fired (the state the service restores from its database) before the assessment arrived
        CaseWindows afterExpiry = CaseWindows.restore(CaseFixtures.CASE, Procedure.FIXED_MONETARY_PENALTY,
                Procedure.FIXED_MONETARY_PENALTY, Division.ENGLAND_AND_WALES, false, List.of(expired));

        List<WindowEvent> events = afterExpiry.recomputeUnder(Procedure.CIVIL_MONETARY_PENALTY, "assessment-8", DUE_DATES);

        assertThat(events).extracting(e -> e.getClass().getSimpleName(), e -> e.window().state(), e -> e.window().dueDate())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cancelled", WindowState.CANCELLED, LocalDate.of(2027, 1, 5)),
                        org.assertj.core.groups.Tuple.tuple("Opened", WindowState.OPEN, LocalDate.of(2027, 1, 26)));
    }

    @Test
    void aQualifyingFixedPenaltyCaseAndAFullProcessCaseKeepTheirTerms() {
        CaseFixtures.Recorded fixed = record(aFixedPenaltyCase(Division.SCOTLAND), noticeOfIntention("noi-1", NOTICE));
        CaseFixtures.Recorded civil = record(aCivilPenaltyCase(), noticeOfIntention("noi-1", NOTICE));

        assertThat(fixed.after().termsAfter(true)).isEmpty();
        assertThat(civil.after().termsAfter(true)).isEmpty();
        assertThat(civil.after().termsAfter(false)).isEmpty();
    }

    @Test
    void windowsThatAreTheSameUnderBothTermsAreLeftAlone() {
        CaseFixtures.Recorded finalised = record(aFixedPenaltyCase(Division.NORTHERN_IRELAND),
                milestone(Milestone.PENALTY_FINALISED, "pf-1", LocalDate.of(2027, 3, 1)));
        Window payment = finalised.the(WindowKind.PAYMENT);

        assertThat(finalised.after().recomputeUnder(Procedure.CIVIL_MONETARY_PENALTY, "assessment-3", DUE_DATES)).isEmpty();
        assertThat(finalised.the(WindowKind.PAYMENT)).isEqualTo(payment);
    }
}
