package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCaseWithAnEstablishedBreach;

import org.junit.jupiter.api.Test;

/** The platform suggests overall severity and conduct from the officer's findings; the officer's ratings rule (§5.5–5.8). */
class SuggestedRatingsTest {

    static FactorFinding finding(CaseFactor factor, FactorEffect effect) {
        return new FactorFinding(factor, effect, "rationale for " + factor);
    }

    @Test
    void severityIsTheRoundedMeanOfTheSeverityFindingsAndConductTheBalanceOfAggravatingAndMitigating() {
        Assessment a = aCaseWithAnEstablishedBreach().ratedWithFindings(Severity.MEDIUM, Conduct.NEUTRAL,
                finding(CaseFactor.B_VALUE, FactorEffect.HIGH),
                finding(CaseFactor.C_STRATEGIC_PRIORITY, FactorEffect.MEDIUM),
                finding(CaseFactor.D_HARM_OR_RISK_OF_HARM, FactorEffect.LOW),
                finding(CaseFactor.F_AWARENESS_OF_SANCTIONS_RISK, FactorEffect.AGGRAVATING),
                finding(CaseFactor.H_REPEATED_PERSISTENT_OR_EXTENDED, FactorEffect.MITIGATING)).assessed();

        assertThat(a.suggestedSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(a.suggestedConduct()).isEqualTo(Conduct.NEUTRAL);
        assertThat(a.findings()).hasSize(5);
    }

    @Test
    void circumventionFoundHighMakesTheSuggestedSeverityHigh() {
        Assessment a = aCaseWithAnEstablishedBreach().ratedWithFindings(Severity.MEDIUM, Conduct.AGGRAVATING,
                finding(CaseFactor.A_CIRCUMVENTION, FactorEffect.HIGH),
                finding(CaseFactor.B_VALUE, FactorEffect.LOW),
                finding(CaseFactor.E_INTENTION_OR_KNOWLEDGE, FactorEffect.AGGRAVATING)).assessed();

        assertThat(a.suggestedSeverity()).isEqualTo(Severity.HIGH);
        assertThat(a.suggestedConduct()).isEqualTo(Conduct.AGGRAVATING);
    }

    @Test
    void theOfficersRatingsDecideTheLevelAndADifferenceFromTheSuggestionIsShown() {
        Assessment a = aCaseWithAnEstablishedBreach().ratedWithFindings(Severity.LOW, Conduct.MITIGATING,
                finding(CaseFactor.B_VALUE, FactorEffect.HIGH),
                finding(CaseFactor.E_INTENTION_OR_KNOWLEDGE, FactorEffect.AGGRAVATING)).assessed();

        assertThat(a.suggestedSeverity()).isEqualTo(Severity.HIGH);
        assertThat(a.indicativeLevel()).isEqualTo(SeriousnessLevel.LEVEL_1);
        assertThat(SeriousnessAndOutcomeTest.step(a, SuggestedRatingsRule.NAME).outcome())
                .contains("authoritative", "differ from the suggestion");
    }

    @Test
    void withoutFindingsNothingIsSuggested() {
        Assessment a = aCaseWithAnEstablishedBreach().rated(Severity.LOW, Conduct.NEUTRAL).assessed();

        assertThat(a.suggestedSeverity()).isNull();
        assertThat(a.suggestedConduct()).isNull();
    }
}
