package org.sanctionsplatform.guidance.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** s.146(2), §6.2: the maximum limits a person's penalty for the case; the latest decision per component counts. */
class PenaltyLimitAndComponentsTest {

    private static final CaseMaximum ONE_MILLION = CaseMaximum.of(List.of(new BreachFunds("b-1", true,
            new BigDecimal("128277.72"), null)));

    @Test
    void aBaselineUpToTheMaximumIsAllowedAndAboveItIsRefusedWithTheMaximumAndItsBasis() {
        assertThat(PenaltyLimit.refusal(new BigDecimal("1000000.00"), null, ONE_MILLION)).isEmpty();
        assertThat(PenaltyLimit.refusal(new BigDecimal("1000000.01"), null, ONE_MILLION)).hasValue(
                "must not exceed the statutory maximum of £1,000,000.00 for this case (the greater of £1,000,000.00"
                + " and 50% of the aggregated value £128,277.72 of 1 established breach; s.146(2), §6.2): a baseline"
                + " above the maximum is not a departure the guidance allows");
    }

    @Test
    void aPersonsPenaltyComponentsTogetherStayWithinTheOneMaximum() {
        assertThat(PenaltyLimit.refusal(new BigDecimal("400000.00"), new BigDecimal("600000.00"), ONE_MILLION)).isEmpty();
        assertThat(PenaltyLimit.refusal(new BigDecimal("400000.01"), new BigDecimal("600000.00"), ONE_MILLION))
                .hasValueSatisfying(r -> assertThat(r).endsWith("already take £600,000.00, leaving £400,000.00"));
        assertThat(PenaltyLimit.remaining(new BigDecimal("1200000.00"), ONE_MILLION.amount()))
                .isEqualTo(new BigDecimal("0.00"));
    }

    record Decision(String person, String component, LocalDate on, String tag) {
    }

    @Test
    void theLatestDecisionPerPersonAndComponentIsInForceTheLaterRecordedOnTheSameDay() {
        LocalDate day = LocalDate.of(2026, 3, 9);
        List<Decision> recorded = Arrays.asList(
                new Decision("bank", "reg 3B", day, "first 3B"),
                new Decision("bank", "art 5(3)", day, "art 5(3)"),
                new Decision("bank", "reg 3B", day.minusDays(1), "older 3B, recorded later"),
                new Decision("bank", "reg 3B", day, "second 3B"),
                new Decision("officer", null, day, "officer"));

        assertThat(PenaltyComponents.inForce(recorded, Decision::person, Decision::component, Decision::on))
                .extracting(Decision::tag).containsExactly("art 5(3)", "second 3B", "officer");
    }

    @Test
    void aPersonsPenaltyIsEitherOnePenaltyOrNamedComponents() {
        assertThat(PenaltyComponents.conflict("reg 3B", List.of("art 5(3)"))).isEmpty();
        assertThat(PenaltyComponents.conflict(null, Arrays.asList((String) null))).isEmpty();
        assertThat(PenaltyComponents.conflict(null, List.of("art 5(3)"))).isPresent();
        assertThat(PenaltyComponents.conflict("reg 3B", Arrays.asList((String) null))).isPresent();
    }
}
