package org.sanctionsplatform.intake.adapters.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.guidance.limits.InputLimits;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.intake.application.Received;
import org.sanctionsplatform.intake.domain.AssessCaseFactors;
import org.sanctionsplatform.intake.domain.BreachType;
import org.sanctionsplatform.intake.domain.CalendarDivision;
import org.sanctionsplatform.intake.domain.CaseClosureReason;
import org.sanctionsplatform.intake.domain.CaseFactor;
import org.sanctionsplatform.intake.domain.CaseOrigin;
import org.sanctionsplatform.intake.domain.CaseProcedure;
import org.sanctionsplatform.intake.domain.CloseCase;
import org.sanctionsplatform.intake.domain.ConductRating;
import org.sanctionsplatform.intake.domain.FactorEffect;
import org.sanctionsplatform.intake.domain.OpenCase;
import org.sanctionsplatform.intake.domain.RecordBreach;
import org.sanctionsplatform.intake.domain.PenaltyOutcome;
import org.sanctionsplatform.intake.domain.PublicationCommands;
import org.sanctionsplatform.intake.domain.PublicationStep;
import org.sanctionsplatform.intake.domain.RecordMilestone;
import org.sanctionsplatform.intake.domain.RecordPenaltyDecision;
import org.sanctionsplatform.intake.domain.RecordVoluntaryDisclosure;
import org.sanctionsplatform.intake.domain.SeverityRating;
import org.sanctionsplatform.intake.domain.SubjectType;
import org.sanctionsplatform.intake.domain.WithdrawBreach;

/**
 * The JSON bodies intake accepts. Every scalar (enum symbol, date, number, boolean) is taken as its text, so
 * that an unknown symbol, a malformed date or a wrongly typed value is reported with the field's name
 * alongside every other problem of the request, instead of failing the whole body; the case checks the rest.
 */
final class CaseRequests {

    private CaseRequests() {
    }

    @Serdeable
    record OpenCaseRequest(@Nullable String caseReference, @Nullable String openedOn, @Nullable String procedure,
                           @Nullable String origin, @Nullable String calendarDivision, @Nullable String summary,
                           @Nullable List<SubjectRequest> subjects, @Nullable List<BreachRequest> breaches) {

        Received<OpenCase> read() {
            RequestReader reader = new RequestReader();
            List<OpenCase.Subject> readSubjects = null;
            if (subjects != null) {
                readSubjects = new ArrayList<>();
                for (int i = 0; i < subjects.size(); i++) {
                    SubjectRequest s = subjects.get(i);
                    readSubjects.add(s == null ? null : new OpenCase.Subject(s.subjectId(), s.name(),
                            reader.symbol(SubjectType.class, s.subjectType(), "subjects[" + i + "].subjectType"),
                            s.officerOf(), reader.whole(s.officerOfIndex(), "subjects[" + i + "].officerOfIndex"),
                            reader.whole(s.priorFixedPenaltyWarnings(), "subjects[" + i + "].priorFixedPenaltyWarnings"),
                            reader.money(s.priorFixedPenalty(), "subjects[" + i + "].priorFixedPenalty")));
                }
            }
            List<RecordBreach> readBreaches = new ArrayList<>();
            if (breaches != null) {
                for (int i = 0; i < breaches.size(); i++) {
                    BreachRequest b = breaches.get(i);
                    readBreaches.add(b == null ? null : b.read(reader, "breaches[" + i + "]."));
                }
            }
            return reader.received(new OpenCase(caseReference, reader.date(openedOn, "openedOn"),
                    reader.symbol(CaseProcedure.class, procedure, "procedure"),
                    reader.symbol(CaseOrigin.class, origin, "origin"),
                    reader.symbol(CalendarDivision.class, calendarDivision, "calendarDivision"),
                    summary, readSubjects, readBreaches));
        }
    }

    @Serdeable
    record SubjectRequest(@Nullable String subjectId, @Nullable String name, @Nullable String subjectType,
                          @Nullable String officerOf, @Nullable String officerOfIndex,
                          @Nullable String priorFixedPenaltyWarnings, @Nullable String priorFixedPenalty) {
    }

    @Serdeable
    record BreachRequest(@Nullable String subjectId, @Nullable String subjectIndex, @Nullable String breachType,
                         @Nullable String regime, @Nullable String regulation, @Nullable String description,
                         @Nullable String breachDate, @Nullable String breachEndDate, @Nullable String estimatedValue,
                         @Nullable String establishedOnBalanceOfProbabilities,
                         @Nullable String knewOrHadReasonableCauseToSuspect, @Nullable String sharesFundsWithBreachId,
                         @Nullable String sharesFundsWithBreachIndex) {

        RecordBreach read(RequestReader reader, String p) {
            return new RecordBreach(subjectId, reader.whole(subjectIndex, p + "subjectIndex"),
                    reader.symbol(BreachType.class, breachType, p + "breachType"), regime, regulation, description,
                    reader.date(breachDate, p + "breachDate"), reader.date(breachEndDate, p + "breachEndDate"),
                    reader.money(estimatedValue, p + "estimatedValue"),
                    reader.yesNo(establishedOnBalanceOfProbabilities, p + "establishedOnBalanceOfProbabilities"),
                    reader.yesNo(knewOrHadReasonableCauseToSuspect, p + "knewOrHadReasonableCauseToSuspect"),
                    sharesFundsWithBreachId, reader.whole(sharesFundsWithBreachIndex, p + "sharesFundsWithBreachIndex"));
        }

        Received<RecordBreach> read() {
            RequestReader reader = new RequestReader();
            return reader.received(read(reader, ""));
        }
    }

