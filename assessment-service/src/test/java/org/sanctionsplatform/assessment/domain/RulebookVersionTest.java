package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCaseWithAnEstablishedBreach;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulebookVersionTest {

    @ParameterizedTest(name = "a notice of intention on {0} selects {1}")
    @CsvSource({
            "2026-02-08, PREVIOUS_GUIDANCE, true",
            "2026-02-09, GUIDANCE_2026,     false",
            "2026-05-20, GUIDANCE_2026,     false",
            "2024-01-15, PREVIOUS_GUIDANCE, true",
    })
    void theNoticeOfIntentionDateSelectsTheRulebook(LocalDate notice, RulebookVersion version, boolean transitional) {
        Assessment assessment = aCaseWithAnEstablishedBreach().withNoticeOfIntentionOn(notice).assessed();

        assertThat(assessment.rulebook()).isEqualTo(version);
        assertThat(assessment.rulebookProvisional()).isFalse();
        assertThat(assessment.transitional()).isEqualTo(transitional);
    }

    @Test
    void withoutANoticeOfIntentionThePenaltyDecisionDateSelectsTheRulebook() {
        Assessment assessment = aCaseWithAnEstablishedBreach()
                .withPenaltyDecision(LocalDate.of(2026, 2, 6), "400000.00").assessed();

        assertThat(assessment.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
        assertThat(assessment.transitional()).isFalse();
    }

    @Test
    void theFirstNoticeOfIntentionWinsOverAnEarlierPenaltyDecisionAndOverLaterNotices() {
        Assessment assessment = aCaseWithAnEstablishedBreach()
                .withPenaltyDecision(LocalDate.of(2026, 1, 5), "400000.00")
                .withNoticeOfIntentionOn(LocalDate.of(2026, 3, 2))
                .withNoticeOfIntentionOn(LocalDate.of(2026, 2, 10))
                .assessed();

        assertThat(assessment.rulebook()).isEqualTo(RulebookVersion.GUIDANCE_2026);
        assertThat(SeriousnessAndOutcomeTest.step(assessment, RulebookVersionRule.NAME).outcome())
                .contains("2026-02-10");
    }

    @Test
    void aCorrectedNoticeOfIntentionNoLongerSelectsTheRulebook() {
        CaseFile file = aCaseWithAnEstablishedBreach().withNoticeOfIntentionOn(LocalDate.of(2026, 2, 2)).build()
                .apply(new CaseInput.MilestoneRecorded(new Milestone("m-2", Milestone.NOTICE_OF_INTENTION,
                        LocalDate.of(2026, 2, 12), null, "m-1"))).file();

        assertThat(CaseFileFixture.RULEBOOK.assess(file).rulebook())
                .isEqualTo(RulebookVersion.GUIDANCE_2026);
    }

    @Test
    void beforeAnyFormalDecisionThe2026GuidanceAppliesProvisionallyAndTheExplanationSaysSo() {
        Assessment assessment = aCaseWithAnEstablishedBreach().assessed();

        assertThat(assessment.rulebook()).isEqualTo(RulebookVersion.GUIDANCE_2026);
        assertThat(assessment.rulebookProvisional()).isTrue();
        ExplanationStep first = assessment.explanation().get(0);
        assertThat(first.rule()).isEqualTo(RulebookVersionRule.NAME);
        assertThat(first.section()).isEqualTo("5 introduction");
        assertThat(first.outcome()).contains("provisional");
    }
}
