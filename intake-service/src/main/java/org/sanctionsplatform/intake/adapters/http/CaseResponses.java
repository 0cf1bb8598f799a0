package org.sanctionsplatform.intake.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsplatform.intake.domain.Breach;
import org.sanctionsplatform.intake.domain.BreachCase;
import org.sanctionsplatform.intake.domain.CaseFiles;
import org.sanctionsplatform.intake.domain.CaseSubject;
import org.sanctionsplatform.intake.domain.FactorAssessment;
import org.sanctionsplatform.intake.domain.Gbp;
import org.sanctionsplatform.intake.domain.PenaltyDecision;
import org.sanctionsplatform.intake.domain.Percentage;
import org.sanctionsplatform.intake.domain.ProcedureMilestone;
import org.sanctionsplatform.intake.domain.PublicationStep;
import org.sanctionsplatform.intake.domain.VoluntaryDisclosure;

/** The JSON intake answers with: the case file and its parts, and the case list. */
final class CaseResponses {

    private CaseResponses() {
    }

    /** Every section is always present (empty lists, null sections), so clients see the whole file. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CaseResponse(String id, String caseReference, LocalDate openedOn, String procedure, String origin,
                        String calendarDivision, @Nullable String summary, String status, Instant recordedAt,
                        List<SubjectResponse> subjects, List<BreachResponse> breaches,
                        List<DisclosureResponse> voluntaryDisclosures, @Nullable FactorsResponse factorAssessment,
                        List<MilestoneResponse> milestones, List<PenaltyDecisionResponse> penaltyDecisions,
                        @Nullable ClosureResponse closure, List<PublicationStepResponse> publicationSteps) {

        static CaseResponse of(BreachCase c) {
            return new CaseResponse(c.id().toString(), c.reference().value(), c.openedOn(), c.procedure().name(),
                    c.origin().name(), c.calendarDivision().name(), c.summary(), c.isClosed() ? "CLOSED" : "OPEN",
                    c.recordedAt(), c.subjects().stream().map(SubjectResponse::of).toList(),
                    c.breaches().stream().map(BreachResponse::of).toList(),
                    c.voluntaryDisclosures().stream().map(DisclosureResponse::of).toList(),
                    c.factorAssessment() == null ? null : FactorsResponse.of(c.factorAssessment()),
                    c.milestones().stream().map(MilestoneResponse::of).toList(),
                    c.penaltyDecisions().stream().map(PenaltyDecisionResponse::of).toList(),
                    c.closure() == null ? null : new ClosureResponse(c.closure().closedOn(), c.closure().reason().name(),
                            c.closure().notes()),
                    c.publicationSteps().stream().map(PublicationStepResponse::of).toList());
        }
    }

    /** One publication step of the case (issue 10.6): {@code step} says which, the other fields are its own or null. */
    @Serdeable
    record PublicationStepResponse(String step, String publication, LocalDate on, @Nullable String by,
                                   @Nullable String decision, @Nullable String reason, @Nullable String coverage,
                                   @Nullable String amendment, @Nullable Boolean named, @Nullable String ground,
                                   @Nullable String designatedPerson, @Nullable String designatedPersonWithheldReason,
                                   @Nullable String noticeMilestoneId, @Nullable String trueUnderstanding) {
        static PublicationStepResponse of(PublicationStep step) {
            String scope = step.scope().name();
            if (step instanceof PublicationStep.PublicationDecided d) {
                return new PublicationStepResponse("PUBLICATION_DECIDED", scope, d.decidedOn(), d.decidedBy(),
                        d.decision().name(), d.reason(), d.coverage() == null ? null : d.coverage().name(),
                        d.amendment(), null, null, null, null, null, null);
            }
            if (step instanceof PublicationStep.DisclosureIntended d) {
                return new PublicationStepResponse("DISCLOSURE_INTENDED", scope, d.noticeOn(), null, null, null, null,
                        null, d.named(), d.ground().name(), d.designatedPerson(), d.designatedPersonWithheldReason(),
                        d.noticeMilestoneId() == null ? null : d.noticeMilestoneId().value(), null);
            }
            if (step instanceof PublicationStep.TextWritten t) {
                return new PublicationStepResponse("TEXT_WRITTEN", scope, t.writtenOn(), t.writtenBy(), null, null,
                        null, null, null, null, null, null, null, t.trueUnderstanding());
            }
            if (step instanceof PublicationStep.TextShared t) {
                return new PublicationStepResponse("TEXT_SHARED", scope, t.sharedOn(), t.sharedBy(), null, null, null,
                        null, null, null, null, null, null, null);
            }
            PublicationStep.ReleaseAuthorised r = (PublicationStep.ReleaseAuthorised) step;
            return new PublicationStepResponse("RELEASE_AUTHORISED", scope, r.authorisedOn(), r.authorisedBy(), null,
                    null, null, null, null, null, null, null, null, null);
        }
    }

