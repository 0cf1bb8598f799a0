package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;

/**
 * Whether a breach is established (§5.2): on the balance of probabilities; for a breach before 15 June 2022 the
 * subject must also have known or had reasonable cause to suspect, otherwise no breach can be found. From that date
 * knowledge is only a case factor (§5.7 E). A withdrawn breach is not established.
 */
public final class BreachEstablishedRule {

    public static final String NAME = "BreachEstablished";
    public static final String SECTION = "5.2";
    public static final LocalDate KNOWLEDGE_TEST_ENDS = LocalDate.of(2022, 6, 15);

    public RuleResult<BreachAssessment> apply(Breach breach) {
        var inputs = RuleResult.inputs(
                "breachId", breach.breachId(),
                "breachDate", breach.breachDate(),
                "establishedOnBalanceOfProbabilities", breach.establishedOnBalanceOfProbabilities(),
                "knewOrHadReasonableCauseToSuspect", breach.knewOrHadReasonableCauseToSuspect(),
                "withdrawn", breach.withdrawn());
        boolean established;
        String reason;
        if (breach.withdrawn()) {
            established = false;
            reason = "withdrawn: " + breach.withdrawnReason();
        } else if (!breach.establishedOnBalanceOfProbabilities()) {
            established = false;
            reason = "not shown on the balance of probabilities";
        } else if (breach.breachDate().isBefore(KNOWLEDGE_TEST_ENDS)) {
            Boolean knew = breach.knewOrHadReasonableCauseToSuspect();
            established = Boolean.TRUE.equals(knew);
            reason = established
                    ? "established on the balance of probabilities; before 15 June 2022 and the subject knew or had"
                      + " reasonable cause to suspect"
                    : "before 15 June 2022 the subject must have known or had reasonable cause to suspect: "
                      + (knew == null ? "not assessed yet" : "found not to") + ", so no breach can be found";
        } else {
            established = true;
            reason = "established on the balance of probabilities; on or after 15 June 2022 knowledge is a case"
                     + " factor only (§5.7 E)";
        }
        BreachAssessment result = new BreachAssessment(breach.breachId(), breach.subjectId(), breach.breachType(),
                breach.regime(), established, reason, breach.estimatedValue(),
                StatutoryMaximum.forValue(breach.estimatedValue()).amount());
        return new RuleResult<>(result, NAME, SECTION, inputs,
                breach.breachId() + (established ? " established: " : " not established: ") + reason);
    }
}
