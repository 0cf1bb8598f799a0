package org.sanctionsplatform.publication.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.events.assessments.AssessedProcedure;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.assessments.ExplanationStep;
import org.sanctionsplatform.events.assessments.LikelyOutcome;
import org.sanctionsplatform.events.assessments.RulebookVersion;

/**
 * §5.8 "we will explain why we consider a case to be Level 4 … when we publish": the reason a publication gives for the
 * case's level is the assessment's Figure 5A step, not whichever step last cites §5.8 (the baseline band's, "no baseline
 * band: DISCLOSURE is not a monetary penalty", was shown on a Disclosure's page); a departure from Figure 5A is said
 * in standard words, without the decision maker's free-text reason.
 */
class LevelReasonTest {

    @Test
    void theReasonIsTheFigure5AStepNotTheLastStepCitingSection58() {
        CaseAssessed assessed = assessed(2, null, "Level 2 (moderate)");

        assertThat(InboundEventMapper.levelReason(AsPublicationReadsIt.payload(assessed)))
                .isEqualTo("LOW severity with NEUTRAL conduct indicates Level 2 (moderate).");
    }

    @Test
    void aDepartureFromFigure5AIsSaidWithoutTheDecisionMakersOwnWords() {
        CaseAssessed assessed = assessed(2, 3, "Level 3 (high)");

        assertThat(InboundEventMapper.levelReason(AsPublicationReadsIt.payload(assessed)))
                .isEqualTo("LOW severity with NEUTRAL conduct indicates Level 2 (moderate). The decision maker decided "
                        + "Level 3 (high) instead (§5.8).")
                .doesNotContain("Jane Smith");
    }

    private static CaseAssessed assessed(int indicative, Integer decided, String seriousness) {
        return CaseAssessed.newBuilder().setCaseReference("OFSI-2026-0101").setInputVersion(4)
                .setRulebook(RulebookVersion.GUIDANCE_2026).setProcedure(AssessedProcedure.CIVIL_MONETARY_PENALTY)
                .setSeverity("LOW").setConduct("NEUTRAL").setIndicativeLevel(indicative).setDecidedLevel(decided)
                .setLevelDepartureReason(decided == null ? null : "Jane Smith's repeated conduct")
                .setSeriousness(seriousness).setLikelyOutcome(LikelyOutcome.DISCLOSURE)
                .setStatutoryMaximum(new BigDecimal("1000000.00")).setBreaches(List.of()).setPenalties(List.of())
                .setExplanation(List.of(
                        step(5, "SeriousnessMatrix", "5.8 Figure 5A",
                                "LOW severity with NEUTRAL conduct indicates Level 2 (moderate)"),
                        step(6, "LevelDecision", "5.8", decided == null
                                ? "Level 2 (moderate): the indicative level, no departure"
                                : "Level 3 (high) decided, departing from the indicative Level 2: Jane Smith's repeated conduct"),
                        step(7, "LikelyOutcome", "5.8 Figure 5B, 5.9", "DISCLOSURE: Level 2 (moderate): likely a Disclosure"),
                        step(8, "BaselineBand", "6.2, 5.8 Figure 5B", "no baseline band: DISCLOSURE is not a monetary penalty")))
                .build();
    }

    private static ExplanationStep step(int n, String rule, String section, String outcome) {
        return ExplanationStep.newBuilder().setStep(n).setRule(rule).setSection(section).setInputs(Map.of())
                .setOutcome(outcome).build();
    }
}
