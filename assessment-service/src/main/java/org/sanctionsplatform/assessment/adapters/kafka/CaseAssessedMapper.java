package org.sanctionsplatform.assessment.adapters.kafka;

import java.math.BigDecimal;
import java.time.Instant;
import org.sanctionsplatform.assessment.application.ReceivedCaseEvent;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.BaselineBand;
import org.sanctionsplatform.assessment.domain.BreachAssessment;
import org.sanctionsplatform.assessment.domain.Discount;
import org.sanctionsplatform.assessment.domain.ExplanationStep;
import org.sanctionsplatform.assessment.domain.Money;
import org.sanctionsplatform.assessment.domain.SeriousnessLevel;
import org.sanctionsplatform.assessment.domain.SubjectFixedPenalty;
import org.sanctionsplatform.assessment.domain.SubjectPenalty;
import org.sanctionsplatform.events.assessments.AssessedFactorFinding;
import org.sanctionsplatform.events.assessments.AssessedProcedure;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.assessments.DiscountKind;
import org.sanctionsplatform.events.assessments.FixedPenaltyAssessment;
import org.sanctionsplatform.events.assessments.LikelyOutcome;
import org.sanctionsplatform.events.assessments.RulebookVersion;
import org.sanctionsplatform.support.audit.Actor;
import org.sanctionsplatform.support.events.Envelopes;

/** The one mapping from a domain {@link Assessment} to CaseAssessed (Avro, enforcement.assessments.v1). */
public final class CaseAssessedMapper {

    private CaseAssessedMapper() {
    }

    public static AssessmentEventEnvelope toEnvelope(Assessment a, String eventId, ReceivedCaseEvent cause,
                                                     Instant assessedAt) {
        CaseAssessed payload = CaseAssessed.newBuilder()
                .setCaseReference(a.caseReference())
                .setInputVersion(a.inputVersion())
                .setRulebook(RulebookVersion.valueOf(a.rulebook().name()))
                .setTransitional(a.transitional())
                .setProcedure(AssessedProcedure.valueOf(a.procedure().name()))
                .setSeverity(a.severity() == null ? null : a.severity().name())
                .setConduct(a.conduct() == null ? null : a.conduct().name())
                .setIndicativeLevel(number(a.indicativeLevel()))
                .setDecidedLevel(number(a.decidedLevel()))
                .setLevelDepartureReason(a.levelDepartureReason())
                .setSeriousness(a.seriousness())
                .setLikelyOutcome(LikelyOutcome.valueOf(a.likelyOutcome().name()))
                .setPublicInterestStopsAction(a.publicInterestStopsAction())
                .setStatutoryMaximum(a.statutoryMaximum())
                .setAggregatedValue(a.aggregatedValue())
                .setBreaches(a.breaches().stream().map(CaseAssessedMapper::breach).toList())
                .setBaselineBand(band(a.baselineBand()))
                .setPenalties(a.penalties().stream().map(CaseAssessedMapper::penalty).toList())
                .setFixedPenalty(fixedPenalty(a.fixedPenalty()))
                .setHalvedWindows(a.halvedWindows())
                .setExplanation(a.explanation().stream().map(CaseAssessedMapper::step).toList())
                .setSuggestedSeverity(a.suggestedSeverity() == null ? null : a.suggestedSeverity().name())
                .setSuggestedConduct(a.suggestedConduct() == null ? null : a.suggestedConduct().name())
                .setFindings(a.findings().stream().map(f -> AssessedFactorFinding.newBuilder()
                        .setFactor(f.factor().name()).setEffect(f.effect().name()).setRationale(f.rationale()).build())
                        .toList())
                .setSubjectFixedPenalties(a.subjectFixedPenalties().stream().map(CaseAssessedMapper::subjectFixedPenalty)
                        .toList())
                .build();
        return AssessmentEventEnvelope.newBuilder()
                .setEventId(eventId)
                .setCaseId(a.caseId())
                .setOccurredAt(assessedAt)
                .setRecordedAt(assessedAt)
                .setProducer(Envelopes.ASSESSMENT)
                .setCausationId(cause.eventId())
                .setCorrelationId(cause.correlationId() != null ? cause.correlationId() : cause.eventId())
                // who caused the case event this assessment was made from goes on with it (issue 9.3)
                .setActor(Actor.toEvent(cause.actor()))
                .setPayload(payload)
                .build();
    }

