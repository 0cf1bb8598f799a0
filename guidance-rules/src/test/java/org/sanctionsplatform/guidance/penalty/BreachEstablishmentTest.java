package org.sanctionsplatform.guidance.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §5.2: balance of probabilities; before 15 June 2022 also knowledge or reasonable cause to suspect. */
class BreachEstablishmentTest {

    @ParameterizedTest(name = "a breach on {0}, on balance {1}, knew {2}, withdrawn {3}: established {4}")
    @CsvSource(nullValues = "null", value = {
            "2022-06-14, true,  true,  null,              true,  knew or had reasonable cause to suspect",
            "2022-06-14, true,  false, null,              false, found not to",
            "2022-06-14, true,  null,  null,              false, not assessed yet",
            "2022-06-15, true,  false, null,              true,  no longer part of the test",
            "2025-11-04, true,  null,  null,              true,  only a case factor",
            "2025-11-04, false, null,  null,              false, not shown on the balance of probabilities",
            "2025-11-04, true,  null,  no UK nexus,       false, withdrawn: no UK nexus",
    })
    void theTestOfSection5_2(LocalDate on, boolean balance, Boolean knew, String withdrawn, boolean established,
                             String reason) {
        BreachEstablishment.Finding finding = BreachEstablishment.of(on, balance, knew, withdrawn);

        assertThat(finding.established()).isEqualTo(established);
        assertThat(finding.reason()).contains(reason);
    }

    @ParameterizedTest(name = "a breach on {0}, on balance {1}, knew {2}: the knowledge finding is missing {3}")
    @CsvSource(nullValues = "null", value = {
            "2022-06-14, true,  null,  true",
            "2022-06-14, true,  false, false",
            "2022-06-14, false, null,  false",
            "2022-06-15, true,  null,  false",
    })
    void anEarlierBreachPutForwardAsEstablishedMustCarryTheKnowledgeFinding(LocalDate on, boolean balance, Boolean knew,
                                                                          boolean missing) {
        assertThat(BreachEstablishment.missingKnowledgeFinding(on, balance, knew).isPresent()).isEqualTo(missing);
    }
}
