package org.sanctionsplatform.intake.domain;

import static org.sanctionsplatform.intake.domain.VoluntaryDisclosurePolicy.blankToNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A case-factor assessment (§5.5–5.9): each finding rates a severity factor (A–D) LOW/MEDIUM/HIGH (§5.6) or
 * a conduct factor (E–H, other) MITIGATING/NEUTRAL/AGGRAVATING (§5.7), with its rationale; the overall
 * ratings are the officer's (§5.8); a decided level is a departure with a reason (§5.8); public interest
 * stopping action needs its reason (§5.9).
 */
public final class FactorAssessmentPolicy {

    private FactorAssessmentPolicy() {
    }

    public static List<Violation> check(AssessCaseFactors command, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        if (command.findings().isEmpty()) {
            checks.add("findings", "must record at least one case-factor finding (§5.5)");
        }
        Map<CaseFactor, Integer> seen = new EnumMap<>(CaseFactor.class);
        for (int i = 0; i < command.findings().size(); i++) {
            AssessCaseFactors.Finding finding = command.findings().get(i);
            String p = "findings[" + i + "].";
            if (finding == null) {
                checks.add("findings[" + i + "]", "is required");
                continue;
            }
            boolean hasFactor = checks.required(finding.factor(), p + "factor");
            boolean hasEffect = checks.required(finding.effect(), p + "effect");
            if (hasFactor && hasEffect && !finding.effect().appliesTo(finding.factor())) {
                checks.add(p + "effect", finding.factor().kind() == CaseFactor.Kind.SEVERITY
                        ? "must be LOW, MEDIUM or HIGH for severity factor " + finding.factor() + " (§5.6)"
                        : "must be MITIGATING, NEUTRAL or AGGRAVATING for conduct factor " + finding.factor() + " (§5.7)");
            }
            if (hasFactor && finding.factor() != CaseFactor.OTHER_CONDUCT) {
                Integer earlier = seen.putIfAbsent(finding.factor(), i);
                if (earlier != null) {
                    checks.add(p + "factor", "repeats findings[" + earlier + "]; only OTHER_CONDUCT may appear more than once");
                }
            }
            checks.requiredText(finding.rationale(), p + "rationale", Checks.TEXT_LENGTH);
        }
        checks.required(command.severity(), "severity");
        checks.required(command.conduct(), "conduct");
        checks.requiredText(command.assessedBy(), "assessedBy", Checks.NAME_LENGTH);
        checks.pastDate(command.assessedOn(), "assessedOn", today, breachCase.openedOn(), "the case was opened");
        if (command.decidedLevel() != null) {
            if (command.decidedLevel() < 1 || command.decidedLevel() > 4) {
                checks.add("decidedLevel", "must be a seriousness level from 1 to 4 (§5.8 Figure 5A)");
            }
            if (blankToNull(command.levelDepartureReason()) == null) {
                checks.add("levelDepartureReason",
                        "is required with a decidedLevel: a departure from the indicative level is explained (§5.8)");
            }
        } else if (blankToNull(command.levelDepartureReason()) != null) {
            checks.add("levelDepartureReason", "is only for a decidedLevel");
        }
        checks.optionalText(command.levelDepartureReason(), "levelDepartureReason", Checks.TEXT_LENGTH);
        if (Boolean.TRUE.equals(command.publicInterestStopsAction()) && blankToNull(command.publicInterestReason()) == null) {
            checks.add("publicInterestReason", "is required when the public interest stops action (§5.9)");
        }
        checks.optionalText(command.publicInterestReason(), "publicInterestReason", Checks.TEXT_LENGTH);
        return checks.violations();
    }

    static FactorAssessment toAssessment(String id, AssessCaseFactors c) {
        return new FactorAssessment(id,
                c.findings().stream().map(f -> new FactorFinding(f.factor(), f.effect(), f.rationale().strip())).toList(),
                c.severity(), c.conduct(), c.assessedBy().strip(), c.assessedOn(), c.decidedLevel(),
                blankToNull(c.levelDepartureReason()), Boolean.TRUE.equals(c.publicInterestStopsAction()),
                blankToNull(c.publicInterestReason()));
    }
}