    @Serdeable
    record SubjectResponse(String subjectId, String name, String subjectType, @Nullable String officerOf,
                           int priorFixedPenaltyWarnings, @Nullable java.math.BigDecimal priorFixedPenalty) {
        static SubjectResponse of(CaseSubject s) {
            return new SubjectResponse(s.subjectId().value(), s.name(), s.subjectType().name(),
                    s.officerOf() == null ? null : s.officerOf().value(), s.priorFixedPenaltyWarnings(),
                    s.priorFixedPenalty());
        }
    }

    @Serdeable
    record BreachResponse(String breachId, String subjectId, String breachType, String regime, String regulation,
                          String description, LocalDate breachDate, @Nullable LocalDate breachEndDate,
                          @Nullable BigDecimal estimatedValue, boolean establishedOnBalanceOfProbabilities,
                          @Nullable Boolean knewOrHadReasonableCauseToSuspect, boolean withdrawn,
                          @Nullable String withdrawalReason, @Nullable Instant withdrawnAt,
                          @Nullable String sharesFundsWithBreachId) {
        static BreachResponse of(Breach b) {
            return new BreachResponse(b.breachId().value(), b.subjectId().value(), b.breachType().name(), b.regime(),
                    b.regulation(), b.description(), b.breachDate(), b.breachEndDate(), amount(b.estimatedValue()),
                    b.establishedOnBalanceOfProbabilities(), b.knewOrHadReasonableCauseToSuspect(), !b.isActive(),
                    b.isActive() ? null : b.withdrawal().reason(), b.isActive() ? null : b.withdrawal().withdrawnAt(),
                    b.sharesFundsWith() == null ? null : b.sharesFundsWith().value());
        }
    }

    @Serdeable
    record DisclosureResponse(String disclosureId, String subjectId, LocalDate disclosedOn,
                              boolean requestedOrRequiredByOfsi, boolean ofsiAlreadyAware,
                              boolean compelledByOtherInvestigation, boolean completeAndAccurate,
                              @Nullable String cooperation, boolean voluntary, @Nullable LocalDate discoveredOn,
                              @Nullable String madeBy) {
        static DisclosureResponse of(VoluntaryDisclosure d) {
            return new DisclosureResponse(d.disclosureId(), d.subjectId().value(), d.disclosedOn(),
                    d.requestedOrRequiredByOfsi(), d.ofsiAlreadyAware(), d.compelledByOtherInvestigation(),
                    d.completeAndAccurate(), d.cooperation(), d.isVoluntary(), d.discoveredOn(), d.madeBy());
        }
    }

    @Serdeable
    record FindingResponse(String factor, String effect, String rationale) {
    }

    @Serdeable
    record FactorsResponse(String assessmentId, List<FindingResponse> findings, String severity, String conduct,
                           String assessedBy, LocalDate assessedOn, @Nullable Integer decidedLevel,
                           @Nullable String levelDepartureReason, boolean publicInterestStopsAction,
                           @Nullable String publicInterestReason) {
        static FactorsResponse of(FactorAssessment a) {
            return new FactorsResponse(a.assessmentId(), a.findings().stream()
                    .map(f -> new FindingResponse(f.factor().name(), f.effect().name(), f.rationale())).toList(),
                    a.severity().name(), a.conduct().name(), a.assessedBy(), a.assessedOn(), a.decidedLevel(),
                    a.levelDepartureReason(), a.publicInterestStopsAction(), a.publicInterestReason());
        }
    }

