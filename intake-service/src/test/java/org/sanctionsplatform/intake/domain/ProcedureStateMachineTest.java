package org.sanctionsplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.Milestone.*;
import static org.sanctionsplatform.intake.domain.CaseFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;

/** The procedure as a state machine: which step may follow which (chapters 4, 6.8–6.9, 7–10, 12). */
class ProcedureStateMachineTest {

    /** Each step, the step it needs first, and the guidance that says so. */
    static Stream<Arguments> stepsAndWhatTheyNeedFirst() {
        return Stream.of(
                Arguments.of(EAS_AGREED_IN_PRINCIPLE, EAS_REQUESTED, "§4.5"),
                Arguments.of(EAS_TERMS_AGREED, EAS_AGREED_IN_PRINCIPLE, "§4.5"),
                Arguments.of(EARLY_ACCOUNT_DELIVERED, EAS_TERMS_AGREED, "§4.6–4.7"),
                Arguments.of(SETTLEMENT_INVITATION_ACCEPTED, SETTLEMENT_INVITATION, "§6.9"),
                Arguments.of(SETTLEMENT_AGREEMENT_SIGNED, NOTICE_OF_INTENTION, "§6.8–6.9"),
                Arguments.of(REPRESENTATIONS_RECEIVED, NOTICE_OF_INTENTION, "§7.1"),
                Arguments.of(OFSI_RESPONSE_TO_REPRESENTATIONS, REPRESENTATIONS_RECEIVED, "§7.1"),
                Arguments.of(FINAL_DECISION, NOTICE_OF_INTENTION, "§7.1, §8.1"),
                Arguments.of(REVIEW_REQUESTED, FINAL_DECISION, "§8.1"),
                Arguments.of(REVIEW_DECIDED, REVIEW_REQUESTED, "§8.2"),
                Arguments.of(TRIBUNAL_APPEAL_LODGED, REVIEW_DECIDED, "chapter 9"),
                Arguments.of(TRIBUNAL_DECIDED, TRIBUNAL_APPEAL_LODGED, "chapter 9"),
                Arguments.of(PENALTY_FINALISED, NOTICE_OF_INTENTION, "§7.1, §8.2, chapter 10"),
                Arguments.of(PAYMENT_RECEIVED, PENALTY_FINALISED, "chapter 10"),
                Arguments.of(DISCLOSURE_REPRESENTATIONS_RECEIVED, NOTICE_OF_INTENDED_DISCLOSURE, "§12.2"),
                Arguments.of(DISCLOSURE_DECIDED, NOTICE_OF_INTENDED_DISCLOSURE, "§12.2"));
    }

