package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCaseWithAnEstablishedBreach;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriousnessAndOutcomeTest {

    @ParameterizedTest(name = "{0} severity with {1} conduct is Level {2}, likely {3}")
    @CsvSource({
            // §5.8 Figure 5A and Figure 5B, every cell
            "LOW,    MITIGATING,  1, PRIVATE_WARNING",
            "MEDIUM, MITIGATING,  2, DISCLOSURE",
            "HIGH,   MITIGATING,  3, CIVIL_MONETARY_PENALTY",
            "LOW,    NEUTRAL,     2, DISCLOSURE",
            "MEDIUM, NEUTRAL,     3, CIVIL_MONETARY_PENALTY",
            "HIGH,   NEUTRAL,     3, CIVIL_MONETARY_PENALTY",
            "LOW,    AGGRAVATING, 3, CIVIL_MONETARY_PENALTY",
            "MEDIUM, AGGRAVATING, 3, CIVIL_MONETARY_PENALTY",
            "HIGH,   AGGRAVATING, 4, REFERRAL_OR_PENALTY",
    })
    void figure5AGivesTheIndicativeLevelAndFigure5BItsLikelyOutcome(Severity severity, Conduct conduct, int level,
                                                                    LikelyOutcome outcome) {
        Assessment assessment = aCaseWithAnEstablishedBreach().rated(severity, conduct).assessed();

        assertThat(assessment.indicativeLevel().number()).isEqualTo(level);
        assertThat(assessment.decidedLevel()).isNull();
        assertThat(assessment.level().number()).isEqualTo(level);
        assertThat(assessment.likelyOutcome()).isEqualTo(outcome);
        assertThat(SeriousnessMatrix.indicativeLevel(severity, conduct).number()).isEqualTo(level);
    }

    @ParameterizedTest(name = "previous guidance: {0} severity with {1} conduct is {2}, likely {3}")
    @CsvSource({
            // Previous guidance (DESIGN §3): lesser → warning, moderate → Disclosure, serious/most serious → penalty
            "LOW,    MITIGATING,  lesser,       PRIVATE_WARNING",
            "MEDIUM, MITIGATING,  moderate,     DISCLOSURE",
            "HIGH,   MITIGATING,  serious,      CIVIL_MONETARY_PENALTY",
            "LOW,    NEUTRAL,     moderate,     DISCLOSURE",
            "MEDIUM, NEUTRAL,     serious,      CIVIL_MONETARY_PENALTY",
            "HIGH,   NEUTRAL,     serious,      CIVIL_MONETARY_PENALTY",
            "LOW,    AGGRAVATING, serious,      CIVIL_MONETARY_PENALTY",
            "MEDIUM, AGGRAVATING, serious,      CIVIL_MONETARY_PENALTY",
            "HIGH,   AGGRAVATING, most serious, CIVIL_MONETARY_PENALTY",
    })
    void underThePreviousGuidanceTheOutcomesAreLesserModerateSeriousAndMostSerious(Severity severity, Conduct conduct,
                                                                                  String label, LikelyOutcome outcome) {
        Assessment assessment = aCaseWithAnEstablishedBreach().rated(severity, conduct)
                .withNoticeOfIntentionOn(java.time.LocalDate.of(2025, 10, 1)).assessed();

        assertThat(assessment.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
        assertThat(assessment.seriousness()).isEqualTo(label);
        assertThat(assessment.likelyOutcome()).isEqualTo(outcome);
        if (outcome.isPenalty()) {
            // Previous bands: serious up to 50%, most serious above 50% up to 100% (configuration, DESIGN §3).
            assertThat(assessment.baselineBand().upperPercent())
                    .isEqualByComparingTo(label.equals("serious") ? "50" : "100");
        }
    }

    @Test
    void aDecidedLevelOverridesFigure5AAndTheDepartureReasonIsShown() {
        Assessment assessment = aCaseWithAnEstablishedBreach()
                .ratedWithDecidedLevel(Severity.HIGH, Conduct.NEUTRAL, SeriousnessLevel.LEVEL_4, "severe lasting harm")
                .assessed();

        assertThat(assessment.indicativeLevel()).isEqualTo(SeriousnessLevel.LEVEL_3);
        assertThat(assessment.decidedLevel()).isEqualTo(SeriousnessLevel.LEVEL_4);
        assertThat(assessment.levelDepartureReason()).isEqualTo("severe lasting harm");
        assertThat(assessment.seriousness()).isEqualTo("Level 4 (very high)");
        assertThat(assessment.likelyOutcome()).isEqualTo(LikelyOutcome.REFERRAL_OR_PENALTY);
        assertThat(step(assessment, LevelDecisionRule.NAME).outcome()).contains("departing", "severe lasting harm");
    }

    @Test
    void publicInterestStopsActionWhateverTheLevel() {
        Assessment assessment = aCaseWithAnEstablishedBreach()
                .ratedButPublicInterestStopsAction(Severity.HIGH, Conduct.AGGRAVATING).assessed();

        assertThat(assessment.level()).isEqualTo(SeriousnessLevel.LEVEL_4);
        assertThat(assessment.likelyOutcome()).isEqualTo(LikelyOutcome.NO_ACTION);
        assertThat(assessment.publicInterestStopsAction()).isTrue();
        assertThat(assessment.baselineBand()).isNull();
        assertThat(step(assessment, LikelyOutcomeRule.NAME).section()).contains("5.9");
    }

    @Test
    void aCaseWhoseOnlyBreachIsNotEstablishedHasNoBreach() {
        Assessment assessment = aCase().withBreachWorth("5000.00").withdrawing("b-1")
                .rated(Severity.HIGH, Conduct.AGGRAVATING).assessed();

        assertThat(assessment.likelyOutcome()).isEqualTo(LikelyOutcome.NO_BREACH);
        assertThat(assessment.breaches()).singleElement()
                .satisfies(b -> assertThat(b.establishedReason()).startsWith("withdrawn"));
    }

    @Test
    void aCaseNotRatedYetIsUndetermined() {
        Assessment assessment = aCaseWithAnEstablishedBreach().assessed();

        assertThat(assessment.indicativeLevel()).isNull();
        assertThat(assessment.level()).isNull();
        assertThat(assessment.likelyOutcome()).isEqualTo(LikelyOutcome.UNDETERMINED);
    }

    @Test
    void aCaseWithoutAnyRecordedBreachIsUndeterminedRatherThanNoBreach() {
        assertThat(aCase().rated(Severity.LOW, Conduct.NEUTRAL).assessed().likelyOutcome())
                .isEqualTo(LikelyOutcome.UNDETERMINED);
    }

    @Test
    void underThePreviousGuidanceTheLevelsCarryTheirOldNames() {
        Assessment assessment = aCaseWithAnEstablishedBreach().rated(Severity.HIGH, Conduct.AGGRAVATING)
                .withNoticeOfIntentionOn(java.time.LocalDate.of(2025, 12, 1)).assessed();

        assertThat(assessment.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
        assertThat(assessment.seriousness()).isEqualTo("most serious");
    }

    static ExplanationStep step(Assessment assessment, String rule) {
        return assessment.explanation().stream().filter(s -> s.rule().equals(rule)).findFirst().orElseThrow();
    }
}