    @Serdeable
    record MilestoneResponse(String milestoneId, String milestone, LocalDate occurredOn, @Nullable String subjectId,
                             @Nullable String correctsMilestoneId, @Nullable String windowKind,
                             @Nullable Integer extensionBusinessDays, @Nullable LocalDate dueDateInLetter,
                             @Nullable String reason, boolean stands, @Nullable String correctedBy,
                             @Nullable String penaltyOutcome) {
        static MilestoneResponse of(ProcedureMilestone m) {
            return new MilestoneResponse(m.milestoneId().value(), m.milestone().name(), m.occurredOn(),
                    m.subjectId() == null ? null : m.subjectId().value(),
                    m.correctsMilestoneId() == null ? null : m.correctsMilestoneId().value(),
                    m.windowKind() == null ? null : m.windowKind().name(), m.extensionBusinessDays(),
                    m.dueDateInLetter(), m.reason(), m.stands(), m.correctedBy() == null ? null : m.correctedBy().value(),
                    m.penaltyOutcome() == null ? null : m.penaltyOutcome().name());
        }
    }

    @Serdeable
    record PenaltyDecisionResponse(String decisionId, String subjectId, LocalDate decidedOn, String decisionMaker,
                                   @Nullable BigDecimal baseline, @Nullable String baselineDepartureReason,
                                   @Nullable BigDecimal voluntaryDisclosureDiscountPercent,
                                   @Nullable BigDecimal earlyAccountDiscountPercent, boolean settlementDiscountClaimed,
                                   @Nullable BigDecimal hardshipReduction, @Nullable String hardshipReason,
                                   @Nullable String instalmentPlan, @Nullable String rationale,
                                   @Nullable String component) {
        static PenaltyDecisionResponse of(PenaltyDecision d) {
            return new PenaltyDecisionResponse(d.decisionId(), d.subjectId().value(), d.decidedOn(), d.decisionMaker(),
                    amount(d.baseline()), d.baselineDepartureReason(), percent(d.voluntaryDisclosureDiscountPercent()),
                    percent(d.earlyAccountDiscountPercent()), d.settlementDiscountClaimed(), amount(d.hardshipReduction()),
                    d.hardshipReason(), d.instalmentPlan(), d.rationale(), d.component());
        }
    }

    @Serdeable
    record ClosureResponse(LocalDate closedOn, String reason, @Nullable String notes) {
    }

    @Serdeable
    record CaseSummaryResponse(String id, String caseReference, LocalDate openedOn, String procedure, String origin,
                               String calendarDivision, String status, Instant recordedAt, @Nullable LocalDate closedOn,
                               @Nullable String closureReason) {
        static CaseSummaryResponse of(CaseFiles.CaseSummary s) {
            return new CaseSummaryResponse(s.id().toString(), s.reference().value(), s.openedOn(), s.procedure().name(),
                    s.origin().name(), s.calendarDivision().name(), s.closedOn() == null ? "OPEN" : "CLOSED",
                    s.recordedAt(), s.closedOn(), s.closureReason() == null ? null : s.closureReason().name());
        }
    }

    @Serdeable
    record CaseListResponse(List<CaseSummaryResponse> items, int page, int size, long totalItems) {
        static CaseListResponse of(CaseFiles.CasePage page) {
            return new CaseListResponse(page.items().stream().map(CaseSummaryResponse::of).toList(), page.page(),
                    page.size(), page.totalItems());
        }
    }

    private static BigDecimal amount(Gbp gbp) {
        return gbp == null ? null : gbp.amount();
    }

    private static BigDecimal percent(Percentage p) {
        return p == null ? null : p.value();
    }
}
