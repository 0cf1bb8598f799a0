package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.company;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.individual;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every eligibility rule of the discounts (§6.3–6.9, previous guidance DESIGN §3), hardship (§7.2) and officers
 * (s.148), each accepted and refused. The notice of intention of 2 March 2026 opens a settlement window of 30
 * England-and-Wales business days ending on 15 April 2026 (Good Friday 3 April and Easter Monday 6 April do not
 * count); 10 more end on 29 April 2026.
 */
class DiscountEligibilityTest {

    static final LocalDate NOTICE = LocalDate.of(2026, 3, 2);
    static final LocalDate WINDOW_ENDS = LocalDate.of(2026, 4, 15);
    static final LocalDate EXTENDED_WINDOW_ENDS = LocalDate.of(2026, 4, 29);
    static final LocalDate DECIDED = LocalDate.of(2026, 5, 6);
    static final LocalDate BEFORE_2026_GUIDANCE = LocalDate.of(2025, 12, 1);

    /** A Level 3 company case worth £3m (maximum £1.5m) with a notice of intention on 2 March 2026. */
    static CaseFileFixture level3Company() {
        return aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL)
                .withNoticeOfIntentionOn(NOTICE);
    }

    static Discount discount(Assessment a, Discount.DiscountKind kind) {
        return a.penalties().get(0).discounts().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Nested
    class VoluntaryDisclosureAndCooperation {

        @Test
        void aVoluntaryCompleteDisclosureEarnsTheFull30Percent() {
            Assessment a = level3Company().withVoluntaryCompleteDisclosure()
                    .withDecision("s-1", DECIDED, "1000000.00", "30", null, false).assessed();

            Discount d = discount(a, Discount.DiscountKind.VOLUNTARY_DISCLOSURE);
            assertThat(d.applied()).isTrue();
            assertThat(d.percent()).isEqualByComparingTo("30");
            assertThat(a.penalties().get(0).finalPenalty()).isEqualTo(new BigDecimal("700000.00"));
        }

        @Test
        void aDisclosureRequestedByOfsiIsNotVoluntary() {
            Discount d = discount(level3Company().withDisclosure(true, false, false, true, null)
                    .withDecision("s-1", DECIDED, "1000000.00", "20", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("requested or required by OFSI");
        }

        @Test
        void aDisclosureMadeWhenOfsiWasAlreadyAwareIsNotVoluntary() {
            Discount d = discount(level3Company().withDisclosure(false, true, false, true, null)
                    .withDecision("s-1", DECIDED, "1000000.00", "20", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("OFSI was already aware");
        }

        @Test
        void aDisclosureCompelledByAnotherInvestigationIsNotVoluntary() {
            Discount d = discount(level3Company().withDisclosure(false, false, true, true, null)
                    .withDecision("s-1", DECIDED, "1000000.00", "20", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("another investigation");
        }

        @Test
        void coOperationAloneEarnsALowerDiscountButNotTheFull30Percent() {
            Discount lower = discount(level3Company().withDisclosure(true, false, false, true, "internal investigation")
                    .withDecision("s-1", DECIDED, "1000000.00", "15", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);
            Discount full = discount(level3Company().withDisclosure(true, false, false, true, "internal investigation")
                    .withDecision("s-1", DECIDED, "1000000.00", "30", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(lower.applied()).isTrue();
            assertThat(lower.reason()).contains("co-operation only");
            assertThat(full.applied()).isFalse();
            assertThat(full.reason()).contains("less than the full 30%");
        }

        @Test
        void theFull30PercentNeedsACompleteAccount() {
            Discount d = discount(level3Company().withDisclosure(false, false, false, false, null)
                    .withDecision("s-1", DECIDED, "1000000.00", "30", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("complete and accurate");
        }

        @Test
        void aClaimAboveTheCapIsCappedAt30Percent() {
            Discount d = discount(level3Company().withVoluntaryCompleteDisclosure()
                    .withDecision("s-1", DECIDED, "1000000.00", "45", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.applied()).isTrue();
            assertThat(d.percent()).isEqualByComparingTo("30");
            assertThat(d.reason()).contains("capped at 30%");
        }

        @Test
        void underThePreviousGuidanceASeriousCaseEarnsUpTo50Percent() {
            Assessment a = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL)
                    .withNoticeOfIntentionOn(BEFORE_2026_GUIDANCE).withVoluntaryCompleteDisclosure()
                    .withDecision("s-1", BEFORE_2026_GUIDANCE, "700000.00", "50", null, false).assessed();

            assertThat(a.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
            assertThat(discount(a, Discount.DiscountKind.VOLUNTARY_DISCLOSURE).percent()).isEqualByComparingTo("50");
            assertThat(a.penalties().get(0).finalPenalty()).isEqualTo(new BigDecimal("350000.00"));
        }

        @Test
        void underThePreviousGuidanceAMostSeriousCaseEarnsAtMost30Percent() {
            Assessment a = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00").rated(Severity.HIGH, Conduct.AGGRAVATING)
                    .withNoticeOfIntentionOn(BEFORE_2026_GUIDANCE).withVoluntaryCompleteDisclosure()
                    .withDecision("s-1", BEFORE_2026_GUIDANCE, "1000000.00", "50", null, false).assessed();

            assertThat(a.seriousness()).isEqualTo("most serious");
            assertThat(discount(a, Discount.DiscountKind.VOLUNTARY_DISCLOSURE).percent()).isEqualByComparingTo("30");
        }

        @Test
        void underThePreviousGuidanceAPartialDisclosureGetsAReducedDiscountWithTheReason() {
            // Previous guidance: the discount was for a prompt, complete and voluntary disclosure; a partial one
            // earns half the cap (50% → 25% for a serious case).
            Assessment a = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL)
                    .withNoticeOfIntentionOn(BEFORE_2026_GUIDANCE)
                    .withDisclosure(false, false, false, false, "initial report only")
                    .withDecision("s-1", BEFORE_2026_GUIDANCE, "700000.00", "50", null, false).assessed();

            Discount d = discount(a, Discount.DiscountKind.VOLUNTARY_DISCLOSURE);
            assertThat(d.applied()).isTrue();
            assertThat(d.percent()).isEqualByComparingTo("25");
            assertThat(d.reason()).contains("not complete", "25%");
            assertThat(a.penalties().get(0).finalPenalty()).isEqualTo(new BigDecimal("525000.00"));
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "previous guidance, {0}, disclosed {1} days after discovery,"
                + " complete {2}: at most {3}%")
        @org.junit.jupiter.params.provider.CsvSource({
                "MEDIUM, 30, true,  50",
                "MEDIUM, 31, true,  25",
                "MEDIUM, 31, false, 12.5",
                "HIGH,   31, true,  15",
        })
        void underThePreviousGuidanceALateOrPartialDisclosureHalvesTheCapForEachShortcoming(Severity severity, int days,
                                                                                          boolean complete, String cap) {
            CaseFileFixture fixture = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00")
                    .rated(severity, severity == Severity.HIGH ? Conduct.AGGRAVATING : Conduct.NEUTRAL)
                    .withNoticeOfIntentionOn(BEFORE_2026_GUIDANCE)
                    .with(new CaseInput.DisclosureRecorded(new VoluntaryDisclosure("s-1",
                            CaseFileFixture.DISCOVERED.plusDays(days), false, false, false, complete, null,
                            CaseFileFixture.DISCOVERED, null)));
            Discount d = discount(fixture.withDecision("s-1", BEFORE_2026_GUIDANCE, "500000.00", "50", null, false)
                    .assessed(), Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.applied()).isTrue();
            assertThat(d.percent()).isEqualByComparingTo(cap);
            if (days > VoluntaryDisclosureDiscountRule.PROMPT_WITHIN_DAYS) {
                assertThat(d.reason()).contains("not prompt", days + " days after the breach was discovered");
            }
        }

        @Test
        void theFull30PercentNeedsAPromptDisclosure() {
            Discount late = discount(level3Company().withVoluntaryCompleteDisclosureAfter(45)
                    .withDecision("s-1", DECIDED, "1000000.00", "30", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);
            Discount prompt = discount(level3Company().withVoluntaryCompleteDisclosureAfter(30)
                    .withDecision("s-1", DECIDED, "1000000.00", "30", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(late.applied()).isFalse();
            assertThat(late.reason()).contains("needs a prompt disclosure", "45 days after the breach was discovered");
            assertThat(prompt.applied()).isTrue();
            assertThat(prompt.reason()).contains("30 days after the breach was discovered", "within the 30 days");
        }

        @Test
        void aDisclosureWithoutItsDiscoveryDateSaysPromptnessCouldNotBeJudged() {
            // Events recorded before the discovery date was asked for (case-events v1-v2).
            Discount d = discount(level3Company().with(new CaseInput.DisclosureRecorded(new VoluntaryDisclosure("s-1",
                    LocalDate.of(2025, 11, 20), false, false, false, true, null)))
                    .withDecision("s-1", DECIDED, "1000000.00", "20", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.reason()).contains("promptness could not be judged");
        }

        @Test
        void aDisclosureMadeOnTheSubjectsBehalfByItsParentIsTheSubjectsDisclosure() {
            Discount d = discount(level3Company().withDisclosureMadeBy("s-1", "Canary Holdings plc")
                    .withDecision("s-1", DECIDED, "1000000.00", "30", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.applied()).isTrue();
            assertThat(d.percent()).isEqualByComparingTo("30");
            assertThat(d.reason()).contains("made on its behalf by Canary Holdings plc, its parent or group company");
        }

        @Test
        void underThePreviousGuidanceCoOperationWithoutAVoluntaryDisclosureEarnsNothing() {
            Discount d = discount(aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL)
                    .withNoticeOfIntentionOn(BEFORE_2026_GUIDANCE)
                    .withDisclosure(true, false, false, true, "helpful")
                    .withDecision("s-1", BEFORE_2026_GUIDANCE, "700000.00", "20", null, false).assessed(),
                    Discount.DiscountKind.VOLUNTARY_DISCLOSURE);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("previous guidance rewarded only voluntary disclosure");
        }
    }

    @Nested
    class EarlyAccountScheme {

        @Test
        void aLegalPersonWhoseEasOfsiAgreedEarnsUpTo20Percent() {
            Discount d = discount(level3Company().withMilestone(Milestone.EAS_AGREED_IN_PRINCIPLE, LocalDate.of(2025, 12, 1))
                    .withDecision("s-1", DECIDED, "1000000.00", null, "20", false).assessed(),
                    Discount.DiscountKind.EARLY_ACCOUNT_SCHEME);

            assertThat(d.applied()).isTrue();
            assertThat(d.percent()).isEqualByComparingTo("20");
        }

        @Test
        void anIndividualCannotUseTheEas() {
            Discount d = discount(aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, individual())
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL).withNoticeOfIntentionOn(NOTICE)
                    .withMilestone(Milestone.EAS_AGREED_IN_PRINCIPLE, LocalDate.of(2025, 12, 1))
                    .withDecision("s-1", DECIDED, "1000000.00", null, "20", false).assessed(),
                    Discount.DiscountKind.EARLY_ACCOUNT_SCHEME);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("legal persons only");
        }

        @Test
        void withoutOfsisAgreementToTheEasThereIsNoEasDiscount() {
            Discount d = discount(level3Company().withDecision("s-1", DECIDED, "1000000.00", null, "10", false).assessed(),
                    Discount.DiscountKind.EARLY_ACCOUNT_SCHEME);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("has not agreed");
        }

        @Test
        void thePreviousGuidanceHadNoEas() {
            Discount d = discount(aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL)
                    .withNoticeOfIntentionOn(BEFORE_2026_GUIDANCE)
                    .withMilestone(Milestone.EAS_TERMS_AGREED, LocalDate.of(2025, 6, 2))
                    .withDecision("s-1", BEFORE_2026_GUIDANCE, "700000.00", null, "20", false).assessed(),
                    Discount.DiscountKind.EARLY_ACCOUNT_SCHEME);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("no Early Account Scheme");
        }

        @Test
        void aClaimAbove20PercentIsCapped() {
            Discount d = discount(level3Company().withMilestone(Milestone.EAS_TERMS_AGREED, LocalDate.of(2025, 12, 1))
                    .withDecision("s-1", DECIDED, "1000000.00", null, "25", false).assessed(),
                    Discount.DiscountKind.EARLY_ACCOUNT_SCHEME);

            assertThat(d.percent()).isEqualByComparingTo("20");
        }
    }

    @Nested
    class Settlement {

        @Test
        void anAgreementSignedOnTheLastDayOfTheWindowEarnsExactly20Percent() {
            Assessment a = level3Company().withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, WINDOW_ENDS)
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed();

            Discount d = discount(a, Discount.DiscountKind.SETTLEMENT);
            assertThat(d.applied()).isTrue();
            assertThat(d.percent()).isEqualByComparingTo("20");
            assertThat(a.penalties().get(0).finalPenalty()).isEqualTo(new BigDecimal("800000.00"));
        }

        @Test
        void anAgreementSignedTheDayAfterTheWindowEarnsNothing() {
            Discount d = discount(level3Company().withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED,
                            WINDOW_ENDS.plusDays(1))
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("after the settlement discussions ended on 2026-04-15");
        }

        @Test
        void anAgreedExtensionMovesTheWindowButTheRepresentationsDeadlineStillBinds() {
            Discount withinBoth = discount(level3Company()
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 10, LocalDate.of(2026, 4, 1))
                    .withExtension(Milestone.REPRESENTATIONS, 10, LocalDate.of(2026, 4, 1))
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, EXTENDED_WINDOW_ENDS)
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);
            Discount afterRepresentations = discount(level3Company()
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 10, LocalDate.of(2026, 4, 1))
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, EXTENDED_WINDOW_ENDS)
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(withinBoth.applied()).isTrue();
            assertThat(afterRepresentations.applied()).isFalse();
            assertThat(afterRepresentations.reason()).contains("after the representations deadline of 2026-04-15");
        }

        @Test
        void anExtensionBeyond10BusinessDaysIsRefusedAndTheWindowKeepsItsEnd() {
            // as the deadline service decides it (§6.9): refused, not cut down to 10
            Discount d = discount(level3Company()
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 15, LocalDate.of(2026, 4, 1))
                    .withExtension(Milestone.REPRESENTATIONS, 20, LocalDate.of(2026, 4, 1))
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, WINDOW_ENDS.plusDays(1))
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("ended on 2026-04-15");
        }

        @Test
        void extensionsCountUntilTheNextWouldPassTenInTotal() {
            // 8 granted (to Monday 27 April), then 5 more refused: 13 would pass the 10 business days of §6.9
            CaseFileFixture extended = level3Company()
                    .withExtension(Milestone.REPRESENTATIONS, 10, LocalDate.of(2026, 4, 1))
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 8, LocalDate.of(2026, 4, 1))
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 5, LocalDate.of(2026, 4, 2));
            Discount onTheLastDay = discount(extended
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 4, 27))
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);
            Discount aDayLater = discount(level3Company()
                    .withExtension(Milestone.REPRESENTATIONS, 10, LocalDate.of(2026, 4, 1))
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 8, LocalDate.of(2026, 4, 1))
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 5, LocalDate.of(2026, 4, 2))
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 4, 28))
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(onTheLastDay.applied()).isTrue();
            assertThat(aDayLater.applied()).isFalse();
            assertThat(aDayLater.reason()).contains("ended on 2026-04-27");
        }

        @Test
        void anExtensionAgreedAfterTheWindowClosedDoesNotReopenIt() {
            Discount d = discount(level3Company()
                    .withExtension(Milestone.REPRESENTATIONS, 10, LocalDate.of(2026, 4, 1))
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 10, WINDOW_ENDS.plusDays(1))
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 4, 20))
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("ended on 2026-04-15");
        }

        @Test
        void aCorrectedExtensionReplacesTheOneItCorrects() {
            // m-1 notice, m-2 representations extension, m-3 settlement +5, m-4 corrects m-3 to +10: window to 29 April
            Discount d = discount(level3Company()
                    .withExtension(Milestone.REPRESENTATIONS, 10, LocalDate.of(2026, 4, 1))
                    .withExtension(Milestone.SETTLEMENT_DISCUSSIONS, 5, LocalDate.of(2026, 4, 1))
                    .withCorrectedExtension("m-3", Milestone.SETTLEMENT_DISCUSSIONS, 10, LocalDate.of(2026, 4, 1))
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, EXTENDED_WINDOW_ENDS)
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(d.applied()).isTrue();
            assertThat(d.reason()).contains("ending 2026-04-29");
        }

        @Test
        void withoutASignedAgreementThereIsNoSettlementDiscount() {
            Discount d = discount(level3Company().withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("no settlement agreement has been signed");
        }

        @Test
        void withoutANoticeOfIntentionThereIsNoSettlementWindow() {
            Discount d = discount(aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL)
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 4, 1))
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("no notice of intention");
        }

        @Test
        void aDisclosureNeverSettles() {
            Discount d = discount(aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.MITIGATING)
                    .withNoticeOfIntentionOn(NOTICE)
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 4, 1))
                    .withDecision("s-1", DECIDED, "100000.00", null, null, true).assessed(),
                    Discount.DiscountKind.SETTLEMENT);

            assertThat(d.applied()).isFalse();
            assertThat(d.reason()).contains("never to Disclosures");
        }

        @Test
        void aTransitionalCaseSettlesWithoutThe20PercentButKeepsTheHigherDisclosureDiscount() {
            Assessment a = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL)
                    .withNoticeOfIntentionOn(BEFORE_2026_GUIDANCE).withVoluntaryCompleteDisclosure()
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 2, 20))
                    .withDecision("s-1", LocalDate.of(2026, 2, 20), "700000.00", "50", null, true).assessed();

            assertThat(a.transitional()).isTrue();
            assertThat(discount(a, Discount.DiscountKind.SETTLEMENT).applied()).isFalse();
            assertThat(discount(a, Discount.DiscountKind.SETTLEMENT).reason()).contains("transitional");
            assertThat(discount(a, Discount.DiscountKind.VOLUNTARY_DISCLOSURE).percent()).isEqualByComparingTo("50");
            assertThat(a.penalties().get(0).finalPenalty()).isEqualTo(new BigDecimal("350000.00"));
        }
    }

    @Nested
    class AddedThenAppliedOnce {

        @Test
        void theThreeDiscountsAddUpTo70PercentAndAreAppliedOnce() {
            Assessment a = level3Company().withVoluntaryCompleteDisclosure()
                    .withMilestone(Milestone.EAS_AGREED_IN_PRINCIPLE, LocalDate.of(2025, 12, 1))
                    .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 3, 20))
                    .withDecision("s-1", DECIDED, "1000000.00", "30", "20", true).assessed();

            SubjectPenalty p = a.penalties().get(0);
            assertThat(p.discounts()).allSatisfy(d -> assertThat(d.applied()).isTrue());
            assertThat(p.totalDiscountPercent()).isEqualByComparingTo("70");
            // Applied once: £1,000,000 less 70%, not less 30%, then 20%, then 20% (£448,000).
            assertThat(p.penaltyAfterDiscounts()).isEqualTo(new BigDecimal("300000.00"));
            assertThat(p.finalPenalty()).isEqualTo(new BigDecimal("300000.00"));
        }
    }

    @Nested
    class FinancialHardship {

        @Test
        void aReasonedHardshipReductionComesAfterTheDiscounts() {
            SubjectPenalty p = level3Company().withVoluntaryCompleteDisclosure()
                    .withDecision("s-1", DECIDED, "1000000.00", "30", null, false, "200000.00",
                            "audited accounts show insolvency risk", null)
                    .assessed().penalties().get(0);

            assertThat(p.penaltyAfterDiscounts()).isEqualTo(new BigDecimal("700000.00"));
            assertThat(p.hardshipReduction()).isEqualTo(new BigDecimal("200000.00"));
            assertThat(p.hardshipReason()).isEqualTo("audited accounts show insolvency risk");
            assertThat(p.finalPenalty()).isEqualTo(new BigDecimal("500000.00"));
        }

        @Test
        void aReductionNeverTakesThePenaltyBelowZero() {
            SubjectPenalty p = level3Company()
                    .withDecision("s-1", DECIDED, "100000.00", null, null, false, "250000.00", "no assets", null)
                    .assessed().penalties().get(0);

            assertThat(p.finalPenalty()).isEqualTo(new BigDecimal("0.00"));
        }

        @Test
        void anInstalmentPlanLeavesTheAmountAndIsShownWithItsReason() {
            Assessment a = level3Company()
                    .withDecision("s-1", DECIDED, "600000.00", null, null, false, null, "short-term cash constraint",
                            "12 monthly instalments").assessed();

            assertThat(a.penalties().get(0).finalPenalty()).isEqualTo(new BigDecimal("600000.00"));
            assertThat(a.penalties().get(0).instalmentPlan()).isEqualTo("12 monthly instalments");
            assertThat(SeriousnessAndOutcomeTest.step(a, FinancialHardshipRule.NAME).outcome())
                    .contains("instalment plan: 12 monthly instalments (short-term cash constraint)");
        }
    }

    @Nested
    class OfficersOfABody {

        static final Subject DIRECTOR = new Subject("s-2", "John Canary", SubjectType.INDIVIDUAL, "s-1");

        @Test
        void anOfficerIsAssessedSeparatelyWithAPenaltyOfItsOwn() {
            Assessment a = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company(), DIRECTOR)
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL).withNoticeOfIntentionOn(NOTICE)
                    .withDecision("s-1", DECIDED, "1000000.00", null, null, false)
                    .withDecision("s-2", DECIDED, "50000.00", null, null, false).assessed();

            assertThat(a.penalties()).extracting(SubjectPenalty::subjectId).containsExactly("s-1", "s-2");
            assertThat(a.penalties().get(1).officerOfSubjectId()).isEqualTo("s-1");
            assertThat(a.penalties().get(1).finalPenalty()).isEqualTo(new BigDecimal("50000.00"));
            assertThat(SeriousnessAndOutcomeTest.step(a, OfficerOfBodyRule.NAME).outcome())
                    .contains("separate penalty", "s.148");
        }

        @Test
        void anOfficerCannotBePenalisedUnlessTheBodyIs() {
            Assessment a = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company(), DIRECTOR)
                    .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL).withNoticeOfIntentionOn(NOTICE)
                    .withDecision("s-2", DECIDED, "50000.00", null, null, false).assessed();

            SubjectPenalty officer = a.penalties().stream().filter(p -> p.subjectId().equals("s-2")).findFirst()
                    .orElseThrow();
            assertThat(officer.finalPenalty()).isNull();
            assertThat(SeriousnessAndOutcomeTest.step(a, OfficerOfBodyRule.NAME).outcome()).contains("s.148(1)");
        }
    }
}