    private static org.sanctionsplatform.events.assessments.BreachAssessment breach(BreachAssessment b) {
        return org.sanctionsplatform.events.assessments.BreachAssessment.newBuilder()
                .setBreachId(b.breachId())
                .setSubjectId(b.subjectId())
                .setBreachType(b.breachType())
                .setRegime(b.regime())
                .setEstablished(b.established())
                .setEstablishedReason(b.establishedReason())
                .setEstimatedValue(b.estimatedValue())
                .setStatutoryMaximumAlone(b.statutoryMaximumAlone())
                .setSharesFundsWithBreachId(b.sharesFundsWithBreachId())
                .build();
    }

    private static org.sanctionsplatform.events.assessments.BaselineBand band(BaselineBand band) {
        if (band == null) {
            return null;
        }
        return org.sanctionsplatform.events.assessments.BaselineBand.newBuilder()
                .setLowerPercent(band.lowerPercent())
                .setLowerInclusive(band.lowerInclusive())
                .setUpperPercent(band.upperPercent())
                .setLowerAmount(band.lowerAmount())
                .setUpperAmount(band.upperAmount())
                .build();
    }

    private static org.sanctionsplatform.events.assessments.SubjectPenalty penalty(SubjectPenalty p) {
        return org.sanctionsplatform.events.assessments.SubjectPenalty.newBuilder()
                .setSubjectId(p.subjectId())
                .setSubjectName(p.subjectName())
                .setSubjectType(p.subjectType().name())
                .setBaseline(p.baseline())
                .setBaselineOutsideBand(p.baselineOutsideBand())
                .setBaselineDepartureReason(p.baselineDepartureReason())
                .setDiscounts(p.discounts().stream().map(CaseAssessedMapper::discount).toList())
                .setTotalDiscountPercent(percent(p.totalDiscountPercent()))
                .setPenaltyAfterDiscounts(p.penaltyAfterDiscounts())
                .setHardshipReduction(p.hardshipReduction())
                .setHardshipReason(p.hardshipReason())
                .setInstalmentPlan(p.instalmentPlan())
                .setFinalPenalty(p.finalPenalty())
                .setOfficerOfSubjectId(p.officerOfSubjectId())
                .setComponent(p.component())
                .build();
    }

    private static FixedPenaltyAssessment fixedPenalty(
            org.sanctionsplatform.assessment.domain.FixedPenaltyAssessment f) {
        if (f == null) {
            return null;
        }
        return FixedPenaltyAssessment.newBuilder()
                .setQualifies(f.qualifies())
                .setOccurrence(f.occurrence())
                .setAmount(f.amount())
                .setEscalateToFullProcess(f.escalateToFullProcess())
                .setReason(f.reason())
                .build();
    }

    private static org.sanctionsplatform.events.assessments.SubjectFixedPenalty subjectFixedPenalty(SubjectFixedPenalty s) {
        return org.sanctionsplatform.events.assessments.SubjectFixedPenalty.newBuilder()
                .setSubjectId(s.subjectId())
                .setQualifies(s.qualifies())
                .setOccurrence(s.occurrence())
                .setOutcome(LikelyOutcome.valueOf(s.outcome().name()))
                .setAmount(s.amount())
                .setEscalateToFullProcess(s.escalateToFullProcess())
                .setHalvedWindows(s.halvedWindows())
                .setReason(s.reason())
                .build();
    }

    private static org.sanctionsplatform.events.assessments.Discount discount(Discount d) {
        return org.sanctionsplatform.events.assessments.Discount.newBuilder()
                .setKind(DiscountKind.valueOf(d.kind().name()))
                .setPercent(percent(d.percent()))
                .setApplied(d.applied())
                .setReason(d.reason())
                .setSection(d.section())
                .build();
    }

    /**
     * An explanation step, some thirty per assessment. Its inputs go on as the domain keeps them: an immutable map
     * sorted by key, so the published step lists them in the same order every time (a {@code Map.copyOf}, as before,
     * iterated in an order that changes from one JVM to the next, and was a third of this mapping's time,
     * {@code CodecBenchmark.mapCaseAssessed}). The all-fields constructor rather than the builder, whose set-up per
     * record was another seventh of it; a null where the schema allows none still fails, when the record is encoded.
     */
    private static org.sanctionsplatform.events.assessments.ExplanationStep step(ExplanationStep s) {
        return new org.sanctionsplatform.events.assessments.ExplanationStep(s.step(), s.rule(), s.section(), s.inputs(),
                s.outcome());
    }

    private static BigDecimal percent(BigDecimal value) {
        return Money.gbp(value == null ? BigDecimal.ZERO : value);
    }

    private static Integer number(SeriousnessLevel level) {
        return level == null ? null : level.number();
    }
}
