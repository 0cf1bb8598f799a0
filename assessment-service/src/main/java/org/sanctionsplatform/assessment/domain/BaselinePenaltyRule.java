package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import org.sanctionsplatform.guidance.penalty.PenaltyComponents;

/**
 * One subject's baseline penalty, or one of its penalty components (§6.2): the decision maker's baseline, flagged when
 * the subject's baseline for the case lies outside the level's band (a departure, shown with its reason). A baseline
 * above the statutory maximum is not a departure the guidance allows (s.146(2), §6.2: the baseline is set "within this
 * statutory maximum"): it is used only up to the maximum, with the reason, so no discount is ever taken off an amount
 * above it; a subject's components together stay within the one maximum of the case. Discounts (§6.3) and hardship
 * (§7.2) are applied by the rules that follow.
 */
public final class BaselinePenaltyRule {

    public static final String NAME = "BaselinePenalty";
    public static final String SECTION = "6.2";
    public static final String PREVIOUS_SECTION = "s.146(2), previous guidance (baseline)";

    /** The facts of one penalty: the decision (if any) and what the maximum leaves for it. */
    public record Facts(Subject subject, PenaltyDecision decision, LikelyOutcome outcome, BaselineBand band,
                        BigDecimal statutoryMaximum, BigDecimal allowedBaseline, BigDecimal subjectTotal,
                        RulebookVersion rulebook) {
    }

    public RuleResult<SubjectPenalty> apply(Facts f) {
        Subject subject = f.subject();
        PenaltyDecision decision = f.decision();
        BigDecimal recorded = decision == null ? null : decision.baseline();
        String component = decision == null ? null : decision.component();
        String departureReason = decision == null ? null : decision.baselineDepartureReason();
        String who = subject.name() + PenaltyComponents.label(component) + ": ";
        BaselineBand band = f.band();
        var inputs = RuleResult.inputs(
                "subjectId", subject.subjectId(),
                "component", component,
                "likelyOutcome", f.outcome(),
                "baseline", recorded,
                "statutoryMaximum", f.statutoryMaximum(),
                "band", band == null ? null : band.describe(),
                "baselineDepartureReason", departureReason);
        String section = Citation.of(f.rulebook(), SECTION, PREVIOUS_SECTION);
        if (!f.outcome().isPenalty()) {
            String text = who + "no penalty, " + f.outcome() + " is not a monetary penalty"
                    + (recorded == null ? "" : " (the recorded baseline " + Money.format(recorded) + " is not applied)");
            return new RuleResult<>(penalty(subject, component, recorded, false, departureReason, null), NAME, section,
                    inputs, text);
        }
        if (recorded == null) {
            return new RuleResult<>(penalty(subject, component, null, false, departureReason, null), NAME, section,
                    inputs, who + "awaiting the decision maker's baseline");
        }
        BigDecimal baseline = f.allowedBaseline();
        StringBuilder text = new StringBuilder(who);
        if (baseline.compareTo(recorded) < 0) {
            text.append("the recorded baseline ").append(Money.format(recorded)).append(" is above the statutory maximum")
                    .append(baseline.compareTo(f.statutoryMaximum()) < 0 ? " left by the subject's other penalty"
                            + " components" : "")
                    .append(" (").append(Money.format(f.statutoryMaximum())).append(" for the case); a baseline above"
                            + " the maximum is not a departure the guidance allows (s.146(2)")
                    .append(Citation.previous(f.rulebook()) ? "" : ", §6.2").append("), so ")
                    .append(Money.format(baseline)).append(" is used; ");
        }
        boolean components = f.subjectTotal() != null && f.subjectTotal().compareTo(baseline) != 0;
        BigDecimal banded = components ? f.subjectTotal() : baseline;
        boolean outsideBand = band != null && !band.contains(banded);
        String what = components ? "the subject's baselines together " + Money.format(banded) : "baseline "
                + Money.format(baseline);
        if (components) {
            text.append("baseline ").append(Money.format(baseline)).append("; ");
        }
        if (outsideBand) {
            text.append(what).append(" is outside the band (").append(band.describe()).append("), a departure: ")
                    .append(departureReason == null || departureReason.isBlank() ? "no departure reason recorded"
                            : departureReason);
        } else {
            text.append(what).append(band == null ? "" : " inside the band (" + band.describe() + ")")
                    .append(", before discounts");
        }
        return new RuleResult<>(penalty(subject, component, baseline, outsideBand, departureReason, baseline), NAME,
                section, inputs, text.toString());
    }

    private static SubjectPenalty penalty(Subject subject, String component, BigDecimal baseline, boolean outsideBand,
                                          String departureReason, BigDecimal finalPenalty) {
        return new SubjectPenalty(subject.subjectId(), subject.name(), subject.type(), subject.officerOfSubjectId(),
                baseline, outsideBand, departureReason, List.of(), Money.percent("0"), finalPenalty, null, null, null,
                finalPenalty, component);
    }
}