    @Serdeable
    record WithdrawalRequest(@Nullable String reason) {
    }

    static Received<WithdrawBreach> withdrawal(String breachId, WithdrawalRequest body) {
        return Received.of(new WithdrawBreach(breachId, body == null ? null : body.reason()));
    }

    @Serdeable
    record VoluntaryDisclosureRequest(@Nullable String subjectId, @Nullable String disclosedOn,
                                      @Nullable String requestedOrRequiredByOfsi, @Nullable String ofsiAlreadyAware,
                                      @Nullable String compelledByOtherInvestigation,
                                      @Nullable String completeAndAccurate, @Nullable String cooperation,
                                      @Nullable String discoveredOn, @Nullable String madeBy) {

        Received<RecordVoluntaryDisclosure> read() {
            RequestReader reader = new RequestReader();
            return reader.received(new RecordVoluntaryDisclosure(subjectId, reader.date(disclosedOn, "disclosedOn"),
                    reader.yesNo(requestedOrRequiredByOfsi, "requestedOrRequiredByOfsi"),
                    reader.yesNo(ofsiAlreadyAware, "ofsiAlreadyAware"),
                    reader.yesNo(compelledByOtherInvestigation, "compelledByOtherInvestigation"),
                    reader.yesNo(completeAndAccurate, "completeAndAccurate"), cooperation,
                    reader.date(discoveredOn, "discoveredOn"), madeBy));
        }
    }

    @Serdeable
    record FactorsRequest(@Nullable List<FindingRequest> findings, @Nullable String severity, @Nullable String conduct,
                          @Nullable String assessedBy, @Nullable String assessedOn, @Nullable String decidedLevel,
                          @Nullable String levelDepartureReason, @Nullable String publicInterestStopsAction,
                          @Nullable String publicInterestReason) {

        /** The same assessment, as made by {@code person} (the caller, see Caller#actingPerson). */
        FactorsRequest withAssessedBy(@Nullable String person) {
            return new FactorsRequest(findings, severity, conduct, person, assessedOn, decidedLevel, levelDepartureReason,
                    publicInterestStopsAction, publicInterestReason);
        }

        Received<AssessCaseFactors> read() {
            RequestReader reader = new RequestReader();
            List<AssessCaseFactors.Finding> read = new ArrayList<>();
            if (findings != null && findings.size() > InputLimits.MAX_FINDINGS) {
                reader.note("findings", InputLimits.sizeProblem(findings.size(), InputLimits.MAX_FINDINGS).orElseThrow());
            } else if (findings != null) {
                for (int i = 0; i < findings.size(); i++) {
                    FindingRequest f = findings.get(i);
                    String p = "findings[" + i + "].";
                    read.add(f == null ? null : new AssessCaseFactors.Finding(
                            reader.symbol(CaseFactor.class, f.factor(), p + "factor"),
                            reader.symbol(FactorEffect.class, f.effect(), p + "effect"), f.rationale()));
                }
            }
            return reader.received(new AssessCaseFactors(read,
                    reader.symbol(SeverityRating.class, severity, "severity"),
                    reader.symbol(ConductRating.class, conduct, "conduct"), assessedBy,
                    reader.date(assessedOn, "assessedOn"), reader.whole(decidedLevel, "decidedLevel"),
                    levelDepartureReason, reader.yesNo(publicInterestStopsAction, "publicInterestStopsAction"),
                    publicInterestReason));
        }
    }

    @Serdeable
    record FindingRequest(@Nullable String factor, @Nullable String effect, @Nullable String rationale) {
    }

    @Serdeable
    record MilestoneRequest(@Nullable String milestone, @Nullable String occurredOn, @Nullable String subjectId,
                            @Nullable String correctsMilestoneId, @Nullable String windowKind,
                            @Nullable String extensionBusinessDays, @Nullable String dueDateInLetter,
                            @Nullable String reason, @Nullable String penaltyOutcome) {

        Received<RecordMilestone> read() {
            RequestReader reader = new RequestReader();
            return reader.received(new RecordMilestone(reader.symbol(Milestone.class, milestone, "milestone"),
                    reader.date(occurredOn, "occurredOn"), subjectId, correctsMilestoneId,
                    reader.symbol(WindowKind.class, windowKind, "windowKind"),
                    reader.whole(extensionBusinessDays, "extensionBusinessDays"),
                    reader.date(dueDateInLetter, "dueDateInLetter"), reason,
                    reader.symbol(PenaltyOutcome.class, penaltyOutcome, "penaltyOutcome")));
        }
    }

