package org.sanctionsplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.intake.domain.CaseFactor.*;
import static org.sanctionsplatform.intake.domain.CaseFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseFactorAssessmentTest {

    static AssessCaseFactors anAssessment(List<AssessCaseFactors.Finding> findings) {
        return new AssessCaseFactors(findings, SeverityRating.MEDIUM, ConductRating.NEUTRAL, "A. Officer",
                OPENED_ON.plusDays(30), null, null, false, null);
    }

    static AssessCaseFactors.Finding finding(CaseFactor factor, FactorEffect effect) {
        return new AssessCaseFactors.Finding(factor, effect, "because of the evidence");
    }

    @Test
    void anAssessmentRecordsEachFindingWithItsRationaleAndTheOverallRatings() {
        Outcome outcome = anOpenCase().assessFactors(anAssessment(List.of(finding(B_VALUE, FactorEffect.MEDIUM),
                finding(E_INTENTION_OR_KNOWLEDGE, FactorEffect.NEUTRAL))), recorder());

        assertThat(events(outcome)).singleElement().isInstanceOfSatisfying(CaseEvent.CaseFactorsAssessed.class, e -> {
            assertThat(e.assessment().findings()).extracting(FactorFinding::factor).containsExactly(B_VALUE, E_INTENTION_OR_KNOWLEDGE);
            assertThat(e.assessment().severity()).isEqualTo(SeverityRating.MEDIUM);
            assertThat(e.metadata().occurredAt()).isEqualTo(EventRecorder.startOfDay(OPENED_ON.plusDays(30)));
        });
    }

    @Test
    void aNewAssessmentReplacesTheEarlierOne() {
        BreachCase first = accepted(anOpenCase().assessFactors(anAssessment(List.of(finding(B_VALUE, FactorEffect.LOW))), recorder()));
        BreachCase second = accepted(first.assessFactors(anAssessment(List.of(finding(B_VALUE, FactorEffect.HIGH))), recorder()));

        assertThat(second.factorAssessment().findings()).extracting(FactorFinding::effect).containsExactly(FactorEffect.HIGH);
    }

    @ParameterizedTest(name = "severity factor {0} is not rated MITIGATING")
    @EnumSource(value = CaseFactor.class, names = {"A_CIRCUMVENTION", "B_VALUE", "C_STRATEGIC_PRIORITY", "D_HARM_OR_RISK_OF_HARM"})
    void aSeverityFactorIsRatedLowMediumOrHigh(CaseFactor factor) {
        Rejection rejection = rejection(anOpenCase().assessFactors(anAssessment(List.of(finding(factor, FactorEffect.MITIGATING))), recorder()));

        assertThat(rejection.violations()).containsExactly(new Violation("findings[0].effect",
                "must be LOW, MEDIUM or HIGH for severity factor " + factor + " (§5.6)"));
    }

    @ParameterizedTest(name = "conduct factor {0} is not rated HIGH")
    @EnumSource(value = CaseFactor.class, names = {"E_INTENTION_OR_KNOWLEDGE", "F_AWARENESS_OF_SANCTIONS_RISK",
            "G_OWNERSHIP_AND_CONTROL_DUE_DILIGENCE", "H_REPEATED_PERSISTENT_OR_EXTENDED", "OTHER_CONDUCT"})
    void aConductFactorIsRatedMitigatingNeutralOrAggravating(CaseFactor factor) {
        Rejection rejection = rejection(anOpenCase().assessFactors(anAssessment(List.of(finding(factor, FactorEffect.HIGH))), recorder()));

        assertThat(rejection.violations()).containsExactly(new Violation("findings[0].effect",
                "must be MITIGATING, NEUTRAL or AGGRAVATING for conduct factor " + factor + " (§5.7)"));
    }

    @Test
    void eachLetteredFactorIsFoundOnceButOtherFactorsMayBeMany() {
        Rejection twice = rejection(anOpenCase().assessFactors(anAssessment(List.of(finding(B_VALUE, FactorEffect.LOW),
                finding(B_VALUE, FactorEffect.HIGH))), recorder()));
        Outcome others = anOpenCase().assessFactors(anAssessment(List.of(finding(OTHER_CONDUCT, FactorEffect.MITIGATING),
                finding(OTHER_CONDUCT, FactorEffect.AGGRAVATING))), recorder());

        assertThat(fields(twice)).containsExactly("findings[1].factor");
        assertThat(others.isAccepted()).isTrue();
    }

    @Test
    void aDecidedLevelIsADepartureThatNeedsAReason() {
        AssessCaseFactors noReason = new AssessCaseFactors(List.of(finding(B_VALUE, FactorEffect.HIGH)), SeverityRating.HIGH,
                ConductRating.NEUTRAL, "A. Officer", OPENED_ON.plusDays(30), 5, " ", false, null);

        assertThat(rejection(anOpenCase().assessFactors(noReason, recorder())).violations()).containsExactlyInAnyOrder(
                new Violation("decidedLevel", "must be a seriousness level from 1 to 4 (§5.8 Figure 5A)"),
                new Violation("levelDepartureReason",
                        "is required with a decidedLevel: a departure from the indicative level is explained (§5.8)"));
    }

    @Test
    void publicInterestStoppingActionNeedsItsReason() {
        AssessCaseFactors stop = new AssessCaseFactors(List.of(finding(D_HARM_OR_RISK_OF_HARM, FactorEffect.LOW)),
                SeverityRating.LOW, ConductRating.MITIGATING, "A. Officer", OPENED_ON.plusDays(30), null, null, true, null);

        assertThat(rejection(anOpenCase().assessFactors(stop, recorder())).violations()).containsExactly(
                new Violation("publicInterestReason", "is required when the public interest stops action (§5.9)"));
    }

    @Test
    void anAssessmentNeedsTheOverallRatingsTheAssessorAndADateWithinTheCase() {
        AssessCaseFactors bare = new AssessCaseFactors(List.of(), null, null, null, OPENED_ON.minusDays(1), null, null, null, null);

        assertThat(fields(rejection(anOpenCase().assessFactors(bare, recorder()))))
                .containsExactlyInAnyOrder("findings", "severity", "conduct", "assessedBy", "assessedOn");
    }

    @Test
    void aCaseWithoutABreachHasNothingToAssess() {
        BreachCase breachCase = anOpenCase();
        BreachCase withdrawn = accepted(breachCase.withdrawBreach(
                new WithdrawBreach(breachCase.breaches().get(0).breachId().value(), "no UK nexus (§5.3)"), recorder()));

        Rejection rejection = rejection(withdrawn.assessFactors(anAssessment(List.of(finding(B_VALUE, FactorEffect.LOW))), recorder()));

        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.REFUSED);
        assertThat(rejection.explanation()).contains("(§5.1–5.2)");
    }
}
