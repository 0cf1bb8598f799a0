package org.sanctionsplatform.intake.domain;

import static org.sanctionsplatform.intake.domain.VoluntaryDisclosurePolicy.blankToNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The basic shape of a penalty decision: a subject of the case, a decision maker, a date, amounts in pence
 * and not negative, discounts as percentages, and a reason for any hardship reduction or instalment plan
 * (§7.2). Whether each discount is available is the rulebook's check (assessment-service, §6.3–6.9).
 */
public final class PenaltyDecisionPolicy {

    private PenaltyDecisionPolicy() {
    }

    public static List<Violation> check(RecordPenaltyDecision c, BreachCase breachCase, LocalDate today) {
        Checks checks = new Checks();
        if (checks.required(c.subjectId(), "subjectId") && breachCase.subject(c.subjectId()).isEmpty()) {
            checks.add("subjectId", "is not a subject of this case");
        }
        checks.pastDate(c.decidedOn(), "decidedOn", today, breachCase.openedOn(), "the case was opened");
        checks.requiredText(c.decisionMaker(), "decisionMaker", Checks.NAME_LENGTH);
        boolean baselineOk = checks.optionalAmount(c.baseline(), "baseline");
        if (c.baseline() == null && blankToNull(c.baselineDepartureReason()) != null) {
            checks.add("baselineDepartureReason", "is only for a baseline");
        }
        checks.optionalText(c.baselineDepartureReason(), "baselineDepartureReason", Checks.TEXT_LENGTH);
        checks.optionalPercentage(c.voluntaryDisclosureDiscountPercent(), "voluntaryDisclosureDiscountPercent");
        checks.optionalPercentage(c.earlyAccountDiscountPercent(), "earlyAccountDiscountPercent");
        boolean hardshipOk = checks.optionalAmount(c.hardshipReduction(), "hardshipReduction");
        if ((c.hardshipReduction() != null || blankToNull(c.instalmentPlan()) != null)
                && blankToNull(c.hardshipReason()) == null) {
            checks.add("hardshipReason", "is required with a hardship reduction or instalment plan: "
                    + "it rests on objective evidence of severe financial hardship (§7.2)");
        }
        if (baselineOk && hardshipOk && c.baseline() != null && c.hardshipReduction() != null
                && c.hardshipReduction().compareTo(c.baseline()) > 0) {
            checks.add("hardshipReduction", "must not exceed the baseline (" + new Gbp(c.baseline()) + ")");
        }
        checks.optionalText(c.hardshipReason(), "hardshipReason", Checks.TEXT_LENGTH);
        checks.optionalText(c.instalmentPlan(), "instalmentPlan", Checks.TEXT_LENGTH);
        checks.optionalText(c.rationale(), "rationale", Checks.TEXT_LENGTH);
        return checks.violations();
    }

    static PenaltyDecision toDecision(String id, RecordPenaltyDecision c) {
        return new PenaltyDecision(id, new SubjectId(c.subjectId()), c.decidedOn(), c.decisionMaker().strip(),
                Optional.ofNullable(c.baseline()).map(Gbp::new).orElse(null), blankToNull(c.baselineDepartureReason()),
                Optional.ofNullable(c.voluntaryDisclosureDiscountPercent()).map(Percentage::new).orElse(null),
                Optional.ofNullable(c.earlyAccountDiscountPercent()).map(Percentage::new).orElse(null),
                Boolean.TRUE.equals(c.settlementDiscountClaimed()),
                Optional.ofNullable(c.hardshipReduction()).map(Gbp::new).orElse(null), blankToNull(c.hardshipReason()),
                blankToNull(c.instalmentPlan()), blankToNull(c.rationale()));
    }
}
