package org.sanctionsplatform.assessment.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.assessment.application.ReceivedCaseEvent;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.BaselineBands;
import org.sanctionsplatform.assessment.domain.Breach;
import org.sanctionsplatform.assessment.domain.CalendarDivision;
import org.sanctionsplatform.assessment.domain.CaseDraft;
import org.sanctionsplatform.assessment.domain.CaseFactor;
import org.sanctionsplatform.assessment.domain.CaseInput;
import org.sanctionsplatform.assessment.domain.Conduct;
import org.sanctionsplatform.assessment.domain.FactorEffect;
import org.sanctionsplatform.assessment.domain.FactorFinding;
import org.sanctionsplatform.assessment.domain.FactorRatings;
import org.sanctionsplatform.assessment.domain.Procedure;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.assessment.domain.Severity;
import org.sanctionsplatform.assessment.domain.Subject;
import org.sanctionsplatform.assessment.domain.SubjectType;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.assessments.ExplanationStep;
import org.sanctionsplatform.guidance.windows.DueDates;

/**
 * The published explanation lists each step's inputs sorted by key, as the domain keeps them, so the same assessment
 * is published as the same bytes whichever JVM makes it (the inputs used to be copied into a {@code Map.copyOf}, whose
 * order changes from one JVM to the next).
 */
class CaseAssessedMapperTest {

    @Test
    void eachStepsInputsArePublishedSortedByKeyAsTheDomainHasThem() {
        CaseDraft draft = new CaseDraft("c-1", "OFSI-2026-0101", LocalDate.of(2026, 1, 12), Procedure.CIVIL_MONETARY_PENALTY,
                CalendarDivision.ENGLAND_AND_WALES,
                List.of(new Subject("s-1", "Canary Trading Ltd", SubjectType.LEGAL_PERSON, null)),
                List.of(new Breach("b-1", "s-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12", LocalDate.of(2025, 1, 6),
                                new BigDecimal("250000.00"), true, null, null),
                        new Breach("b-2", "s-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12", LocalDate.of(2025, 2, 6),
                                new BigDecimal("1250000.00"), true, null, null)),
                List.of(), new FactorRatings(Severity.HIGH, Conduct.NEUTRAL, null, null, false, null, "officer",
                        LocalDate.of(2026, 2, 20), List.of(new FactorFinding(CaseFactor.B_VALUE, FactorEffect.HIGH, "£1.5m"))),
                List.of(), List.of());
        Assessment assessment = new Rulebook(BaselineBands.asPublished(), new DueDates(BusinessCalendars.standard()))
                .assess(draft.toCaseFile());
        ReceivedCaseEvent cause = new ReceivedCaseEvent("e-1", "c-1", Instant.parse("2026-03-02T10:15:30Z"), null,
                new CaseInput.BreachWithdrawn("b-9", "withdrawn"), null);

        CaseAssessed published = (CaseAssessed) CaseAssessedMapper.toEnvelope(assessment, "e-2", cause,
                Instant.parse("2026-03-02T10:15:32Z")).getPayload();

        assertThat(published.getExplanation()).hasSameSizeAs(assessment.explanation());
        assertThat(published.getExplanation()).filteredOn(step -> step.getInputs().size() >= 3).hasSizeGreaterThan(3);
        for (int i = 0; i < published.getExplanation().size(); i++) {
            ExplanationStep step = published.getExplanation().get(i);
            assertThat(List.copyOf(step.getInputs().keySet())).as("step %d", step.getStep()).isSorted();
            assertThat(step.getInputs()).isEqualTo(assessment.explanation().get(i).inputs());
        }
    }
}
