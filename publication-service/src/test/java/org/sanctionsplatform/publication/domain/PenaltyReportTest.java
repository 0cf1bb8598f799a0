package org.sanctionsplatform.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The s.149(2) report's arithmetic: who is in the period, and the counts and sums of each line. */
class PenaltyReportTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final PenaltyReport.Published NOTHING_PUBLISHED = new PenaltyReport.Published(Map.of(), 0, Map.of());

    @Test
    void onlyTheCasesWhoseOutcomeWasReachedInThePeriodCountBothEndsIncluded() {
        PenaltyReport report = PenaltyReport.of(FROM, TO, List.of(
                penalty(LocalDate.of(2026, 3, 31), "Level 3", "100"),
                penalty(FROM, "Level 3", "200"),
                penalty(TO, "Level 4", "300"),
                penalty(LocalDate.of(2026, 7, 1), "Level 4", "400")), NOTHING_PUBLISHED);

        assertThat(report.total()).isEqualTo(new PenaltyReport.Line("all cases", 2, 2, new BigDecimal("500.00")));
        assertThat(report.byLevel()).containsExactly(
                new PenaltyReport.Line("Level 3", 1, 1, new BigDecimal("200.00")),
                new PenaltyReport.Line("Level 4", 1, 1, new BigDecimal("300.00")));
    }

    @Test
    void aCaseIsCountedOnceWithEveryPenaltyOfItsSubjectsAndUnderEachOfItsRegimesAndBreachTypes() {
        PenaltyReport.ReportedCase companyAndOfficer = new PenaltyReport.ReportedCase(FROM.plusDays(3), "Level 3",
                "CIVIL_MONETARY_PENALTY", List.of(new BigDecimal("300000"), new BigDecimal("25000.005")),
                Set.of("Russia", "Belarus"), Set.of("MAKING_FUNDS_AVAILABLE", "DEALING_WITH_FUNDS"));
        PenaltyReport report = PenaltyReport.of(FROM, TO, List.of(companyAndOfficer,
                penalty(FROM.plusDays(9), "Level 3", "5000")), NOTHING_PUBLISHED);

        assertThat(report.total()).isEqualTo(new PenaltyReport.Line("all cases", 2, 3, new BigDecimal("330000.01")));
        assertThat(report.byRegime()).containsExactly(
                new PenaltyReport.Line("Belarus", 1, 2, new BigDecimal("325000.01")),
                new PenaltyReport.Line("Russia", 2, 3, new BigDecimal("330000.01")));
        assertThat(report.byBreachType()).extracting(PenaltyReport.Line::value)
                .containsExactly("DEALING_WITH_FUNDS", "MAKING_FUNDS_AVAILABLE");
        assertThat(report.byOutcome()).containsExactly(
                new PenaltyReport.Line("CIVIL_MONETARY_PENALTY", 2, 3, new BigDecimal("330000.01")));
    }

    @Test
    void warningsAndDisclosuresAreCountedWithoutPenaltiesAndMissingFactsAreNamedSo() {
        PenaltyReport report = PenaltyReport.of(FROM, TO, List.of(
                new PenaltyReport.ReportedCase(FROM, "Level 1", "PRIVATE_WARNING", List.of(), Set.of("Iran"), Set.of()),
                new PenaltyReport.ReportedCase(FROM, "Level 2", "DISCLOSURE", List.of(), Set.of(), Set.of("DEALING_WITH_FUNDS")),
                new PenaltyReport.ReportedCase(FROM, null, "DISCLOSURE", List.of(), Set.of(), Set.of())),
                new PenaltyReport.Published(Map.of("MONETARY_PENALTY_SUMMARY", 2L), 1, Map.of("DISCLOSURE_NAMED", 1L)));

        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.disclosures()).isEqualTo(2);
        assertThat(report.total()).isEqualTo(new PenaltyReport.Line("all cases", 3, 0, new BigDecimal("0.00")));
        assertThat(report.byLevel()).extracting(PenaltyReport.Line::value)
                .containsExactly("Level 1", "Level 2", PenaltyReport.NOT_RECORDED);
        assertThat(report.byRegime()).extracting(PenaltyReport.Line::value).containsExactly("Iran", PenaltyReport.NOT_RECORDED);
        assertThat(report.published().released()).isEqualTo(2);
        assertThat(report.published().amended()).isEqualTo(1);
        assertThat(report.published().withheld()).isEqualTo(1);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsNoPeriod() {
        assertThatThrownBy(() -> PenaltyReport.of(TO, FROM, List.of(), NOTHING_PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReassessmentThatLeavesTheOutcomeAsItWasKeepsTheDateTheOutcomeWasReached() {
        AssessedCase decided = assessed("CIVIL_MONETARY_PENALTY", new BigDecimal("900000"), LocalDate.of(2026, 4, 2));
        AssessedCase reassessed = assessed("CIVIL_MONETARY_PENALTY", new BigDecimal("450000"), LocalDate.of(2026, 8, 3));
        AssessedCase notYetImposed = assessed("CIVIL_MONETARY_PENALTY", null, LocalDate.of(2026, 3, 2));
        AssessedCase disclosure = assessed("DISCLOSURE", null, LocalDate.of(2026, 9, 1));

        assertThat(reassessed.outcomeSince(decided).outcomeOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(decided.outcomeSince(notYetImposed).outcomeOn()).as("the penalty imposed: a new outcome")
                .isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(disclosure.outcomeSince(decided).outcomeOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(decided.outcomeSince(null)).isEqualTo(decided);
    }

    private static PenaltyReport.ReportedCase penalty(LocalDate on, String level, String amount) {
        return new PenaltyReport.ReportedCase(on, level, "CIVIL_MONETARY_PENALTY", List.of(new BigDecimal(amount)),
                Set.of("Russia"), Set.of("MAKING_FUNDS_AVAILABLE"));
    }

    private static AssessedCase assessed(String outcome, BigDecimal penalty, LocalDate on) {
        return new AssessedCase("event-" + on, 3, outcome, new BigDecimal("3000000"), Set.of("b-1"),
                List.of(new AssessedCase.Penalty("s-1", "Company Ltd", "LEGAL_PERSON", penalty)), "Level 3", null, on);
    }
}
