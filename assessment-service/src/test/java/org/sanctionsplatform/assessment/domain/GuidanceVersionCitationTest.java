package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.company;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An explanation cites the sections of the guidance version actually applied, and never a document that is not part of
 * the project. The project holds the 2026 guidance; the previous guidance is known only from what the 2026 text says of
 * it (§1.1 summary of changes, §5 introduction, §6.9 transitional cases), so a previous-guidance step cites no section
 * number of the 2026 guidance for a rule the previous guidance did not have (Figure 5A, the four levels of Figure 5B,
 * the co-operation discount of §6.4–6.6, the EAS, hardship of §7.2, fixed penalties of chapter 13).
 */
class GuidanceVersionCitationTest {

    static final LocalDate NOTICE_2025 = LocalDate.of(2025, 11, 3);

    /** Everything a previous-guidance penalty case can show: a disclosure, EAS and settlement claims, hardship. */
    static Assessment aPenaltyCaseUnderThePreviousGuidance() {
        return aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                .withBreachWorth("3000000.00").rated(Severity.MEDIUM, Conduct.NEUTRAL)
                .withNoticeOfIntentionOn(NOTICE_2025).withVoluntaryCompleteDisclosure()
                .withMilestone("FINAL_DECISION", LocalDate.of(2026, 1, 20))
                .withDecision("s-1", NOTICE_2025, "700000.00", "40", "10", true, "1000.00", "evidenced hardship", null)
                .assessed();
    }

    @Test
    void underThePreviousGuidanceNoStepCitesASectionOrFigureThePreviousGuidanceDidNotHave() {
        Assessment a = aPenaltyCaseUnderThePreviousGuidance();

        assertThat(a.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
        List<String> notInThePreviousGuidance = List.of("Figure 5A", "Figure 5B", "5.5", "5.6", "5.7", "5.8", "6.4",
                "6.7", "7.2", "13.");
        for (ExplanationStep step : a.explanation()) {
            for (String section : notInThePreviousGuidance) {
                assertThat(step.section()).as("step %d %s", step.step(), step.rule()).doesNotContain(section);
                assertThat(step.outcome()).as("step %d %s", step.step(), step.rule()).doesNotContain("§" + section);
            }
        }
        assertThat(a.explanation()).filteredOn(s -> s.rule().equals(SeriousnessMatrix.NAME)).singleElement()
                .satisfies(s -> assertThat(s.outcome()).contains("the previous guidance had no Figure 5A"));
    }

    @Test
    void noStepCitesADocumentThatIsNotPartOfTheProject() {
        for (Assessment a : List.of(aPenaltyCaseUnderThePreviousGuidance(),
                DiscountEligibilityTest.level3Company().withVoluntaryCompleteDisclosure()
                        .withDecision("s-1", DiscountEligibilityTest.DECIDED, "1000000.00", "30", null, false).assessed())) {
            assertThat(a.explanation()).allSatisfy(s -> {
                assertThat(s.section()).doesNotContain("DESIGN").doesNotContain("README");
                assertThat(s.outcome()).doesNotContain("DESIGN").doesNotContain("general guidance");
            });
        }
    }
}
