package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCaseAgainst;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCompanyWithHistory;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fixed monetary penalties (§13): applicable offences, the Figure 13A ladder, the amounts and the halved windows. */
class FixedPenaltyLadderTest {

    static final LocalDate NOTICE = LocalDate.of(2026, 3, 2);

    static CaseFileFixture fixedPenaltyCase(int priorWarnings, String priorFixedPenalty) {
        return aCase(Procedure.FIXED_MONETARY_PENALTY,
                new FixedPenaltyHistory(priorWarnings, priorFixedPenalty == null ? null : new BigDecimal(priorFixedPenalty)),
                company());
    }

    @ParameterizedTest(name = "{0} after {1} warning(s) and a prior fixed penalty of {2}, {3} conduct: {4} {5}")
    @CsvSource({
            // Figure 13A: first and second occurrence → private warning letter
            "LATE_REPORTING,                 0, ,         NEUTRAL,     PRIVATE_WARNING,        ",
            "NON_REPORTING,                  1, ,         NEUTRAL,     PRIVATE_WARNING,        ",
            // third occurrence after two warnings → fixed penalty, £5,000 normally (§13.2)
            "NON_REPORTING,                  2, ,         NEUTRAL,     FIXED_MONETARY_PENALTY, 5000.00",
            "INCOMPLETE_LICENCE_REPORTING,   2, ,         MITIGATING,  FIXED_MONETARY_PENALTY, 5000.00",
            "FAILURE_TO_PROVIDE_INFORMATION, 3, ,         NEUTRAL,     FIXED_MONETARY_PENALTY, 5000.00",
            // £10,000 with aggravating factors, or after an earlier £5,000
            "FAILURE_TO_PROVIDE_INFORMATION, 2, ,         AGGRAVATING, FIXED_MONETARY_PENALTY, 10000.00",
            "LATE_REPORTING,                 2, 5000.00,  NEUTRAL,     FIXED_MONETARY_PENALTY, 10000.00",
            // after a £10,000 fixed penalty, the full process (§13.1)
            "LATE_REPORTING,                 2, 10000.00, NEUTRAL,     FULL_PROCESS,           ",
            // a licence breach up to £10,000 is more likely a fixed penalty
            "LICENCE_CONDITION_BREACH,       0, ,         NEUTRAL,     FIXED_MONETARY_PENALTY, 5000.00",
    })
    void figure13AGivesTheOutcomeAndSection13_2TheAmount(String offence, int priorWarnings, String priorFixedPenalty,
                                                         Conduct conduct, LikelyOutcome outcome, String amount) {
        Assessment a = fixedPenaltyCase(priorWarnings, priorFixedPenalty)
                .withBreachOfType(offence, offence.equals("LICENCE_CONDITION_BREACH") ? "8000.00" : null)
                .rated(Severity.LOW, conduct).assessed();

        assertThat(a.fixedPenalty().outcome()).isEqualTo(outcome);
        if (outcome == LikelyOutcome.FULL_PROCESS) {
            // The full process: the case takes its Figure 5B outcome (LOW severity, NEUTRAL conduct → Level 2).
            assertThat(a.likelyOutcome()).isEqualTo(LikelyOutcome.DISCLOSURE);
            assertThat(a.halvedWindows()).isFalse();
        } else {
            assertThat(a.likelyOutcome()).isEqualTo(outcome);
        }
        assertThat(a.fixedPenalty().occurrence()).isEqualTo(priorWarnings + 1);
        assertThat(a.fixedPenalty().amount()).isEqualTo(amount == null ? null : new BigDecimal(amount));
        assertThat(a.fixedPenalty().escalateToFullProcess()).isEqualTo(outcome == LikelyOutcome.FULL_PROCESS);
        if (amount != null) {
            assertThat(a.penalties()).singleElement()
                    .satisfies(p -> assertThat(p.finalPenalty()).isEqualTo(new BigDecimal(amount)));
            assertThat(a.halvedWindows()).isTrue();
        }
    }

