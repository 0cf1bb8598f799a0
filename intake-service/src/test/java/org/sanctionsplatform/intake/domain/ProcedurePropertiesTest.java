package org.sanctionsplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.intake.domain.CaseFixture.*;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sanctionsplatform.guidance.windows.Milestone;

/** Invariants of the procedure that hold whatever order steps are attempted in. */
class ProcedurePropertiesTest {

    record Attempt(Milestone type, int daysAfterOpening) {
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return Combinators.combine(Arbitraries.of(Milestone.class).filter(t -> t != Milestone.WINDOW_EXTENSION_AGREED),
                Arbitraries.integers().between(0, 100)).as(Attempt::new);
    }

    @Property(tries = 300)
    void everyAcceptedStepHasTheStepItNeedsOnOrBeforeItsDate(@ForAll @Size(max = 40) List<@net.jqwik.api.From("attempts") Attempt> attempts) {
        BreachCase breachCase = anOpenCase();
        for (Attempt attempt : attempts) {
            Outcome outcome = breachCase.recordMilestone(milestone(attempt.type(), OPENED_ON.plusDays(attempt.daysAfterOpening())), recorder(), CaseFixture.WINDOWS);
            if (outcome instanceof Outcome.Accepted accepted) {
                breachCase = accepted.breachCase();
            }
        }
        List<ProcedureMilestone> standing = breachCase.standingMilestones();
        for (ProcedureMilestone m : standing) {
            ProcedureRules.Rule rule = ProcedureRules.ruleFor(m.milestone());
            if (!rule.needsOneOf().isEmpty()) {
                assertThat(standing).as("prerequisite of " + m)
                        .anySatisfy(p -> {
                            assertThat(rule.needsOneOf()).contains(p.milestone());
                            assertThat(p.occurredOn()).isBeforeOrEqualTo(m.occurredOn());
                        });
            }
            if (rule.once()) {
                assertThat(standing.stream().filter(o -> o.milestone() == m.milestone())).as("once: " + m.milestone()).hasSize(1);
            }
            assertThat(m.occurredOn()).isBetween(OPENED_ON, TODAY);
        }
    }
}
