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

    @ParameterizedTest(name = "a {0} on {1} is the first formal decision: {2}")
    @CsvSource({
            "NOTICE_OF_INTENDED_DISCLOSURE, 2023-05-10, PREVIOUS_GUIDANCE",
            "DISCLOSURE_DECIDED,            2025-07-01, PREVIOUS_GUIDANCE",
            "NOTICE_OF_INTENDED_DISCLOSURE, 2026-02-09, GUIDANCE_2026",
    })
    void aDecisionToMakeADisclosureIsAFormalDecisionThatFixesTheRulebook(String milestone, LocalDate on,
                                                                        RulebookVersion version) {
        // §5 introduction: the guidance in force at OFSI's first formal decision whether to take enforcement action.
        Assessment assessment = aCaseWithAnEstablishedBreach().rated(Severity.LOW, Conduct.NEUTRAL)
                .withMilestone(milestone, on).assessed();

        assertThat(assessment.rulebook()).isEqualTo(version);
        assertThat(assessment.rulebookProvisional()).isFalse();
        assertThat(assessment.transitional()).isFalse();
        assertThat(assessment.explanation().get(0).outcome()).contains(on.toString());
    }

    @Test
    void aDisclosureDecidedBeforeALaterNoticeOfIntentionStillFixesTheRulebook() {
        Assessment assessment = aCaseWithAnEstablishedBreach()
                .withMilestone("NOTICE_OF_INTENDED_DISCLOSURE", LocalDate.of(2025, 6, 2))
                .withNoticeOfIntentionOn(LocalDate.of(2026, 3, 2)).assessed();

        assertThat(assessment.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
    }

    @Test
    void aCaseStopsBeingTransitionalOnceAFinalDecisionIsMade() {
        // §6.9: the transitional process is for cases with a notice before 9 February 2026 "where no final decision
        // has yet been resolved".
        CaseFileFixture noticeBefore2026 = aCaseWithAnEstablishedBreach().withNoticeOfIntentionOn(LocalDate.of(2026, 1, 15));
        Assessment beforeTheFinalDecision = noticeBefore2026.assessed();
        Assessment afterIt = noticeBefore2026.withMilestone("FINAL_DECISION", LocalDate.of(2026, 4, 1)).assessed();

        assertThat(beforeTheFinalDecision.transitional()).isTrue();
        assertThat(afterIt.transitional()).isFalse();
        assertThat(afterIt.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
        assertThat(afterIt.explanation().get(0).outcome()).contains("final decision of 2026-04-01", "no longer transitional");
    }
}
