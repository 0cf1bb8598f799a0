package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.AFTER_2022;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Identical outcomes of the per-breach rule are one explanation step listing the breaches; distinct ones stay apart. */
class ExplanationGroupingTest {

    /** The published 2025 case: 79 breaches worth £128,277.72 in all. */
    static CaseFileFixture seventyNineBreaches() {
        CaseFileFixture fixture = aCase();
        for (int i = 0; i < 79; i++) {
            fixture.withBreach(AFTER_2022.plusDays(i), new BigDecimal(i == 0 ? "1623.66" : "1623.77"), true, null);
        }
        return fixture.rated(Severity.MEDIUM, Conduct.NEUTRAL);
    }

    @Test
    void seventyNineAlikeBreachesAreOneStepListingTheirIdsAndCount() {
        Assessment a = seventyNineBreaches().assessed();

        assertThat(a.breaches()).hasSize(79);
        assertThat(a.explanation()).filteredOn(s -> s.rule().equals(BreachEstablishedRule.NAME)).singleElement()
                .satisfies(s -> {
                    assertThat(s.outcome()).startsWith("79 breaches established (b-1, b-2, b-3, ");
                    assertThat(s.outcome()).contains("b-79)");
                    assertThat(s.inputs()).containsEntry("count", "79");
                });
        assertThat(a.explanation()).hasSizeLessThan(15);
        assertThat(a.explanation()).extracting(ExplanationStep::step)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, a.explanation().size()).boxed().toList());
    }

    @Test
    void distinctOutcomesStaySeparateStepsInDateOrder() {
        Assessment a = aCase()
                .withBreach(AFTER_2022, new BigDecimal("10.00"), true, null)
                .withBreach(AFTER_2022.plusDays(1), new BigDecimal("10.00"), false, null)
                .withBreach(AFTER_2022.plusDays(2), new BigDecimal("10.00"), true, null)
                .assessed();

        assertThat(a.explanation()).filteredOn(s -> s.rule().equals(BreachEstablishedRule.NAME))
                .extracting(ExplanationStep::outcome).containsExactly(
                        "2 breaches established (b-1, b-3): established on the balance of probabilities; on or after"
                        + " 15 June 2022 knowledge is no longer part of the test (s.146(1A)), only a case factor",
                        "b-2 not established: not shown on the balance of probabilities");
    }
}
