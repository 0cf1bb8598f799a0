package org.sanctionsplatform.assessment.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.assessment.application.AssessmentStore;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.SeriousnessLevel;
import org.sanctionsplatform.support.audit.Actor;

/**
 * The latest assessment of a case as answered by {@code GET /cases/{id}/assessment}; absent values are null.
 * {@code assessedAt} is when it was made (null in a preview, which is not kept); {@code changedBy} is who caused it (issue 9.3): the person whose change to the
 * case (a case event accepted by intake, e.g. a penalty decision by a decision maker) it was made from, as the token
 * named them (subject, name, role); null when that case event carried no actor.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AssessmentResponse(
        String caseId,
        String caseReference,
        int inputVersion,
        String rulebook,
        boolean rulebookProvisional,
        boolean transitional,
        String procedure,
        String severity,
        String conduct,
        String suggestedSeverity,
        String suggestedConduct,
        List<Finding> findings,
        Integer indicativeLevel,
        Integer decidedLevel,
        String levelDepartureReason,
        Integer level,
        String seriousness,
        String likelyOutcome,
        boolean publicInterestStopsAction,
        BigDecimal statutoryMaximum,
        BigDecimal aggregatedValue,
        List<Breach> breaches,
        Band baselineBand,
        List<Penalty> penalties,
        FixedPenalty fixedPenalty,
        boolean halvedWindows,
        List<Step> explanation,
        List<SubjectFixedPenalty> subjectFixedPenalties,
        @Nullable Instant assessedAt,
        @Nullable Actor changedBy) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Breach(String breachId, String subjectId, String breachType, String regime, boolean established,
                         String establishedReason, BigDecimal estimatedValue, BigDecimal statutoryMaximumAlone,
                         String sharesFundsWithBreachId) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Band(BigDecimal lowerPercent, boolean lowerInclusive, BigDecimal upperPercent,
                       BigDecimal lowerAmount, BigDecimal upperAmount) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Penalty(String subjectId, String subjectName, String subjectType, String officerOfSubjectId,
                          BigDecimal baseline,
                          boolean baselineOutsideBand, String baselineDepartureReason, List<Discount> discounts,
                          BigDecimal totalDiscountPercent, BigDecimal penaltyAfterDiscounts,
                          BigDecimal hardshipReduction, String hardshipReason, String instalmentPlan,
                          BigDecimal finalPenalty, String component) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SubjectFixedPenalty(String subjectId, String subjectName, boolean qualifies, int occurrence,
                                      String outcome, BigDecimal amount, boolean escalateToFullProcess,
                                      boolean halvedWindows, String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Finding(String factor, String effect, String rationale) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FixedPenalty(boolean qualifies, int occurrence, BigDecimal amount, boolean escalateToFullProcess,
                               String outcome, String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Discount(String kind, BigDecimal percent, boolean applied, String reason, String section) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Step(int step, String rule, String section, Map<String, String> inputs, String outcome) {
    }

    public static AssessmentResponse from(AssessmentStore.Latest latest) {
        return from(latest.assessment(), latest.assessedAt(), latest.actor());
    }

    /** An assessment that is not kept (a preview): no time, nobody caused it. */
    public static AssessmentResponse from(Assessment a) {
        return from(a, null, null);
    }

    private static AssessmentResponse from(Assessment a, Instant assessedAt, Actor changedBy) {
        return new AssessmentResponse(
                a.caseId(), a.caseReference(), a.inputVersion(), a.rulebook().name(), a.rulebookProvisional(),
                a.transitional(), a.procedure().name(), name(a.severity()), name(a.conduct()),
                name(a.suggestedSeverity()), name(a.suggestedConduct()),
                a.findings().stream().map(f -> new Finding(f.factor().name(), f.effect().name(), f.rationale())).toList(),
                number(a.indicativeLevel()), number(a.decidedLevel()), a.levelDepartureReason(), number(a.level()),
                a.seriousness(), a.likelyOutcome().name(), a.publicInterestStopsAction(), a.statutoryMaximum(),
                a.aggregatedValue(),
                a.breaches().stream().map(b -> new Breach(b.breachId(), b.subjectId(), b.breachType(), b.regime(),
                        b.established(), b.establishedReason(), b.estimatedValue(), b.statutoryMaximumAlone(),
                        b.sharesFundsWithBreachId())).toList(),
                a.baselineBand() == null ? null : new Band(a.baselineBand().lowerPercent(),
                        a.baselineBand().lowerInclusive(), a.baselineBand().upperPercent(),
                        a.baselineBand().lowerAmount(), a.baselineBand().upperAmount()),
                a.penalties().stream().map(p -> new Penalty(p.subjectId(), p.subjectName(), p.subjectType().name(),
                        p.officerOfSubjectId(), p.baseline(), p.baselineOutsideBand(), p.baselineDepartureReason(),
                        p.discounts().stream().map(d -> new Discount(d.kind().name(), d.percent(), d.applied(),
                                d.reason(), d.section())).toList(),
                        p.totalDiscountPercent(), p.penaltyAfterDiscounts(), p.hardshipReduction(), p.hardshipReason(),
                        p.instalmentPlan(), p.finalPenalty(), p.component())).toList(),
                a.fixedPenalty() == null ? null : new FixedPenalty(a.fixedPenalty().qualifies(),
                        a.fixedPenalty().occurrence(), a.fixedPenalty().amount(),
                        a.fixedPenalty().escalateToFullProcess(), a.fixedPenalty().outcome().name(),
                        a.fixedPenalty().reason()),
                a.halvedWindows(),
                a.explanation().stream().map(s -> new Step(s.step(), s.rule(), s.section(), s.inputs(), s.outcome()))
                        .toList(),
                a.subjectFixedPenalties().stream().map(f -> new SubjectFixedPenalty(f.subjectId(), f.subjectName(),
                        f.qualifies(), f.occurrence(), f.outcome().name(), f.amount(), f.escalateToFullProcess(),
                        f.halvedWindows(), f.reason())).toList(),
                assessedAt, changedBy);
    }

    private static Integer number(SeriousnessLevel level) {
        return level == null ? null : level.number();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
