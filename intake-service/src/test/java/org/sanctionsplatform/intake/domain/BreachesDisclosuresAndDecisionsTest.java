package org.sanctionsplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.intake.domain.CaseFixture.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.guidance.windows.Milestone;

class BreachesDisclosuresAndDecisionsTest {

    @Test
    void aFurtherBreachFoundDuringTheInvestigationIsRecordedNow() {
        Outcome outcome = anOpenCase().recordBreach(aBreachBy("S-1"), recorder());

        assertThat(events(outcome)).singleElement().isInstanceOfSatisfying(CaseEvent.BreachRecorded.class,
                e -> assertThat(e.metadata().occurredAt()).isEqualTo(CLOCK.instant()));
        assertThat(accepted(outcome).breaches()).hasSize(2);
    }

    @Test
    void aFurtherBreachIsAgainstASubjectOfTheCase() {
        assertThat(rejection(anOpenCase().recordBreach(aBreachBy("S-7"), recorder())).violations())
                .containsExactly(new Violation("subjectId", "is not a subject of this case"));
    }

    @Test
    void aWithdrawnBreachStaysOnFileWithItsReasonAndCannotBeWithdrawnTwice() {
        BreachCase breachCase = anOpenCase();
        String breachId = breachCase.breaches().get(0).breachId().value();

        BreachCase withdrawn = accepted(breachCase.withdrawBreach(new WithdrawBreach(breachId, "not established (§5.2)"), recorder()));
        Rejection again = rejection(withdrawn.withdrawBreach(new WithdrawBreach(breachId, "again"), recorder()));

        assertThat(withdrawn.breaches()).singleElement().satisfies(b -> {
            assertThat(b.isActive()).isFalse();
            assertThat(b.withdrawal().reason()).isEqualTo("not established (§5.2)");
        });
        assertThat(again.kind()).isEqualTo(Rejection.Kind.REFUSED);
    }

    @Test
    void withdrawingAnUnknownBreachIsNotFoundAndAWithdrawalNeedsAReason() {
        BreachCase breachCase = anOpenCase();

        assertThat(rejection(breachCase.withdrawBreach(new WithdrawBreach("nope", "x"), recorder())).kind())
                .isEqualTo(Rejection.Kind.NOT_FOUND);
        assertThat(fields(rejection(breachCase.withdrawBreach(
                new WithdrawBreach(breachCase.breaches().get(0).breachId().value(), ""), recorder())))).containsExactly("reason");
    }

    @Test
    void aVoluntaryDisclosureMayPrecedeTheCaseAndRecordsWhetherItWasReallyVoluntary() {
        LocalDate beforeOpening = OPENED_ON.minusDays(20);
        Outcome outcome = anOpenCase().recordVoluntaryDisclosure(new RecordVoluntaryDisclosure("S-1", beforeOpening,
                false, true, null, true, "proactive internal investigation"), recorder());

        assertThat(events(outcome)).singleElement().isInstanceOfSatisfying(CaseEvent.VoluntaryDisclosureRecorded.class, e -> {
            assertThat(e.disclosure().disclosedOn()).isEqualTo(beforeOpening);
            assertThat(e.disclosure().isVoluntary()).as("OFSI already aware (§6.5)").isFalse();
            assertThat(e.disclosure().compelledByOtherInvestigation()).isFalse();
        });
    }

    @Test
    void aVoluntaryDisclosureNamesASubjectOfTheCaseAndAPastDate() {
        assertThat(rejection(anOpenCase().recordVoluntaryDisclosure(new RecordVoluntaryDisclosure("S-5", TODAY.plusDays(1),
                null, null, null, null, null), recorder())).violations()).containsExactly(
                new Violation("subjectId", "is not a subject of this case"),
                new Violation("disclosedOn", "must not be in the future (today is 2026-06-15)"));
    }

    static RecordPenaltyDecision aDecision(String baseline, String vdPercent, String hardship, String hardshipReason) {
        return new RecordPenaltyDecision("S-1", OPENED_ON.plusDays(40), "Director of Enforcement",
                baseline == null ? null : new BigDecimal(baseline), null,
                vdPercent == null ? null : new BigDecimal(vdPercent), null, true,
                hardship == null ? null : new BigDecimal(hardship), hardshipReason, null, "as assessed");
    }

    @Test
    void aPenaltyDecisionIsRecordedForASubject() {
        Outcome outcome = anOpenCase().recordPenaltyDecision(aDecision("500000.00", "30", null, null), recorder());

        assertThat(events(outcome)).singleElement().isInstanceOfSatisfying(CaseEvent.PenaltyDecisionRecorded.class, e -> {
            assertThat(e.decision().baseline()).isEqualTo(Gbp.of("500000.00"));
            assertThat(e.decision().voluntaryDisclosureDiscountPercent().value()).isEqualByComparingTo("30");
            assertThat(e.decision().settlementDiscountClaimed()).isTrue();
        });
    }

    @Test
    void aPenaltyDecisionHasAmountsInPenceAndPercentagesUpToAHundred() {
        assertThat(rejection(anOpenCase().recordPenaltyDecision(aDecision("-1", "120", "10.005", null), recorder())).violations())
                .containsExactlyInAnyOrder(
                        new Violation("baseline", "must not be negative"),
                        new Violation("voluntaryDisclosureDiscountPercent", "must be a percentage from 0 to 100 with at most 2 decimal places"),
                        new Violation("hardshipReduction", "must have at most 2 decimal places (GBP in pence)"),
                        new Violation("hardshipReason", "is required with a hardship reduction or instalment plan: "
                                + "it rests on objective evidence of severe financial hardship (§7.2)"));
    }

    @Test
    void aHardshipReductionDoesNotExceedTheBaseline() {
        assertThat(rejection(anOpenCase().recordPenaltyDecision(aDecision("1000.00", null, "2000.00", "evidenced"), recorder()))
                .violations()).containsExactly(new Violation("hardshipReduction", "must not exceed the baseline (£1000.00)"));
    }

    @Test
    void aCaseIsClosedWithAReasonNotBeforeItsLastStep() {
        BreachCase decided = CaseFixture.withMilestones(anOpenCase(), Milestone.NOTICE_OF_INTENTION, Milestone.FINAL_DECISION);

        Rejection tooEarly = rejection(decided.close(new CloseCase(OPENED_ON.plusDays(1), CaseClosureReason.WARNING_ISSUED, null), recorder()));
        Rejection notPaid = rejection(decided.close(new CloseCase(TODAY, CaseClosureReason.PENALTY_PAID, null), recorder()));
        BreachCase closed = accepted(decided.close(new CloseCase(TODAY, CaseClosureReason.REFERRED_TO_LAW_ENFORCEMENT, "NCA"), recorder()));

        assertThat(tooEarly.violations()).containsExactly(
                new Violation("closedOn", "must not be before the last milestone, FINAL_DECISION on 2026-03-04"));
        assertThat(notPaid.violations()).containsExactly(
                new Violation("reason", "PENALTY_PAID needs a PAYMENT_RECEIVED milestone first (chapter 10)"));
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.closure().notes()).isEqualTo("NCA");
    }
}