    @Test
    void repeatedFailuresInOneCaseAreMoreLikelyAFixedPenalty() {
        Assessment a = fixedPenaltyCase(0, null).withBreachOfType("NON_REPORTING", null)
                .withBreachOfType("NON_REPORTING", null).withBreachOfType("LATE_REPORTING", null)
                .rated(Severity.LOW, Conduct.NEUTRAL).assessed();

        assertThat(a.likelyOutcome()).isEqualTo(LikelyOutcome.FIXED_MONETARY_PENALTY);
        assertThat(a.fixedPenalty().reason()).contains("repeated failure");
    }

    @Test
    void theDesignatedPersonAssetReportingDutyDoesNotQualify() {
        Assessment a = fixedPenaltyCase(2, null).withBreachOfType("DESIGNATED_PERSON_ASSET_REPORTING", null)
                .rated(Severity.LOW, Conduct.NEUTRAL).assessed();

        assertThat(a.fixedPenalty().qualifies()).isFalse();
        assertThat(a.fixedPenalty().reason()).contains("asset-reporting duty");
        assertThat(a.likelyOutcome()).isNotEqualTo(LikelyOutcome.FIXED_MONETARY_PENALTY);
        assertThat(a.halvedWindows()).isFalse();
    }

    @Test
    void aLicenceBreachAbove10000PoundsAndOtherBreachesTakeTheFullProcess() {
        Assessment licence = fixedPenaltyCase(0, null).withBreachOfType("LICENCE_CONDITION_BREACH", "10000.01")
                .rated(Severity.LOW, Conduct.NEUTRAL).assessed();
        Assessment funds = fixedPenaltyCase(0, null).withBreachOfType("MAKING_FUNDS_AVAILABLE", "500.00")
                .rated(Severity.MEDIUM, Conduct.NEUTRAL).assessed();

        assertThat(licence.fixedPenalty().qualifies()).isFalse();
        assertThat(funds.fixedPenalty().qualifies()).isFalse();
        assertThat(funds.fixedPenalty().escalateToFullProcess()).isTrue();
        // The full process: Figure 5A and 5B apply.
        assertThat(funds.likelyOutcome()).isEqualTo(LikelyOutcome.CIVIL_MONETARY_PENALTY);
        assertThat(funds.halvedWindows()).isFalse();
    }

