package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.AFTER_2022;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.BEFORE_15_JUNE_2022;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BreachEstablishedTest {

    private static final BigDecimal VALUE = new BigDecimal("2500000.00");

    @Test
    void aBreachBefore15June2022IsEstablishedOnlyIfTheSubjectKnewOrHadReasonableCauseToSuspect() {
        Assessment knew = aCase().withBreach(BEFORE_15_JUNE_2022, VALUE, true, true).assessed();
        Assessment didNotKnow = aCase().withBreach(BEFORE_15_JUNE_2022, VALUE, true, false).assessed();

        assertThat(knew.breaches().get(0).established()).isTrue();
        assertThat(didNotKnow.breaches().get(0).established()).isFalse();
        assertThat(didNotKnow.breaches().get(0).establishedReason()).contains("15 June 2022", "found not to");
        assertThat(didNotKnow.likelyOutcome()).isEqualTo(LikelyOutcome.NO_BREACH);
    }

    @Test
    void aBreachBefore15June2022WhoseKnowledgeIsNotAssessedIsNotEstablishedYet() {
        Assessment assessment = aCase().withBreach(BEFORE_15_JUNE_2022, VALUE, true, null).assessed();

        assertThat(assessment.breaches().get(0).established()).isFalse();
        assertThat(assessment.breaches().get(0).establishedReason()).contains("not assessed yet");
    }

    @Test
    void fromThe15June2022KnowledgeIsNoLongerPartOfTheTest() {
        Assessment onTheDay = aCase().withBreach(LocalDate.of(2022, 6, 15), VALUE, true, false).assessed();

        assertThat(onTheDay.breaches().get(0).established()).isTrue();
        assertThat(onTheDay.breaches().get(0).establishedReason()).contains("case factor");
    }

    @Test
    void aBreachNotShownOnTheBalanceOfProbabilitiesIsNotEstablishedAndDoesNotCountTowardsTheMaximum() {
        Assessment assessment = aCase().withBreach(AFTER_2022, VALUE, false, null).assessed();

        assertThat(assessment.breaches().get(0).established()).isFalse();
        assertThat(assessment.breaches().get(0).statutoryMaximumAlone()).isEqualTo(new BigDecimal("1250000.00"));
        assertThat(assessment.aggregatedValue()).isNull();
        assertThat(assessment.statutoryMaximum()).isEqualTo(new BigDecimal("1000000.00"));
    }

    @Test
    void anUnestablishedPre2022BreachIsLeftOutOfTheAggregatedValue() {
        Assessment assessment = aCase()
                .withBreach(BEFORE_15_JUNE_2022, new BigDecimal("8000000.00"), true, false)
                .withBreach(AFTER_2022, new BigDecimal("3000000.00"), true, null)
                .assessed();

        assertThat(assessment.aggregatedValue()).isEqualTo(new BigDecimal("3000000.00"));
        assertThat(assessment.statutoryMaximum()).isEqualTo(new BigDecimal("1500000.00"));
    }
}
