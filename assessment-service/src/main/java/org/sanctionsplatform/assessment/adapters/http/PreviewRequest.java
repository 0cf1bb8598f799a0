package org.sanctionsplatform.assessment.adapters.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A whole case as JSON for {@code POST /assessments/preview}: the same inputs the case events carry. Every scalar is
 * taken as its text, so an unknown symbol, a malformed date or number is named with its field alongside every other
 * problem of the request instead of failing the whole body.
 */
@Serdeable
public record PreviewRequest(
        @Nullable String caseId,
        @Nullable String caseReference,
        @Nullable String openedOn,
        @Nullable String procedure,
        @Nullable String calendarDivision,
        @Nullable List<SubjectRequest> subjects,
        @Nullable List<BreachRequest> breaches,
        @Nullable List<DisclosureRequest> disclosures,
        @Nullable FactorsRequest factors,
        @Nullable List<MilestoneRequest> milestones,
        @Nullable List<PenaltyDecisionRequest> penaltyDecisions) {

    @Serdeable
    public record SubjectRequest(@Nullable String subjectId, @Nullable String name, @Nullable String subjectType,
                                 @Nullable String officerOfSubjectId, @Nullable String priorFixedPenaltyWarnings,
                                 @Nullable String priorFixedPenalty) {
    }

    @Serdeable
    public record BreachRequest(@Nullable String breachId, @Nullable String subjectId, @Nullable String breachType,
                                @Nullable String regime, @Nullable String regulation, @Nullable String breachDate,
                                @Nullable String estimatedValue, @Nullable String establishedOnBalanceOfProbabilities,
                                @Nullable String knewOrHadReasonableCauseToSuspect, @Nullable String withdrawnReason,
                                @Nullable String sharesFundsWithBreachId) {
    }

    @Serdeable
    public record DisclosureRequest(@Nullable String subjectId, @Nullable String disclosedOn,
                                    @Nullable String requestedOrRequiredByOfsi, @Nullable String ofsiAlreadyAware,
                                    @Nullable String compelledByOtherInvestigation, @Nullable String completeAndAccurate,
                                    @Nullable String cooperation, @Nullable String discoveredOn,
                                    @Nullable String madeBy) {
    }

    @Serdeable
    public record FindingRequest(@Nullable String factor, @Nullable String effect, @Nullable String rationale) {
    }

    @Serdeable
    public record FactorsRequest(@Nullable List<FindingRequest> findings, @Nullable String severity,
                                 @Nullable String conduct, @Nullable String decidedLevel,
                                 @Nullable String levelDepartureReason, @Nullable String publicInterestStopsAction,
                                 @Nullable String publicInterestReason, @Nullable String assessedBy,
                                 @Nullable String assessedOn) {
    }

    @Serdeable
    public record MilestoneRequest(@Nullable String milestoneId, @Nullable String milestone, @Nullable String occurredOn,
                                   @Nullable String subjectId, @Nullable String correctsMilestoneId,
                                   @Nullable String windowKind, @Nullable String extensionBusinessDays,
                                   @Nullable String reason) {
    }

    @Serdeable
    public record PenaltyDecisionRequest(@Nullable String subjectId, @Nullable String decidedOn,
                                         @Nullable String decisionMaker, @Nullable String baseline,
                                         @Nullable String baselineDepartureReason,
                                         @Nullable String voluntaryDisclosureDiscountPercent,
                                         @Nullable String earlyAccountDiscountPercent,
                                         @Nullable String settlementDiscountClaimed,
                                         @Nullable String hardshipReduction, @Nullable String hardshipReason,
                                         @Nullable String instalmentPlan, @Nullable String rationale,
                                         @Nullable String component) {
    }
}
