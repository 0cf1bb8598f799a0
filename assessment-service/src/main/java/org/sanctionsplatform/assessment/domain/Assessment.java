package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The complete assessment of a case under one rulebook version: level, likely outcome, statutory maximum, band and
 * penalties (one per subject, or per penalty component of a subject), with the ordered explanation of every rule
 * applied (§7: "how it has been calculated"). A fixed-penalty case carries each subject's place on the Figure 13A
 * ladder ({@code subjectFixedPenalties}) and the case's summary of them ({@code fixedPenalty}).
 */
public record Assessment(
        String caseId,
        String caseReference,
        int inputVersion,
        RulebookVersion rulebook,
        boolean rulebookProvisional,
        boolean transitional,
        Procedure procedure,
        Severity severity,
        Conduct conduct,
        Severity suggestedSeverity,
        Conduct suggestedConduct,
        List<FactorFinding> findings,
        SeriousnessLevel indicativeLevel,
        SeriousnessLevel decidedLevel,
        String levelDepartureReason,
        String seriousness,
        LikelyOutcome likelyOutcome,
        boolean publicInterestStopsAction,
        BigDecimal statutoryMaximum,
        BigDecimal aggregatedValue,
        List<BreachAssessment> breaches,
        BaselineBand baselineBand,
        List<SubjectPenalty> penalties,
        FixedPenaltyAssessment fixedPenalty,
        boolean halvedWindows,
        List<ExplanationStep> explanation,
        List<SubjectFixedPenalty> subjectFixedPenalties) {

    public Assessment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(likelyOutcome, "likelyOutcome");
        Objects.requireNonNull(statutoryMaximum, "statutoryMaximum");
        findings = findings == null ? List.of() : List.copyOf(findings);
        breaches = breaches == null ? List.of() : List.copyOf(breaches);
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        subjectFixedPenalties = subjectFixedPenalties == null ? List.of() : List.copyOf(subjectFixedPenalties);
    }

    /** The level that counts: the decided level where the decision maker departed from Figure 5A, else the indicative one. */
    public SeriousnessLevel level() {
        return decidedLevel != null ? decidedLevel : indicativeLevel;
    }
}
