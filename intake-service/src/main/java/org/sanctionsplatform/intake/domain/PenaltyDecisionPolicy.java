package org.sanctionsplatform.intake.domain;

import static org.sanctionsplatform.intake.domain.VoluntaryDisclosurePolicy.blankToNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.penalty.BreachEstablishment;
import org.sanctionsplatform.guidance.penalty.BreachFunds;
import org.sanctionsplatform.guidance.penalty.CaseMaximum;
import org.sanctionsplatform.guidance.penalty.PenaltyComponents;
import org.sanctionsplatform.guidance.penalty.PenaltyLimit;

/**
 * The basic shape of a penalty decision: a subject of the case, a decision maker, a date, amounts in pence
 * and not negative, discounts as percentages, and a reason for any hardship reduction or instalment plan
 * (§7.2). Whether each discount is available is the rulebook's check (assessment-service, §6.3–6.9).
 *
 * <p>Refused at the door because the rulebook would otherwise have to cap it silently: a baseline above the case's
 * statutory maximum (s.146(2), §6.2), which is not a departure the guidance allows; with the subject's other penalty
 * components in force, the subject's baselines together. The maximum is the shared rule's ({@link CaseMaximum} on the
 * case's established breaches, shared funds counted once), as the rulebook computes it. A subject's penalty is either
 * one penalty or named components ({@link PenaltyComponents}).
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
        String component = blankToNull(c.component());
        if (c.component() != null && component == null) {
            checks.add("component", "must not be blank: name the penalty component, or leave it out for the subject's"
                    + " single penalty");
        }
        boolean componentOk = checks.optionalText(c.component(), "component", Checks.NAME_LENGTH);
        List<PenaltyDecision> ofSubject = breachCase.penaltyDecisions().stream()
                .filter(d -> d.subjectId().value().equals(c.subjectId())).toList();
        if (componentOk) {
            PenaltyComponents.conflict(component, ofSubject.stream().map(PenaltyDecision::component).toList())
                    .ifPresent(reason -> checks.add("component", reason));
        }
        if (baselineOk && componentOk && c.baseline() != null) {
            PenaltyLimit.refusal(c.baseline(), otherComponents(ofSubject, component), maximumOf(breachCase))
                    .ifPresent(reason -> checks.add("baseline", reason));
        }
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

    /** s.146, §6.2: the case's maximum, on its active breaches as the shared rule finds them established. */
    static CaseMaximum maximumOf(BreachCase breachCase) {
        List<BreachFunds> funds = breachCase.breaches().stream().map(b -> new BreachFunds(b.breachId().value(),
                BreachEstablishment.of(b.breachDate(), b.establishedOnBalanceOfProbabilities(),
                        b.knewOrHadReasonableCauseToSuspect(), b.isActive() ? null : b.withdrawal().reason()).established(),
                b.estimatedValue() == null ? null : b.estimatedValue().amount(),
                b.sharesFundsWith() == null ? null : b.sharesFundsWith().value())).toList();
        return CaseMaximum.of(funds);
    }

    /** The baselines of the subject's other penalty components in force (the latest decision per component). */
    private static java.math.BigDecimal otherComponents(List<PenaltyDecision> ofSubject, String component) {
        java.math.BigDecimal others = java.math.BigDecimal.ZERO;
        for (PenaltyDecision d : PenaltyComponents.inForce(ofSubject, x -> x.subjectId().value(),
                PenaltyDecision::component, PenaltyDecision::decidedOn)) {
            if (!java.util.Objects.equals(d.component(), component) && d.baseline() != null) {
                others = others.add(d.baseline().amount());
            }
        }
        return others;
    }

    static PenaltyDecision toDecision(String id, RecordPenaltyDecision c) {
        return new PenaltyDecision(id, new SubjectId(c.subjectId()), c.decidedOn(), c.decisionMaker().strip(),
                Optional.ofNullable(c.baseline()).map(Gbp::new).orElse(null), blankToNull(c.baselineDepartureReason()),
                Optional.ofNullable(c.voluntaryDisclosureDiscountPercent()).map(Percentage::new).orElse(null),
                Optional.ofNullable(c.earlyAccountDiscountPercent()).map(Percentage::new).orElse(null),
                Boolean.TRUE.equals(c.settlementDiscountClaimed()),
                Optional.ofNullable(c.hardshipReduction()).map(Gbp::new).orElse(null), blankToNull(c.hardshipReason()),
                blankToNull(c.instalmentPlan()), blankToNull(c.rationale()), blankToNull(c.component()));
    }
}
