package org.sanctionsplatform.assessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.guidance.penalty.BreachEstablishment;
import org.sanctionsplatform.guidance.penalty.StatutoryMaximum;

/**
 * Whether each breach is established, as the shared rule {@link BreachEstablishment} finds it (§5.2; s.146(1) and
 * (1A)): on the balance of probabilities; before 15 June 2022 only if the subject knew or had reasonable cause to
 * suspect; a withdrawn breach is not established. Each breach carries the maximum it alone would carry (§6.2).
 *
 * <p>The explanation states identical findings once: breaches (in date order) with the same finding are one step
 * listing their ids and count; each distinct finding is a step of its own, in the order its first breach occurred. A
 * 79-breach case thus reads as one step, not 79 alike.
 */
public final class BreachEstablishedRule {

    public static final String NAME = "BreachEstablished";
    public static final String SECTION = "5.2";
    /** The test rests on the Act, whichever guidance applies. */
    public static final String PREVIOUS_SECTION = "s.146(1)-(1A)";

    /** One breach as found. */
    public BreachAssessment assess(Breach breach) {
        BreachEstablishment.Finding finding = BreachEstablishment.of(breach.breachDate(),
                breach.establishedOnBalanceOfProbabilities(), breach.knewOrHadReasonableCauseToSuspect(),
                breach.withdrawnReason());
        return new BreachAssessment(breach.breachId(), breach.subjectId(), breach.breachType(), breach.regime(),
                finding.established(), finding.reason(), breach.estimatedValue(),
                StatutoryMaximum.forValue(breach.estimatedValue()).amount(), breach.sharesFundsWithBreachId());
    }

    /**
     * The breaches (in date order) as found, and one step per distinct finding.
     *
     * @return the assessments, in the order given, and the explanation steps
     */
    public Result apply(List<Breach> chronological, RulebookVersion rulebook) {
        List<BreachAssessment> assessed = new ArrayList<>(chronological.size());
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < chronological.size(); i++) {
            BreachAssessment a = assess(chronological.get(i));
            assessed.add(a);
            groups.computeIfAbsent((a.established() ? "1" : "0") + a.establishedReason(), k -> new ArrayList<>()).add(i);
        }
        String section = Citation.of(rulebook, SECTION, PREVIOUS_SECTION);
        List<RuleResult<Void>> steps = new ArrayList<>(groups.size());
        for (List<Integer> group : groups.values()) {
            steps.add(step(group, chronological, assessed, section));
        }
        return new Result(assessed, steps);
    }

    /** The breaches as found and the steps that explain them. */
    public record Result(List<BreachAssessment> breaches, List<RuleResult<Void>> steps) {
    }

    private static RuleResult<Void> step(List<Integer> group, List<Breach> breaches, List<BreachAssessment> assessed,
                                         String section) {
        BreachAssessment first = assessed.get(group.get(0));
        String verdict = first.established() ? "established" : "not established";
        if (group.size() == 1) {
            Breach breach = breaches.get(group.get(0));
            var inputs = RuleResult.inputs(
                    "breachId", breach.breachId(),
                    "breachDate", breach.breachDate(),
                    "establishedOnBalanceOfProbabilities", breach.establishedOnBalanceOfProbabilities(),
                    "knewOrHadReasonableCauseToSuspect", breach.knewOrHadReasonableCauseToSuspect(),
                    "withdrawn", breach.withdrawn());
            return new RuleResult<>(null, NAME, section, inputs,
                    breach.breachId() + " " + verdict + ": " + first.establishedReason());
        }
        StringBuilder ids = new StringBuilder();
        for (int i : group) {
            ids.append(ids.length() == 0 ? "" : ", ").append(breaches.get(i).breachId());
        }
        Breach earliest = breaches.get(group.get(0));
        Breach latest = breaches.get(group.get(group.size() - 1));
        var inputs = RuleResult.inputs(
                "breachIds", ids.toString(),
                "count", group.size(),
                "breachDates", earliest.breachDate().equals(latest.breachDate()) ? earliest.breachDate()
                        : earliest.breachDate() + " to " + latest.breachDate(),
                "establishedOnBalanceOfProbabilities", common(group, breaches, Breach::establishedOnBalanceOfProbabilities),
                "knewOrHadReasonableCauseToSuspect", common(group, breaches, Breach::knewOrHadReasonableCauseToSuspect),
                "withdrawn", common(group, breaches, Breach::withdrawn));
        return new RuleResult<>(null, NAME, section, inputs,
                group.size() + " breaches " + verdict + " (" + ids + "): " + first.establishedReason());
    }

    /** The value all breaches of the group share, or "varies". */
    private static Object common(List<Integer> group, List<Breach> breaches, java.util.function.Function<Breach, Object> value) {
        Object first = value.apply(breaches.get(group.get(0)));
        for (int i : group) {
            if (!java.util.Objects.equals(first, value.apply(breaches.get(i)))) {
                return "varies";
            }
        }
        return first;
    }
}