    /** {@code POST /cases/{id}/publication/decisions} (§11.3, §12.2). */
    @Serdeable
    record PublicationDecisionRequest(@Nullable String publication, @Nullable String decision,
                                      @Nullable String reason, @Nullable String coverage,
                                      @Nullable String amendment, @Nullable String decidedOn) {

        Received<PublicationCommands.DecidePublication> read(String decidedBy) {
            RequestReader reader = new RequestReader();
            return reader.received(new PublicationCommands.DecidePublication(
                    reader.symbol(PublicationStep.Scope.class, publication, "publication"),
                    reader.symbol(PublicationStep.Decision.class, decision, "decision"), reason,
                    reader.symbol(PublicationStep.WithheldCoverage.class, coverage, "coverage"), amendment,
                    reader.date(decidedOn, "decidedOn"), decidedBy));
        }
    }

    /** {@code POST /cases/{id}/publication/disclosure-notice} (§12.2). */
    @Serdeable
    record DisclosureNoticeRequest(@Nullable String named, @Nullable String ground, @Nullable String designatedPerson,
                                   @Nullable String designatedPersonWithheldReason, @Nullable String noticeOn) {

        Received<PublicationCommands.IntendDisclosure> read() {
            RequestReader reader = new RequestReader();
            return reader.received(new PublicationCommands.IntendDisclosure(reader.yesNo(named, "named"),
                    reader.symbol(PublicationStep.DisclosureGround.class, ground, "ground"), designatedPerson,
                    designatedPersonWithheldReason, reader.date(noticeOn, "noticeOn")));
        }
    }

    /** {@code PUT /cases/{id}/publication/text} (§11.1, §12.3). */
    @Serdeable
    record PublicationTextRequest(@Nullable String publication, @Nullable String trueUnderstanding,
                                  @Nullable String writtenOn) {

        Received<PublicationCommands.WriteText> read(String writtenBy) {
            RequestReader reader = new RequestReader();
            return reader.received(new PublicationCommands.WriteText(
                    reader.symbol(PublicationStep.Scope.class, publication, "publication"), trueUnderstanding,
                    reader.date(writtenOn, "writtenOn"), writtenBy));
        }
    }

    /** {@code POST /cases/{id}/publication/text-shared} and {@code .../release} (§12.2): which publication, when. */
    @Serdeable
    record PublicationStepRequest(@Nullable String publication, @Nullable String on) {

        Received<PublicationCommands.ShareText> shared(String by) {
            RequestReader reader = new RequestReader();
            return reader.received(new PublicationCommands.ShareText(
                    reader.symbol(PublicationStep.Scope.class, publication, "publication"), reader.date(on, "on"), by));
        }

        Received<PublicationCommands.AuthoriseRelease> release(String by) {
            RequestReader reader = new RequestReader();
            return reader.received(new PublicationCommands.AuthoriseRelease(
                    reader.symbol(PublicationStep.Scope.class, publication, "publication"), reader.date(on, "on"), by));
        }
    }

    @Serdeable
    record PenaltyDecisionRequest(@Nullable String subjectId, @Nullable String decidedOn, @Nullable String decisionMaker,
                                  @Nullable String baseline, @Nullable String baselineDepartureReason,
                                  @Nullable String voluntaryDisclosureDiscountPercent,
                                  @Nullable String earlyAccountDiscountPercent,
                                  @Nullable String settlementDiscountClaimed, @Nullable String hardshipReduction,
                                  @Nullable String hardshipReason, @Nullable String instalmentPlan,
                                  @Nullable String rationale, @Nullable String component) {

        /** The same decision, as made by {@code person} (the caller, see Caller#actingPerson). */
        PenaltyDecisionRequest withDecisionMaker(@Nullable String person) {
            return new PenaltyDecisionRequest(subjectId, decidedOn, person, baseline, baselineDepartureReason,
                    voluntaryDisclosureDiscountPercent, earlyAccountDiscountPercent, settlementDiscountClaimed,
                    hardshipReduction, hardshipReason, instalmentPlan, rationale, component);
        }

        Received<RecordPenaltyDecision> read() {
            RequestReader reader = new RequestReader();
            return reader.received(new RecordPenaltyDecision(subjectId, reader.date(decidedOn, "decidedOn"),
                    decisionMaker, reader.money(baseline, "baseline"), baselineDepartureReason,
                    reader.percent(voluntaryDisclosureDiscountPercent, "voluntaryDisclosureDiscountPercent"),
                    reader.percent(earlyAccountDiscountPercent, "earlyAccountDiscountPercent"),
                    reader.yesNo(settlementDiscountClaimed, "settlementDiscountClaimed"),
                    reader.money(hardshipReduction, "hardshipReduction"), hardshipReason, instalmentPlan, rationale,
                    component));
        }
    }

    @Serdeable
    record ClosureRequest(@Nullable String closedOn, @Nullable String reason, @Nullable String notes) {

        Received<CloseCase> read() {
            RequestReader reader = new RequestReader();
            return reader.received(new CloseCase(reader.date(closedOn, "closedOn"),
                    reader.symbol(CaseClosureReason.class, reason, "reason"), notes));
        }
    }
}
