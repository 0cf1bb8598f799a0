package org.sanctionsplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.Milestone.*;
import static org.sanctionsplatform.intake.domain.CaseFixture.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.guidance.windows.Milestone;

/** One case from self-report to payment, told as the guidance tells it. */
class CaseLifecycleScenarioTest {

    private final List<CaseEvent> recorded = new ArrayList<>();

    private BreachCase then(Outcome outcome) {
        recorded.addAll(events(outcome));
        return accepted(outcome);
    }

    @Test
    void aSelfReportedCompanyIsPenalisedReviewedAndPays() {
        EventRecorder recorder = recorder();

        // A company reports that it paid a designated person's invoice; its director is an officer (s.148).
        BreachCase breachCase = then(BreachCase.open(CaseId.random(), new CaseReference("OFSI-2026-000042"),
                aCase().withSubjects(aCompany("ACME"), anOfficerOf("DIR", "ACME"))
                        .withBreaches(aBreachBy("ACME")).openedOn(LocalDate.of(2026, 1, 5)).command(), recorder));
        breachCase = then(breachCase.recordVoluntaryDisclosure(aDisclosureBy("ACME", LocalDate.of(2026, 1, 2))
                .discoveredOn(LocalDate.of(2025, 12, 18)).complete("full co-operation").command(), recorder));

        // OFSI notifies the investigation; the company asks for, and gets, the Early Account Scheme (chapter 4).
        breachCase = then(breachCase.recordMilestone(milestone(INVESTIGATION_NOTICE, LocalDate.of(2026, 1, 12), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(EAS_REQUESTED, LocalDate.of(2026, 1, 20), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(EAS_AGREED_IN_PRINCIPLE, LocalDate.of(2026, 1, 27), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(EAS_TERMS_AGREED, LocalDate.of(2026, 2, 10), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(EARLY_ACCOUNT_DELIVERED, LocalDate.of(2026, 4, 1), "ACME"), recorder, CaseFixture.WINDOWS));

        // The officer assesses the case factors (chapter 5) and the decision maker decides a penalty (chapter 6).
        breachCase = then(breachCase.assessFactors(new AssessCaseFactors(List.of(
                new AssessCaseFactors.Finding(CaseFactor.B_VALUE, FactorEffect.MEDIUM, "£125,000"),
                new AssessCaseFactors.Finding(CaseFactor.F_AWARENESS_OF_SANCTIONS_RISK, FactorEffect.AGGRAVATING, "no screening")),
                SeverityRating.MEDIUM, ConductRating.AGGRAVATING, "Case Officer", LocalDate.of(2026, 4, 20), null, null, false, null), recorder));
        breachCase = then(breachCase.recordPenaltyDecision(new RecordPenaltyDecision("ACME", LocalDate.of(2026, 4, 24), "Decision Maker",
                new BigDecimal("400000.00"), null, new BigDecimal("20"), new BigDecimal("15"), false, null, null, null, "Level 3"), recorder));

        // Notice of intention, representations, final decision (chapter 7); review (chapter 8); payment (chapter 10).
        breachCase = then(breachCase.recordMilestone(milestone(NOTICE_OF_INTENTION, LocalDate.of(2026, 4, 27), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(REPRESENTATIONS_RECEIVED, LocalDate.of(2026, 5, 20), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(FINAL_DECISION, LocalDate.of(2026, 5, 29), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(REVIEW_REQUESTED, LocalDate.of(2026, 6, 3), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(REVIEW_DECIDED, LocalDate.of(2026, 6, 10), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(PENALTY_FINALISED, LocalDate.of(2026, 6, 10), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.recordMilestone(milestone(PAYMENT_RECEIVED, LocalDate.of(2026, 6, 12), "ACME"), recorder, CaseFixture.WINDOWS));
        breachCase = then(breachCase.close(new CloseCase(LocalDate.of(2026, 6, 12), CaseClosureReason.PENALTY_PAID, null), recorder));

        assertThat(breachCase.isClosed()).isTrue();
        assertThat(breachCase.standingMilestones()).hasSize(12);
        assertThat(recorded).hasSize(18).first().isInstanceOf(CaseEvent.CaseOpened.class);
        assertThat(recorded).last().isInstanceOf(CaseEvent.CaseClosed.class);
        assertThat(recorded).extracting(CaseEvent::caseId).containsOnly(breachCase.id());
    }
}