    @Test
    void thePreviousGuidanceHadNoFixedPenaltyProcess() {
        Assessment a = fixedPenaltyCase(2, null).withBreachOfType("NON_REPORTING", null)
                .rated(Severity.LOW, Conduct.NEUTRAL).withNoticeOfIntentionOn(LocalDate.of(2025, 12, 1)).assessed();

        assertThat(a.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
        assertThat(a.fixedPenalty()).isNull();
        assertThat(a.halvedWindows()).isFalse();
        assertThat(SeriousnessAndOutcomeTest.step(a, FixedPenaltyRule.NAME).outcome()).contains("no fixed-penalty process");
    }

    @Test
    void aFixedPenaltyTakesNoDiscountButHardshipStillApplies() {
        Assessment a = fixedPenaltyCase(2, null).withBreachOfType("NON_REPORTING", null)
                .rated(Severity.LOW, Conduct.NEUTRAL).withNoticeOfIntentionOn(NOTICE)
                .withDecision("s-1", NOTICE, null, "30", null, false, "1000.00", "sole trader, evidenced losses", null)
                .assessed();

        SubjectPenalty p = a.penalties().get(0);
        assertThat(p.discounts()).isEmpty();
        assertThat(p.baseline()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(p.finalPenalty()).isEqualTo(new BigDecimal("4000.00"));
    }

    @Test
    void aCoSubjectsHistoryNeverEscalatesAnotherSubject() {
        // Figure 13A is per person: the parent has had two warning letters, its subsidiary none; each reported late once.
        Assessment a = aCaseAgainst(Procedure.FIXED_MONETARY_PENALTY,
                aCompanyWithHistory("s-1", "Parent plc", 2, null), aCompanyWithHistory("s-2", "Subsidiary Ltd", 0, null))
                .withBreachOfTypeBy("s-1", "LATE_REPORTING", null).withBreachOfTypeBy("s-2", "LATE_REPORTING", null)
                .rated(Severity.LOW, Conduct.NEUTRAL).assessed();

        assertThat(a.likelyOutcome()).isEqualTo(LikelyOutcome.FIXED_MONETARY_PENALTY);
        assertThat(a.penalties()).singleElement().satisfies(p -> {
            assertThat(p.subjectId()).isEqualTo("s-1");
            assertThat(p.finalPenalty()).isEqualTo(new BigDecimal("5000.00"));
        });
        assertThat(a.subjectFixedPenalties()).extracting(SubjectFixedPenalty::subjectId, SubjectFixedPenalty::occurrence,
                SubjectFixedPenalty::outcome, SubjectFixedPenalty::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s-1", 3, LikelyOutcome.FIXED_MONETARY_PENALTY, new BigDecimal("5000.00")),
                org.assertj.core.groups.Tuple.tuple("s-2", 1, LikelyOutcome.PRIVATE_WARNING, null));
        assertThat(a.halvedWindows()).isTrue();
    }

    @Test
    void theCaseRunsTheHalvedWindowsOnlyWhenEverySubjectWithAnOffenceDoes() {
        // The subsidiary's second £10,000-plus offence takes the full process (§13.1); the parent's a fixed penalty.
        Assessment a = aCaseAgainst(Procedure.FIXED_MONETARY_PENALTY,
                aCompanyWithHistory("s-1", "Parent plc", 2, null), aCompanyWithHistory("s-2", "Subsidiary Ltd", 2, "10000.00"))
                .withBreachOfTypeBy("s-1", "LATE_REPORTING", null).withBreachOfTypeBy("s-2", "LATE_REPORTING", null)
                .rated(Severity.MEDIUM, Conduct.NEUTRAL).assessed();

        assertThat(a.subjectFixedPenalties()).extracting(SubjectFixedPenalty::halvedWindows).containsExactly(true, false);
        assertThat(a.fixedPenalty().escalateToFullProcess()).isTrue();
        assertThat(a.halvedWindows()).isFalse();
        assertThat(a.likelyOutcome()).isEqualTo(LikelyOutcome.CIVIL_MONETARY_PENALTY);
    }

    @Test
    void anEarlierFixedPenaltyOfOneSubjectDoesNotDoubleAnothersAmount() {
        Assessment a = aCaseAgainst(Procedure.FIXED_MONETARY_PENALTY,
                aCompanyWithHistory("s-1", "Parent plc", 2, "5000.00"), aCompanyWithHistory("s-2", "Subsidiary Ltd", 2, null))
                .withBreachOfTypeBy("s-1", "LATE_REPORTING", null).withBreachOfTypeBy("s-2", "NON_REPORTING", null)
                .rated(Severity.LOW, Conduct.NEUTRAL).assessed();

        assertThat(a.penalties()).extracting(SubjectPenalty::subjectId, SubjectPenalty::finalPenalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s-1", new BigDecimal("10000.00")),
                org.assertj.core.groups.Tuple.tuple("s-2", new BigDecimal("5000.00")));
    }

    @Test
    void aSubjectsOwnOccurrencesDecideItsOutcomeNotTheCasesTotal() {
        // Three failures by the parent are a repeated failure; the subsidiary's single failure is a first occurrence.
        Assessment a = aCaseAgainst(Procedure.FIXED_MONETARY_PENALTY,
                aCompanyWithHistory("s-1", "Parent plc", 0, null), aCompanyWithHistory("s-2", "Subsidiary Ltd", 0, null))
                .withBreachOfTypeBy("s-1", "NON_REPORTING", null).withBreachOfTypeBy("s-1", "NON_REPORTING", null)
                .withBreachOfTypeBy("s-1", "LATE_REPORTING", null).withBreachOfTypeBy("s-2", "LATE_REPORTING", null)
                .rated(Severity.LOW, Conduct.NEUTRAL).assessed();

        assertThat(a.penalties()).extracting(SubjectPenalty::subjectId).containsExactly("s-1");
        assertThat(a.explanation()).filteredOn(s -> s.rule().equals(FixedPenaltyRule.NAME))
                .extracting(ExplanationStep::outcome).anySatisfy(o -> assertThat(o).startsWith("Subsidiary Ltd: PRIVATE_WARNING"));
    }
}
