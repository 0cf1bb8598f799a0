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
    void aCaseHoldsAtMostTheBreachesEveryServiceAccepts() {
        BreachCase breachCase = anOpenCase();
        while (breachCase.breaches().size() < org.sanctionsplatform.guidance.limits.InputLimits.MAX_BREACHES) {
            breachCase = accepted(breachCase.recordBreach(aBreachBy("S-1"), recorder()));
        }

        Rejection rejection = rejection(breachCase.recordBreach(aBreachBy("S-1"), recorder()));

        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(rejection.violations()).containsExactly(new Violation("breaches",
                "the case already has 2000 breaches, the most a case may have"));
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
        Outcome outcome = anOpenCase().recordVoluntaryDisclosure(aDisclosureBy("S-1", beforeOpening)
                .whenOfsiWasAlreadyAware().complete("proactive internal investigation").command(), recorder());

        assertThat(events(outcome)).singleElement().isInstanceOfSatisfying(CaseEvent.VoluntaryDisclosureRecorded.class, e -> {
            assertThat(e.disclosure().disclosedOn()).isEqualTo(beforeOpening);
            assertThat(e.disclosure().isVoluntary()).as("OFSI already aware (§6.5)").isFalse();
            assertThat(e.disclosure().compelledByOtherInvestigation()).isFalse();
        });
    }

    @Test
    void aVoluntaryDisclosureNamesASubjectOfTheCaseAndAPastDate() {
        assertThat(rejection(anOpenCase().recordVoluntaryDisclosure(aDisclosureBy("S-5", TODAY.plusDays(1))
                .discoveredOn(TODAY).command(), recorder())).violations()).containsExactly(
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

    @Test
    void aBreachBefore15June2022WithoutTheKnowledgeFindingIsRefusedNamingTheField() {
        // §5.2: without the finding no breach can be found; recording it would silently make the case NO_BREACH.
        RecordBreach b = aBreachBy("S-1");
        RecordBreach early = new RecordBreach(b.subjectId(), null, b.breachType(), b.regime(), b.regulation(),
                b.description(), LocalDate.of(2022, 6, 14), null, b.estimatedValue(), true, null);

        Rejection rejection = rejection(anOpenCase().recordBreach(early, recorder()));

        assertThat(rejection.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("knewOrHadReasonableCauseToSuspect");
            assertThat(v.reason()).contains("before 15 June 2022", "(§5.2)");
        });
    }

    @Test
    void aBaselineAboveTheCasesStatutoryMaximumIsRefused() {
        // One established breach worth £125,000: a maximum of £1,000,000 (s.146(3), §6.2).
        assertThat(events(anOpenCase().recordPenaltyDecision(aDecision("1000000.00", null, null, null), recorder())))
                .hasSize(1);
        Rejection rejection = rejection(anOpenCase().recordPenaltyDecision(aDecision("1000000.01", null, null, null),
                recorder()));

        assertThat(rejection.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("baseline");
            assertThat(v.reason()).startsWith("must not exceed the statutory maximum of £1,000,000.00 for this case"
                    + " (the greater of £1,000,000.00 and 50% of the aggregated value £125,000.00 of 1 established breach;"
                    + " s.146(2), §6.2)");
        });
    }

    @Test
    void aDisclosureNeedsTheDateTheBreachWasDiscoveredNotAfterTheDisclosure() {
        // §6.5: promptness is judged from the discovery; without the date the rulebook could not judge it.
        Rejection missing = rejection(anOpenCase().recordVoluntaryDisclosure(aDisclosureBy("S-1", OPENED_ON)
                .discoveredOn(null).command(), recorder()));
        Rejection after = rejection(anOpenCase().recordVoluntaryDisclosure(aDisclosureBy("S-1", OPENED_ON)
                .discoveredOn(OPENED_ON.plusDays(1)).command(), recorder()));

        assertThat(missing.violations()).containsExactly(
                new Violation("discoveredOn", VoluntaryDisclosurePolicy.DISCOVERED_ON_REQUIRED));
        assertThat(after.violations()).containsExactly(new Violation("discoveredOn",
                "must not be after disclosedOn (2026-03-02): a breach is disclosed after it is discovered"));
    }

    @Test
    void aDisclosureMayBeMadeOnTheSubjectsBehalfByItsParentCompany() {
        Outcome outcome = anOpenCase().recordVoluntaryDisclosure(aDisclosureBy("S-1", OPENED_ON)
                .madeBy("Acme Holdings plc").complete("group investigation shared").command(), recorder());

        assertThat(events(outcome)).singleElement().isInstanceOfSatisfying(CaseEvent.VoluntaryDisclosureRecorded.class,
                e -> {
                    assertThat(e.disclosure().subjectId()).isEqualTo(new SubjectId("S-1"));
                    assertThat(e.disclosure().madeBy()).isEqualTo("Acme Holdings plc");
                    assertThat(e.disclosure().discoveredOn()).isEqualTo(OPENED_ON.minusDays(10));
                });
    }

    static RecordPenaltyDecision aComponentDecision(String component, String baseline, LocalDate on) {
        return new RecordPenaltyDecision("S-1", on, "Director of Enforcement", new BigDecimal(baseline), null, null, null,
                false, null, null, null, "as assessed", component);
    }

    @Test
    void oneSubjectMayReceiveSeveralPenaltyComponentsWhichTogetherStayWithinTheMaximum() {
        // Maximum £1,000,000 (one breach worth £125,000): £600,000 for one regulation leaves £400,000 for the other.
        BreachCase withOne = accepted(anOpenCase().recordPenaltyDecision(aComponentDecision("reg. 12", "600000.00",
                OPENED_ON.plusDays(40)), recorder()));

        assertThat(events(withOne.recordPenaltyDecision(aComponentDecision("reg. 11", "400000.00", OPENED_ON.plusDays(40)),
                recorder()))).singleElement().isInstanceOfSatisfying(CaseEvent.PenaltyDecisionRecorded.class,
                e -> assertThat(e.decision().component()).isEqualTo("reg. 11"));
        assertThat(rejection(withOne.recordPenaltyDecision(aComponentDecision("reg. 11", "400000.01",
                OPENED_ON.plusDays(40)), recorder())).violations()).singleElement()
                .satisfies(v -> assertThat(v.reason()).endsWith("already take £600,000.00, leaving £400,000.00"));
        // A later decision on the same component replaces it: £900,000 for reg. 12 alone is within the maximum.
        assertThat(events(withOne.recordPenaltyDecision(aComponentDecision("reg. 12", "900000.00", OPENED_ON.plusDays(41)),
                recorder()))).hasSize(1);
    }

    @Test
    void aSubjectsPenaltyIsEitherOnePenaltyOrNamedComponents() {
        BreachCase withSingle = accepted(anOpenCase().recordPenaltyDecision(aDecision("500000.00", null, null, null),
                recorder()));

        assertThat(rejection(withSingle.recordPenaltyDecision(aComponentDecision("reg. 11", "100000.00",
                OPENED_ON.plusDays(40)), recorder())).violations()).extracting(Violation::field).containsExactly("component");
    }

    @Test
    void aBreachNamesTheBreachWhoseFundsItSharesAndTheMaximumCountsThemOnce() {
        // The same £4m under two prohibitions: named by position when the case is opened.
        RecordBreach b = aBreachWorth("S-1", "4000000.00");
        RecordBreach sameFunds = new RecordBreach("S-1", null, BreachType.DEALING_WITH_FROZEN_FUNDS, b.regime(),
                "reg. 11", b.description(), b.breachDate(), null, new BigDecimal("4000000.00"), null, null, null, 0);
        BreachCase opened = aCase().withBreaches(b, sameFunds).open();

        assertThat(opened.breaches().get(1).sharesFundsWith()).isEqualTo(opened.breaches().get(0).breachId());
        // Maximum £2,000,000 (50% of £4m once), not £4,000,000.
        assertThat(events(opened.recordPenaltyDecision(aDecision("2000000.00", null, null, null), recorder()))).hasSize(1);
        assertThat(rejection(opened.recordPenaltyDecision(aDecision("2000000.01", null, null, null), recorder()))
                .violations()).extracting(Violation::field).containsExactly("baseline");
        RecordBreach unknown = new RecordBreach("S-1", null, BreachType.DEALING_WITH_FROZEN_FUNDS, b.regime(), "reg. 11",
                b.description(), b.breachDate(), null, null, null, null, "no-such-breach", null);
        assertThat(rejection(opened.recordBreach(unknown, recorder())).violations()).extracting(Violation::field)
                .containsExactly("sharesFundsWithBreachId");
    }
}