    @ParameterizedTest(name = "{0} is refused before {1} ({2})")
    @MethodSource("stepsAndWhatTheyNeedFirst")
    void aStepIsRefusedUntilTheStepItNeedsHasHappened(Milestone step, Milestone needed, String section) {
        Rejection rejection = rejection(anOpenCase().recordMilestone(milestone(step, OPENED_ON.plusDays(10)), recorder(), CaseFixture.WINDOWS));

        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(rejection.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("milestone");
            assertThat(v.reason()).contains(step + " needs a").contains(needed.name()).contains(section);
        });
    }

    @ParameterizedTest(name = "{0} is accepted after {1}")
    @MethodSource("stepsAndWhatTheyNeedFirst")
    void aStepIsAcceptedOnceTheStepItNeedsHasHappened(Milestone step, Milestone needed, String section) {
        BreachCase breachCase = withMilestones(anOpenCase(), pathTo(needed));

        Outcome outcome = breachCase.recordMilestone(milestone(step, OPENED_ON.plusDays(30)), recorder(), CaseFixture.WINDOWS);

        assertThat(events(outcome)).singleElement().isInstanceOfSatisfying(CaseEvent.ProcedureMilestoneRecorded.class,
                e -> assertThat(e.milestone().milestone()).isEqualTo(step));
    }

    @Test
    void paymentMayAlsoFollowTheFinalDecisionDirectly() {
        BreachCase decided = withMilestones(anOpenCase(), NOTICE_OF_INTENTION, FINAL_DECISION);

        assertThat(decided.recordMilestone(milestone(PAYMENT_RECEIVED, OPENED_ON.plusDays(20)), recorder(), CaseFixture.WINDOWS).isAccepted()).isTrue();
    }

    @Test
    void stepsWithoutPrerequisitesCanStartTheProcedure() {
        for (Milestone first : List.of(INVESTIGATION_NOTICE, EAS_REQUESTED, SETTLEMENT_INVITATION, NOTICE_OF_INTENTION,
                NOTICE_OF_INTENDED_DISCLOSURE)) {
            assertThat(anOpenCase().recordMilestone(milestone(first, OPENED_ON), recorder(), CaseFixture.WINDOWS).isAccepted())
                    .as(first.name()).isTrue();
        }
    }

    @Test
    void aStepCannotBeDatedBeforeTheStepItNeeds() {
        BreachCase noticeGiven = accepted(anOpenCase().recordMilestone(milestone(NOTICE_OF_INTENTION, LocalDate.of(2026, 4, 1)), recorder(), CaseFixture.WINDOWS));

        Rejection rejection = rejection(noticeGiven.recordMilestone(milestone(FINAL_DECISION, LocalDate.of(2026, 3, 20)), recorder(), CaseFixture.WINDOWS));

        assertThat(rejection.violations()).extracting(Violation::reason).containsExactly(
                "FINAL_DECISION on 2026-03-20 cannot come before the NOTICE_OF_INTENTION of 2026-04-01 (§7.1, §8.1)");
    }

    @Test
    void aMilestoneIsDatedWithinTheLifeOfTheCase() {
        Rejection beforeOpening = rejection(anOpenCase().recordMilestone(milestone(NOTICE_OF_INTENTION, OPENED_ON.minusDays(1)), recorder(), CaseFixture.WINDOWS));
        Rejection inTheFuture = rejection(anOpenCase().recordMilestone(milestone(NOTICE_OF_INTENTION, TODAY.plusDays(1)), recorder(), CaseFixture.WINDOWS));

        assertThat(beforeOpening.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(beforeOpening.violations()).containsExactly(
                new Violation("occurredOn", "must not be before the case was opened (2026-03-02)"));
        assertThat(inTheFuture.violations()).containsExactly(
                new Violation("occurredOn", "must not be in the future (today is 2026-06-15)"));
    }

    @Test
    void nothingIsRecordedAfterTheCaseIsClosed() {
        BreachCase closed = accepted(anOpenCase().close(new CloseCase(OPENED_ON.plusDays(5), CaseClosureReason.NO_BREACH, null), recorder()));

        Rejection rejection = rejection(closed.recordMilestone(milestone(NOTICE_OF_INTENTION, OPENED_ON.plusDays(6)), recorder(), CaseFixture.WINDOWS));

        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(rejection.violations()).singleElement().satisfies(v -> assertThat(v.reason())
                .isEqualTo("case OFSI-2026-000001 was closed on 2026-03-07 (NO_BREACH): nothing more can be recorded"));
        assertThat(rejection(closed.recordBreach(aBreachBy("S-1"), recorder())).kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(rejection(closed.close(new CloseCase(TODAY, CaseClosureReason.OTHER, "again"), recorder())).kind())
                .isEqualTo(Rejection.Kind.REFUSED);
    }

    @Test
    void aNoticeOfIntentionIsGivenOnceButCanBeCorrected() {
        BreachCase noticeGiven = withMilestones(anOpenCase(), NOTICE_OF_INTENTION);
        ProcedureMilestone notice = noticeGiven.milestones().get(0);

        Rejection again = rejection(noticeGiven.recordMilestone(milestone(NOTICE_OF_INTENTION, OPENED_ON.plusDays(9)), recorder(), CaseFixture.WINDOWS));
        BreachCase corrected = accepted(noticeGiven.recordMilestone(new RecordMilestone(NOTICE_OF_INTENTION,
                OPENED_ON.plusDays(9), null, notice.milestoneId().value(), null, null, null, "letter was dated the 11th"), recorder(), CaseFixture.WINDOWS));

        assertThat(again.violations()).extracting(Violation::reason).singleElement().asString()
                .startsWith("a NOTICE_OF_INTENTION was already recorded on 2026-03-03").contains("correctsMilestoneId");
        assertThat(corrected.standingMilestones()).singleElement()
                .satisfies(m -> assertThat(m.occurredOn()).isEqualTo(OPENED_ON.plusDays(9)));
        assertThat(corrected.milestone(notice.milestoneId().value()).orElseThrow().stands()).isFalse();
    }

    @Test
    void aCorrectionIsOfTheSameStepAndMustKeepLaterStepsInOrder() {
        BreachCase decided = withMilestones(anOpenCase(), NOTICE_OF_INTENTION, FINAL_DECISION);
        String noticeId = decided.milestones().get(0).milestoneId().value();

        Rejection otherStep = rejection(decided.recordMilestone(new RecordMilestone(FINAL_DECISION, OPENED_ON.plusDays(5),
                null, noticeId, null, null, null, null), recorder(), CaseFixture.WINDOWS));
        Rejection outOfOrder = rejection(decided.recordMilestone(new RecordMilestone(NOTICE_OF_INTENTION, OPENED_ON.plusDays(5),
                null, noticeId, null, null, null, null), recorder(), CaseFixture.WINDOWS));

        assertThat(otherStep.violations()).containsExactly(new Violation("correctsMilestoneId",
                "is a NOTICE_OF_INTENTION; a correction must be of the same milestone"));
        assertThat(outOfOrder.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("occurredOn");
            assertThat(v.reason()).contains("FINAL_DECISION of 2026-03-04 out of order");
        });
    }

    @Test
    void anOfficerHasAProcedureOfTheirOwn() {
        BreachCase breachCase = aCaseAgainstACompanyAndItsDirector();
        BreachCase companyNoticed = accepted(breachCase.recordMilestone(milestone(NOTICE_OF_INTENTION, OPENED_ON.plusDays(1), "S-1"), recorder(), CaseFixture.WINDOWS));

        Rejection directorsDecision = rejection(companyNoticed.recordMilestone(milestone(FINAL_DECISION, OPENED_ON.plusDays(2), "S-2"), recorder(), CaseFixture.WINDOWS));
        BreachCase directorNoticed = accepted(companyNoticed.recordMilestone(milestone(NOTICE_OF_INTENTION, OPENED_ON.plusDays(2), "S-2"), recorder(), CaseFixture.WINDOWS));

        assertThat(directorsDecision.violations()).extracting(Violation::reason)
                .containsExactly("FINAL_DECISION needs a NOTICE_OF_INTENTION first for subject S-2 (§7.1, §8.1)");
        assertThat(directorNoticed.standingMilestones()).hasSize(2);
    }

    @Test
    void theEarlyAccountSchemeIsForLegalPersonsOnly() {
        BreachCase breachCase = aCaseAgainstACompanyAndItsDirector();
        BreachCase againstAnIndividual = aCase().withSubjects(anIndividual("S-1")).open();

        assertThat(rejection(breachCase.recordMilestone(milestone(EAS_REQUESTED, OPENED_ON, "S-2"), recorder(), CaseFixture.WINDOWS)).violations())
                .extracting(Violation::field, Violation::reason).containsExactly(org.assertj.core.groups.Tuple.tuple("subjectId",
                        "John Director is an individual; EAS_REQUESTED is for legal persons only: the EAS is not open to individuals (§4.2)"));
        assertThat(breachCase.recordMilestone(milestone(EAS_REQUESTED, OPENED_ON, "S-1"), recorder(), CaseFixture.WINDOWS).isAccepted()).isTrue();
        assertThat(rejection(againstAnIndividual.recordMilestone(milestone(EAS_REQUESTED, OPENED_ON), recorder(), CaseFixture.WINDOWS)).kind())
                .isEqualTo(Rejection.Kind.REFUSED);
    }

    @Test
    void theEasLetterStatesTheDeliveryDateUsuallyWithinSixMonths() {
        BreachCase agreedInPrinciple = withMilestones(anOpenCase(), EAS_REQUESTED, EAS_AGREED_IN_PRINCIPLE);
        LocalDate agreed = OPENED_ON.plusDays(10);

        Rejection noDate = rejection(agreedInPrinciple.recordMilestone(
                new RecordMilestone(EAS_TERMS_AGREED, agreed, null, null, null, null, null, null), recorder(), CaseFixture.WINDOWS));
        Rejection longWithoutReason = rejection(agreedInPrinciple.recordMilestone(
                new RecordMilestone(EAS_TERMS_AGREED, agreed, null, null, null, null, agreed.plusMonths(8), null), recorder(), CaseFixture.WINDOWS));
        Outcome longWithReason = agreedInPrinciple.recordMilestone(new RecordMilestone(EAS_TERMS_AGREED, agreed, null, null,
                null, null, agreed.plusMonths(8), "exceptionally complex: 14 jurisdictions"), recorder(), CaseFixture.WINDOWS);

        assertThat(fields(noDate)).containsExactly("dueDateInLetter");
        assertThat(fields(longWithoutReason)).containsExactly("reason");
        assertThat(longWithReason.isAccepted()).isTrue();
    }

    @Test
    void aSettledSubjectHasWaivedReviewAndAppeal() {
        BreachCase settledThenDecided = withMilestones(anOpenCase(), NOTICE_OF_INTENTION, SETTLEMENT_AGREEMENT_SIGNED, FINAL_DECISION);

        Rejection review = rejection(settledThenDecided.recordMilestone(milestone(REVIEW_REQUESTED, OPENED_ON.plusDays(10)), recorder(), CaseFixture.WINDOWS));

        assertThat(review.violations()).extracting(Violation::reason).singleElement().asString()
                .startsWith("REVIEW_REQUESTED cannot follow the SETTLEMENT_AGREEMENT_SIGNED of 2026-03-04").contains("§6.9");
    }

    @Test
    void settlementDoesNotApplyToDisclosures() {
        BreachCase disclosureNoticed = withMilestones(anOpenCase(), NOTICE_OF_INTENDED_DISCLOSURE);

        assertThat(rejection(disclosureNoticed.recordMilestone(milestone(SETTLEMENT_INVITATION, OPENED_ON.plusDays(5)), recorder(), CaseFixture.WINDOWS))
                .explanation()).contains("not to Disclosures (§6.9)");
    }

    @Test
    void representationsCloseWithTheFinalDecisionButLateRecordingOfEarlierOnesIsFine() {
        BreachCase decided = withMilestones(anOpenCase(), NOTICE_OF_INTENTION, FINAL_DECISION);

        Rejection after = rejection(decided.recordMilestone(milestone(REPRESENTATIONS_RECEIVED, OPENED_ON.plusDays(3)), recorder(), CaseFixture.WINDOWS));
        Outcome sameDayAsNotice = decided.recordMilestone(milestone(REPRESENTATIONS_RECEIVED, OPENED_ON.plusDays(1)), recorder(), CaseFixture.WINDOWS);

        assertThat(after.explanation()).contains("cannot follow the FINAL_DECISION of 2026-03-04");
        assertThat(sameDayAsNotice.isAccepted()).isTrue();
    }

    @Test
    void anExtensionNamesTheWindowTheDaysAndTheReason() {
        BreachCase noticeGiven = withMilestones(anOpenCase(), NOTICE_OF_INTENTION);

        Rejection bare = rejection(noticeGiven.recordMilestone(milestone(WINDOW_EXTENSION_AGREED, OPENED_ON.plusDays(5)), recorder(), CaseFixture.WINDOWS));
        Rejection zeroDays = rejection(noticeGiven.recordMilestone(extension(WindowKind.REPRESENTATIONS, 0, OPENED_ON.plusDays(5)), recorder(), CaseFixture.WINDOWS));
        Rejection onAnotherStep = rejection(noticeGiven.recordMilestone(new RecordMilestone(FINAL_DECISION, OPENED_ON.plusDays(5),
                null, null, WindowKind.REPRESENTATIONS, 5, null, null), recorder(), CaseFixture.WINDOWS));

        assertThat(fields(bare)).containsExactlyInAnyOrder("windowKind", "extensionBusinessDays", "reason");
        assertThat(zeroDays.violations()).containsExactly(new Violation("extensionBusinessDays", "must be greater than 0"));
        assertThat(fields(onAnotherStep)).containsExactlyInAnyOrder("windowKind", "extensionBusinessDays");
        assertThat(noticeGiven.recordMilestone(extension(WindowKind.REPRESENTATIONS, 10, OPENED_ON.plusDays(5)), recorder(), CaseFixture.WINDOWS)
                .isAccepted()).isTrue();
    }

    @Test
    void onlyAWindowThatHasStartedCanBeExtended() {
        Rejection rejection = rejection(anOpenCase().recordMilestone(extension(WindowKind.REVIEW_REQUEST, 5, OPENED_ON.plusDays(5)), recorder(), CaseFixture.WINDOWS));

        assertThat(rejection.violations()).containsExactly(new Violation("windowKind",
                "the case has no REVIEW_REQUEST window to extend: it opens with the FINAL_DECISION (§8.1)"));
    }

    @Test
    void intakeRefusesAtTheDoorEveryExtensionTheDeadlineServiceWouldRefuse() {
        BreachCase invited = withMilestones(anOpenCase(), SETTLEMENT_INVITATION);
        BreachCase noticeGiven = withMilestones(anOpenCase(), NOTICE_OF_INTENTION);
        // the notice (OPENED_ON + 1) opens representations due 30 business days later (Easter between), on 16 April 2026
        BreachCase represented = accepted(noticeGiven.recordMilestone(milestone(REPRESENTATIONS_RECEIVED, OPENED_ON.plusDays(3)),
                recorder(), CaseFixture.WINDOWS));

        assertThat(rejection(invited.recordMilestone(extension(WindowKind.SETTLEMENT_INVITATION_REPLY, 3, OPENED_ON.plusDays(5)),
                recorder(), CaseFixture.WINDOWS)).violations()).containsExactly(new Violation("windowKind",
                "the SETTLEMENT_INVITATION_REPLY window cannot be extended: the subject has 10 business days to respond "
                        + "to the invitation and the guidance provides no extension of them (§6.9)"));
        assertThat(rejection(represented.recordMilestone(extension(WindowKind.REPRESENTATIONS, 5, OPENED_ON.plusDays(5)),
                recorder(), CaseFixture.WINDOWS)).violations()).containsExactly(new Violation("windowKind",
                "the REPRESENTATIONS window is MET, not open"));
        assertThat(rejection(noticeGiven.recordMilestone(extension(WindowKind.REPRESENTATIONS, 5, LocalDate.of(2026, 4, 17)),
                recorder(), CaseFixture.WINDOWS)).violations()).containsExactly(new Violation("occurredOn",
                "agreed on 2026-04-17, after the window closed at the end of 2026-04-16"));
        assertThat(noticeGiven.recordMilestone(extension(WindowKind.REPRESENTATIONS, 5, LocalDate.of(2026, 4, 16)),
                recorder(), CaseFixture.WINDOWS).isAccepted()).isTrue();
    }

    @Test
    void settlementDiscussionsAreExtendedByAtMostTenBusinessDaysInAll() {
        BreachCase noticeGiven = withMilestones(anOpenCase(), NOTICE_OF_INTENTION);
        BreachCase extendedBySix = accepted(noticeGiven.recordMilestone(extension(WindowKind.SETTLEMENT_DISCUSSIONS, 6, OPENED_ON.plusDays(20)), recorder(), CaseFixture.WINDOWS));

        Rejection fiveMore = rejection(extendedBySix.recordMilestone(extension(WindowKind.SETTLEMENT_DISCUSSIONS, 5, OPENED_ON.plusDays(25)), recorder(), CaseFixture.WINDOWS));

        assertThat(fiveMore.violations()).containsExactly(new Violation("extensionBusinessDays",
                "the SETTLEMENT_DISCUSSIONS window may be extended by at most 10 business days in total (§6.9); "
                        + "6 already granted, 5 more would make 11"));
        assertThat(extendedBySix.recordMilestone(extension(WindowKind.SETTLEMENT_DISCUSSIONS, 4, OPENED_ON.plusDays(25)), recorder(), CaseFixture.WINDOWS)
                .isAccepted()).isTrue();
    }

    @Test
    void theUpperTribunalsTimeLimitIsNotOfsisToExtend() {
        BreachCase reviewed = withMilestones(anOpenCase(), NOTICE_OF_INTENTION, FINAL_DECISION, REVIEW_REQUESTED, REVIEW_DECIDED);

        assertThat(rejection(reviewed.recordMilestone(extension(WindowKind.UPPER_TRIBUNAL_APPEAL, 5, OPENED_ON.plusDays(10)), recorder(), CaseFixture.WINDOWS))
                .explanation()).contains("not by OFSI (chapter 9)");
    }

    @Test
    void everyMilestoneHasARuleThatCitesTheGuidance() {
        assertThat(ProcedureRules.table().keySet()).containsExactlyInAnyOrder(Milestone.values());
        assertThat(ProcedureRules.table().values()).allSatisfy(rule -> assertThat(rule.section()).matches(".*(§|chapter).*"));
    }

    /** The chain of first prerequisites leading to (and including) a step, earliest first. */
    static Milestone[] pathTo(Milestone step) {
        List<Milestone> path = new ArrayList<>();
        Milestone current = step;
        while (current != null) {
            path.add(0, current);
            ProcedureRules.Rule rule = ProcedureRules.ruleFor(current);
            current = rule.needsOneOf().isEmpty() ? null
                    : Arrays.stream(Milestone.values()).filter(rule.needsOneOf()::contains).findFirst().orElseThrow();
        }
        return path.toArray(Milestone[]::new);
    }
}
