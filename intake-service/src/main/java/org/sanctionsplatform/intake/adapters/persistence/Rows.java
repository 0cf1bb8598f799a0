package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.intake.domain.BreachType;
import org.sanctionsplatform.intake.domain.CalendarDivision;
import org.sanctionsplatform.intake.domain.CaseClosureReason;
import org.sanctionsplatform.intake.domain.CaseFactor;
import org.sanctionsplatform.intake.domain.CaseOrigin;
import org.sanctionsplatform.intake.domain.CaseProcedure;
import org.sanctionsplatform.intake.domain.ConductRating;
import org.sanctionsplatform.intake.domain.FactorEffect;
import org.sanctionsplatform.intake.domain.SeverityRating;
import org.sanctionsplatform.intake.domain.SubjectType;

/** The rows of intake's tables (V1__intake.sql), one record per table. */
final class Rows {

    private Rows() {
    }

    @MappedEntity("breach_case")
    record CaseRow(@Id String id, String caseReference, LocalDate openedOn, CaseProcedure caseProcedure,
                   CaseOrigin origin, CalendarDivision calendarDivision, @Nullable String summary, Instant recordedAt,
                   @Nullable LocalDate closedOn, @Nullable CaseClosureReason closureReason,
                   @Nullable String closureNotes) {
    }

    @MappedEntity("case_subject")
    record SubjectRow(@Id String id, String caseId, int seq, String subjectId, String name, SubjectType subjectType,
                      @Nullable String officerOf, int priorFixedPenaltyWarnings,
                      @Nullable java.math.BigDecimal priorFixedPenalty) {
    }

    @MappedEntity("breach")
    record BreachRow(@Id String id, String caseId, int seq, String subjectId, BreachType breachType, String regime,
                     String regulation, String description, LocalDate breachDate, @Nullable LocalDate breachEndDate,
                     @Nullable BigDecimal estimatedValue, boolean establishedOnBalanceOfProbabilities,
                     @Nullable Boolean knewOrHadReasonableCauseToSuspect, @Nullable String withdrawalReason,
                     @Nullable Instant withdrawnAt, @Nullable String sharesFundsWithBreachId) {
    }

    @MappedEntity("voluntary_disclosure")
    record DisclosureRow(@Id String id, String caseId, int seq, String subjectId, LocalDate disclosedOn,
                         boolean requestedOrRequiredByOfsi, boolean ofsiAlreadyAware,
                         boolean compelledByOtherInvestigation, boolean completeAndAccurate,
                         @Nullable String cooperation, @Nullable LocalDate discoveredOn, @Nullable String madeBy) {
    }

    @MappedEntity("factor_assessment")
    record AssessmentRow(@Id String id, String caseId, int seq, SeverityRating severity, ConductRating conduct,
                         String assessedBy, LocalDate assessedOn, @Nullable Integer decidedLevel,
                         @Nullable String levelDepartureReason, boolean publicInterestStopsAction,
                         @Nullable String publicInterestReason, Instant recordedAt) {
    }

    @MappedEntity("factor_finding")
    record FindingRow(@Id String id, String assessmentId, int seq, CaseFactor factor, FactorEffect effect,
                      String rationale) {
    }

    @MappedEntity("procedure_milestone")
    record MilestoneRow(@Id String id, String caseId, int seq, Milestone milestone, LocalDate occurredOn,
                        @Nullable String subjectId, @Nullable String correctsMilestoneId,
                        @Nullable WindowKind windowKind, @Nullable Integer extensionBusinessDays,
                        @Nullable LocalDate dueDateInLetter, @Nullable String reason, @Nullable String correctedBy,
                        Instant recordedAt) {
    }

    @MappedEntity("penalty_decision")
    record DecisionRow(@Id String id, String caseId, int seq, String subjectId, LocalDate decidedOn,
                       String decisionMaker, @Nullable BigDecimal baseline, @Nullable String baselineDepartureReason,
                       @Nullable BigDecimal voluntaryDisclosureDiscountPercent,
                       @Nullable BigDecimal earlyAccountDiscountPercent, boolean settlementDiscountClaimed,
                       @Nullable BigDecimal hardshipReduction, @Nullable String hardshipReason,
                       @Nullable String instalmentPlan, @Nullable String rationale, @Nullable String component) {
    }
}
