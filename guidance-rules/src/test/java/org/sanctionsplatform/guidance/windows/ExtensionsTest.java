package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.extensionAgreed;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.milestone;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.Division;

/**
 * Extensions (§4.3, §4.6, §6.9, §7.1, §8.1, §8.2, chapter 10, §12.2): settlement discussions by at most 10 business
 * days in total, the other windows the guidance lets OFSI extend on a recorded reason, the settlement invitation reply,
 * the progress reviews and the Upper Tribunal's appeal window not at all. A
 * notice of intention on Thursday 10 December 2026 (England and Wales) opens both the settlement discussions
 * and the representations window until Tuesday 26 January 2027.
 */
class ExtensionsTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);
    private static final LocalDate DUE = LocalDate.of(2027, 1, 26);
    private static final LocalDate AGREED = LocalDate.of(2027, 1, 20);

    private final CaseWindows notice = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
            milestone(Milestone.NOTICE_OF_INTENTION, "noi-1", NOTICE)).after();

    @Test
    void settlementDiscussionsExtendedByTheFullTenBusinessDaysRunTo9February2027() {
        CaseFixtures.Recorded extended = record(notice,
                extensionAgreed("ext-1", AGREED, WindowKind.SETTLEMENT_DISCUSSIONS, 10, "settlement imminent"));

        Window settlement = extended.the(WindowKind.SETTLEMENT_DISCUSSIONS);
        assertThat(settlement.dueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(settlement.dueAt()).isEqualTo(Instant.parse("2027-02-09T23:59:59.999Z"));
        assertThat(settlement.extendedBusinessDays()).isEqualTo(10);
        assertThat(extended.events()).singleElement().isInstanceOfSatisfying(WindowEvent.Extended.class, e -> {
            assertThat(e.window()).isEqualTo(settlement);
            assertThat(e.decision().previousDueDate()).isEqualTo(DUE);
            assertThat(e.decision().dueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
            assertThat(e.decision().requestedBusinessDays()).isEqualTo(10);
            assertThat(e.decision().reason()).isEqualTo("settlement imminent");
            assertThat(e.decision().granted()).isTrue();
        });
        // the representations window runs on: only the settlement discussions were extended
        assertThat(extended.the(WindowKind.REPRESENTATIONS).dueDate()).isEqualTo(DUE);
    }

    @Test
    void settlementDiscussionsAreNotExtendedByElevenBusinessDays() {
        CaseFixtures.Recorded refused = record(notice,
                extensionAgreed("ext-1", AGREED, WindowKind.SETTLEMENT_DISCUSSIONS, 11, "settlement imminent"));

        Window settlement = refused.the(WindowKind.SETTLEMENT_DISCUSSIONS);
        assertThat(settlement.dueDate()).isEqualTo(DUE);
        assertThat(settlement.extendedBusinessDays()).isZero();
        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(WindowEvent.ExtensionRefused.class, e ->
                assertThat(e.decision().refusal()).contains("the SETTLEMENT_DISCUSSIONS window may be extended by at most "
                        + "10 business days in total (§6.9); 0 already granted, 11 more would make 11"));
        assertThat(settlement.extensions()).singleElement().satisfies(d -> {
            assertThat(d.granted()).isFalse();
            assertThat(d.milestoneId()).isEqualTo("ext-1");
            assertThat(d.dueDate()).isEqualTo(DUE);
        });
    }

    @Test
    void twoSettlementExtensionsMayNotTogetherExceedTenBusinessDays() {
        CaseFixtures.Recorded first = record(notice,
                extensionAgreed("ext-1", AGREED, WindowKind.SETTLEMENT_DISCUSSIONS, 6, "drafting the agreement"));
        assertThat(first.the(WindowKind.SETTLEMENT_DISCUSSIONS).dueDate()).isEqualTo(LocalDate.of(2027, 2, 3));

        CaseFixtures.Recorded second = record(first.after(),
                extensionAgreed("ext-2", LocalDate.of(2027, 2, 1), WindowKind.SETTLEMENT_DISCUSSIONS, 5, "signatory ill"));

        assertThat(second.events()).singleElement().isInstanceOf(WindowEvent.ExtensionRefused.class);
        Window settlement = second.the(WindowKind.SETTLEMENT_DISCUSSIONS);
        assertThat(settlement.dueDate()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(settlement.extendedBusinessDays()).isEqualTo(6);
        assertThat(settlement.extensions()).extracting(ExtensionDecision::milestoneId, ExtensionDecision::granted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ext-1", true),
                        org.assertj.core.groups.Tuple.tuple("ext-2", false));

        CaseFixtures.Recorded third = record(second.after(),
                extensionAgreed("ext-3", LocalDate.of(2027, 2, 1), WindowKind.SETTLEMENT_DISCUSSIONS, 4, "signatory ill"));
        assertThat(third.events()).singleElement().isInstanceOf(WindowEvent.Extended.class);
        assertThat(third.the(WindowKind.SETTLEMENT_DISCUSSIONS).dueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
    }

    @Test
    void theRepresentationsWindowIsExtendedOnARecordedReasonByAsMuchAsAgreed() {
        CaseFixtures.Recorded extended = record(notice,
                extensionAgreed("ext-1", AGREED, WindowKind.REPRESENTATIONS, 15, "evidence of illness of the director"));

        Window representations = extended.the(WindowKind.REPRESENTATIONS);
        // 15 business days after 26 January 2027: 16 February
        assertThat(representations.dueDate()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(extended.events()).singleElement().isInstanceOf(WindowEvent.Extended.class);
    }

    @Test
    void anExtensionWithoutAReasonIsRefused() {
        CaseFixtures.Recorded refused = record(notice, extensionAgreed("ext-1", AGREED, WindowKind.REPRESENTATIONS, 5, " "));

        assertThat(refused.the(WindowKind.REPRESENTATIONS).dueDate()).isEqualTo(DUE);
        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(WindowEvent.ExtensionRefused.class, e ->
                assertThat(e.decision().refusal()).hasValueSatisfying(r -> assertThat(r).contains("recorded reason")));
    }

    @Test
    void ofsisResponseAndTheReviewRequestAreExtendableOnAReason() {
        CaseWindows received = record(notice,
                milestone(Milestone.REPRESENTATIONS_RECEIVED, "rep-1", AGREED)).after();
        CaseFixtures.Recorded response = record(received, extensionAgreed("ext-1", LocalDate.of(2027, 3, 1),
                WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS, 10, "necessary for a fair assessment"));
        assertThat(response.the(WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS).dueDate()).isEqualTo(LocalDate.of(2027, 3, 23));

        CaseWindows decided = record(aCase(Procedure.FIXED_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.FINAL_DECISION, "fd-1", LocalDate.of(2026, 3, 19))).after();
        CaseFixtures.Recorded review = record(decided, extensionAgreed("ext-2", LocalDate.of(2026, 4, 1),
                WindowKind.REVIEW_REQUEST, 5, "exceptional circumstances: flood at the offices"));
        // 13 April 2026 plus 5 business days
        assertThat(review.the(WindowKind.REVIEW_REQUEST).dueDate()).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void paymentIsExtendedWhenOfsiAgreesThePaymentTiming() {
        CaseWindows finalised = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.PENALTY_FINALISED, "pf-1", LocalDate.of(2026, 7, 2))).after();

        CaseFixtures.Recorded extended = record(finalised,
                extensionAgreed("ext-1", LocalDate.of(2026, 7, 10), WindowKind.PAYMENT, 5, "cash flow"));

        // chapter 10: "We can discuss payment timing"; 13 August 2026 plus 5 business days
        assertThat(extended.the(WindowKind.PAYMENT).dueDate()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(extended.events()).singleElement().isInstanceOf(WindowEvent.Extended.class);
    }

    @Test
    void aPaymentWindowOpenedAgainByALaterFinalisationIsTheOneAnExtensionMeans() {
        // the penalty finalised on 2 March 2026 (payment due 15 April), then finalised again on 16 April (due 2 June)
        CaseWindows twice = record(record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.PENALTY_FINALISED, "pf-1", LocalDate.of(2026, 3, 2))).after(),
                milestone(Milestone.PENALTY_FINALISED, "pf-2", LocalDate.of(2026, 4, 16))).after();
        assertThat(twice.windowsOfKind(WindowKind.PAYMENT)).hasSize(2);
        var agreed = extensionAgreed("ext-1", LocalDate.of(2026, 4, 16), WindowKind.PAYMENT, 1, "payment timing")
                .build();

        // the window now running is extended; the earlier one (closed on the day agreed) is neither extended nor
        // refused, so intake, which asks whether any window refuses, accepts what the deadline service grants
        assertThat(twice.record(agreed, CaseFixtures.DUE_DATES)).singleElement()
                .isInstanceOfSatisfying(WindowEvent.Extended.class, e -> {
                    assertThat(e.window().openedBy()).isEqualTo("pf-2");
                    assertThat(e.window().dueDate()).isEqualTo(LocalDate.of(2026, 6, 2));
                });
        assertThat(twice.extensionRefusal(agreed, CaseFixtures.DUE_DATES)).isEmpty();
    }

    @Test
    void anExtensionAgreedBeforeTheLaterWindowStartedIsOfTheEarlierOne() {
        CaseWindows twice = record(record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.PENALTY_FINALISED, "pf-1", LocalDate.of(2026, 3, 2))).after(),
                milestone(Milestone.PENALTY_FINALISED, "pf-2", LocalDate.of(2026, 4, 16))).after();

        // agreed on 10 April, recorded after the second finalisation: the window running on 10 April is extended
        assertThat(twice.record(extensionAgreed("ext-1", LocalDate.of(2026, 4, 10), WindowKind.PAYMENT, 5,
                "payment timing").build(), CaseFixtures.DUE_DATES)).singleElement()
                .isInstanceOfSatisfying(WindowEvent.Extended.class, e -> {
                    assertThat(e.window().openedBy()).isEqualTo("pf-1");
                    assertThat(e.window().dueDate()).isEqualTo(LocalDate.of(2026, 4, 22));
                });
    }

    @Test
    void theUpperTribunalsAppealWindowIsNotOfsisToExtend() {
        CaseWindows decided = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.REVIEW_DECIDED, "rd-1", LocalDate.of(2026, 7, 2))).after();

        CaseFixtures.Recorded refused = record(decided,
                extensionAgreed("ext-1", LocalDate.of(2026, 7, 10), WindowKind.UPPER_TRIBUNAL_APPEAL, 5, "counsel away"));

        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(WindowEvent.ExtensionRefused.class, e ->
                assertThat(e.decision().refusal()).contains("the UPPER_TRIBUNAL_APPEAL window cannot be extended: the 28 "
                        + "days to appeal are set by the Upper Tribunal's procedure rules, not by OFSI (chapter 9)"));
    }

    @Test
    void anExtensionAgreedInTimeButRecordedAfterTheExpiryFiredRunsTheWindowAgainExtended() {
        // the representations window expired at the end of 26 January; an extension agreed that day arrives later
        Window representations = notice.windowsOfKind(WindowKind.REPRESENTATIONS).get(0);
        CaseWindows expired = notice.apply(java.util.List.of(new WindowEvent.Opened(
                representations.withState(WindowState.EXPIRED))));

        CaseFixtures.Recorded extended = record(expired,
                extensionAgreed("ext-1", DUE, WindowKind.REPRESENTATIONS, 5, "evidence of illness"));

        assertThat(extended.events()).hasSize(3);
        assertThat(extended.events().get(0)).isInstanceOfSatisfying(WindowEvent.Cancelled.class, e ->
                assertThat(e.window().id()).isEqualTo(representations.id()));
        assertThat(extended.events().get(1)).isInstanceOfSatisfying(WindowEvent.Opened.class, e ->
                assertThat(e.window().replaces()).contains(representations.id()));
        assertThat(extended.events().get(2)).isInstanceOfSatisfying(WindowEvent.Extended.class, e -> {
            assertThat(e.window().state()).isEqualTo(WindowState.OPEN);
            assertThat(e.window().replaces()).contains(representations.id());
            assertThat(e.window().dueDate()).isEqualTo(LocalDate.of(2027, 2, 2));
            assertThat(e.decision().previousDueDate()).isEqualTo(DUE);
        });
        // the same extension applied before the expiry fired gives the same due date
        assertThat(record(notice, extensionAgreed("ext-1", DUE, WindowKind.REPRESENTATIONS, 5, "evidence of illness"))
                .the(WindowKind.REPRESENTATIONS).dueDate()).isEqualTo(LocalDate.of(2027, 2, 2));
    }

    @Test
    void anExtensionAgreedAfterAnExpiredWindowClosedIsRefusedWithItsDate() {
        Window representations = notice.windowsOfKind(WindowKind.REPRESENTATIONS).get(0);
        CaseWindows expired = notice.apply(java.util.List.of(new WindowEvent.Opened(
                representations.withState(WindowState.EXPIRED))));

        CaseFixtures.Recorded refused = record(expired,
                extensionAgreed("ext-1", DUE.plusDays(1), WindowKind.REPRESENTATIONS, 5, "late evidence"));

        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(WindowEvent.ExtensionRefused.class, e ->
                assertThat(e.decision().refusal()).contains("agreed on 2027-01-27, after the window closed at the end of 2027-01-26"));
    }

    @Test
    void extendingTheEarlyAccountDeliveryContinuesTheMonthlyReviewsToTheNewDate() {
        CaseWindows agreed = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, Division.ENGLAND_AND_WALES),
                milestone(Milestone.EAS_TERMS_AGREED, "terms-1", LocalDate.of(2026, 6, 9))
                        .withDateInLetter(LocalDate.of(2026, 9, 30))).after();
        assertThat(agreed.windowsOfKind(WindowKind.EAS_PROGRESS_REVIEW)).extracting(Window::dueDate)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 7, 9), LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 9));

        // §4.6: genuine progress and unforeseen complexity; 30 September plus 30 business days is 11 November
        CaseFixtures.Recorded extended = record(agreed, extensionAgreed("ext-1", LocalDate.of(2026, 9, 20),
                WindowKind.EARLY_ACCOUNT_DELIVERY, 30, "unforeseen complexity: a second group entity"));

        assertThat(extended.the(WindowKind.EARLY_ACCOUNT_DELIVERY).dueDate()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(extended.events()).filteredOn(WindowEvent.Opened.class::isInstance).extracting(e -> e.window().dueDate())
                .containsExactly(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 11, 9));
        assertThat(extended.after().windowsOfKind(WindowKind.EAS_PROGRESS_REVIEW)).hasSize(5)
                .extracting(w -> w.id().value()).doesNotHaveDuplicates();
    }

    @Test
    void anExtensionAgreedAfterTheWindowClosedIsRefused() {
        CaseFixtures.Recorded refused = record(notice,
                extensionAgreed("ext-1", DUE.plusDays(1), WindowKind.REPRESENTATIONS, 5, "late evidence"));

        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(WindowEvent.ExtensionRefused.class, e ->
                assertThat(e.decision().refusal()).contains("agreed on 2027-01-27, after the window closed at the end of 2027-01-26"));
    }

    @Test
    void anExtensionOfAWindowAlreadyMetIsRefusedAndKeptOnThatWindow() {
        CaseWindows received = record(notice, milestone(Milestone.REPRESENTATIONS_RECEIVED, "rep-1", AGREED)).after();

        CaseFixtures.Recorded refused = record(received,
                extensionAgreed("ext-1", AGREED, WindowKind.REPRESENTATIONS, 5, "more evidence"));

        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(WindowEvent.ExtensionRefused.class, e -> {
            assertThat(e.window().state()).isEqualTo(WindowState.MET);
            assertThat(e.decision().refusal()).contains("the REPRESENTATIONS window is MET, not open");
        });
    }

    @Test
    void anExtensionDeliveredTwiceExtendsOnce() {
        CaseFixtures.Recorded once = record(notice,
                extensionAgreed("ext-1", AGREED, WindowKind.REPRESENTATIONS, 5, "evidence"));

        CaseFixtures.Recorded twice = record(once.after(),
                extensionAgreed("ext-1", AGREED, WindowKind.REPRESENTATIONS, 5, "evidence"));

        assertThat(twice.events()).isEmpty();
        assertThat(twice.the(WindowKind.REPRESENTATIONS).dueDate()).isEqualTo(LocalDate.of(2027, 2, 2));
    }

    @Test
    void anExtensionOfAWindowTheCaseNeverHadChangesNothingAndSaysWhy() {
        var extension = extensionAgreed("ext-1", AGREED, WindowKind.REVIEW_REQUEST, 5, "evidence").build();

        assertThat(notice.record(extension, CaseFixtures.DUE_DATES)).isEmpty();
        assertThat(notice.extensionRefusal(extension, CaseFixtures.DUE_DATES).map(ExtensionRefusal::reason)).contains("the case has no REVIEW_REQUEST "
                + "window to extend: it opens with the FINAL_DECISION (§8.1)");
    }

    @Test
    void intakeLearnsTheRefusalTheDeadlineServiceWouldKeepOnTheWindow() {
        var tooLong = extensionAgreed("ext-1", AGREED, WindowKind.SETTLEMENT_DISCUSSIONS, 11, "settlement imminent").build();
        var allowed = extensionAgreed("ext-2", AGREED, WindowKind.SETTLEMENT_DISCUSSIONS, 10, "settlement imminent").build();

        assertThat(notice.extensionRefusal(tooLong, CaseFixtures.DUE_DATES)).contains(new ExtensionRefusal("extensionBusinessDays", "the SETTLEMENT_DISCUSSIONS window "
                + "may be extended by at most 10 business days in total (§6.9); 0 already granted, 11 more would make 11"));
        assertThat(notice.extensionRefusal(allowed, CaseFixtures.DUE_DATES)).isEmpty();
    }

    @Test
    void aWindowRecomputedAfterACorrectionKeepsTheExtensionGrantedToTheOneItReplaces() {
        CaseFixtures.Recorded extended = record(notice,
                extensionAgreed("ext-1", AGREED, WindowKind.REPRESENTATIONS, 10, "evidence"));
        Window before = extended.the(WindowKind.REPRESENTATIONS);

        CaseFixtures.Recorded corrected = record(extended.after(),
                milestone(Milestone.NOTICE_OF_INTENTION, "noi-2", NOTICE.plusDays(1)).correcting("noi-1"));

        Window recomputed = corrected.the(WindowKind.REPRESENTATIONS);
        // 30 business days from Friday 11 December 2026 is 27 January 2027, plus the 10 granted: 10 February
        assertThat(recomputed.dueDate()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(recomputed.extendedBusinessDays()).isEqualTo(10);
        assertThat(recomputed.replaces()).isEqualTo(Optional.of(before.id()));
        assertThat(recomputed.extensions()).extracting(ExtensionDecision::milestoneId).containsExactly("ext-1");
        assertThat(corrected.the(WindowKind.SETTLEMENT_DISCUSSIONS).dueDate()).isEqualTo(LocalDate.of(2027, 1, 27));
    }

    @Test
    void aCorrectedExtensionReplacesTheOneItCorrects() {
        CaseFixtures.Recorded extended = record(notice,
                extensionAgreed("ext-1", AGREED, WindowKind.REPRESENTATIONS, 10, "evidence"));
        assertThat(extended.the(WindowKind.REPRESENTATIONS).dueDate()).isEqualTo(LocalDate.of(2027, 2, 9));

        CaseFixtures.Recorded corrected = record(extended.after(),
                extensionAgreed("ext-2", AGREED, WindowKind.REPRESENTATIONS, 5, "evidence").correcting("ext-1"));

        Window representations = corrected.the(WindowKind.REPRESENTATIONS);
        assertThat(representations.dueDate()).isEqualTo(LocalDate.of(2027, 2, 2));
        assertThat(representations.extendedBusinessDays()).isEqualTo(5);
        assertThat(corrected.events()).singleElement().isInstanceOfSatisfying(WindowEvent.Extended.class, e -> {
            assertThat(e.decision().previousDueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
            assertThat(e.decision().dueDate()).isEqualTo(LocalDate.of(2027, 2, 2));
            assertThat(e.decision().reason()).isEqualTo("evidence (corrects ext-1, which granted 10 business days)");
        });
    }

    @Test
    void aCorrectedSettlementExtensionIsHeldToTheTenDayCapWithoutCountingTheOneItReplaces() {
        CaseWindows eight = record(notice,
                extensionAgreed("ext-1", AGREED, WindowKind.SETTLEMENT_DISCUSSIONS, 8, "settlement imminent")).after();

        CaseFixtures.Recorded ten = record(eight, extensionAgreed("ext-2", AGREED, WindowKind.SETTLEMENT_DISCUSSIONS, 10,
                "settlement imminent").correcting("ext-1"));
        assertThat(ten.the(WindowKind.SETTLEMENT_DISCUSSIONS).dueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(ten.the(WindowKind.SETTLEMENT_DISCUSSIONS).extendedBusinessDays()).isEqualTo(10);

        CaseFixtures.Recorded eleven = record(eight, extensionAgreed("ext-3", AGREED, WindowKind.SETTLEMENT_DISCUSSIONS, 11,
                "settlement imminent").correcting("ext-1"));
        assertThat(eleven.events()).singleElement().isInstanceOf(WindowEvent.ExtensionRefused.class);
        // refused, the extension it would have corrected stands: 8 business days after 26 January 2027
        assertThat(eleven.the(WindowKind.SETTLEMENT_DISCUSSIONS).dueDate()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(eleven.the(WindowKind.SETTLEMENT_DISCUSSIONS).extendedBusinessDays()).isEqualTo(8);
    }
}
