package org.sanctionsplatform.guidance.penalty;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a breach is established (§5.2; s.146(1) and (1A) of the 2017 Act): OFSI must show on the balance of
 * probabilities that it occurred. For a breach before 15 June 2022 OFSI must also consider whether the person knew or
 * had reasonable cause to suspect that their actions would result in a breach: without that, no breach can be found.
 * From 15 June 2022 knowledge is no longer part of the test, only a case factor. A withdrawn breach is not
 * established.
 *
 * <p>Because the knowledge finding decides the outcome of an earlier breach, a breach before 15 June 2022 that is
 * put forward as established on the balance of probabilities must carry it: {@link #missingKnowledgeFinding} is the
 * refusal every input path gives instead of silently finding no breach.
 */
public final class BreachEstablishment {

    /** §5.2: breaches before this date also need knowledge or reasonable cause to suspect. */
    public static final LocalDate KNOWLEDGE_TEST_ENDS = LocalDate.of(2022, 6, 15);

    /** The field that carries the knowledge finding, in the case events and every API. */
    public static final String KNOWLEDGE_FIELD = "knewOrHadReasonableCauseToSuspect";

    /** Whether the breach is established, and why, in words fit for a notice of intention. */
    public record Finding(boolean established, String reason) {
    }

    private BreachEstablishment() {
    }

    /**
     * @param withdrawnReason the reason the breach was withdrawn from the case, or null when it stands
     * @param knewOrHadReasonableCauseToSuspect null when not assessed
     */
    public static Finding of(LocalDate breachDate, boolean onBalanceOfProbabilities,
                             Boolean knewOrHadReasonableCauseToSuspect, String withdrawnReason) {
        if (withdrawnReason != null) {
            return new Finding(false, "withdrawn: " + withdrawnReason);
        }
        if (!onBalanceOfProbabilities) {
            return new Finding(false, "not shown on the balance of probabilities");
        }
        if (needsKnowledgeFinding(breachDate)) {
            if (Boolean.TRUE.equals(knewOrHadReasonableCauseToSuspect)) {
                return new Finding(true, "established on the balance of probabilities; before 15 June 2022 and the"
                        + " subject knew or had reasonable cause to suspect");
            }
            return new Finding(false, "before 15 June 2022 the subject must have known or had reasonable cause to"
                    + " suspect: " + (knewOrHadReasonableCauseToSuspect == null ? "not assessed yet" : "found not to")
                    + ", so no breach can be found");
        }
        return new Finding(true, "established on the balance of probabilities; on or after 15 June 2022 knowledge is"
                + " no longer part of the test (s.146(1A)), only a case factor");
    }

    /** Whether the breach date falls before 15 June 2022, so the knowledge finding is part of the test (§5.2). */
    public static boolean needsKnowledgeFinding(LocalDate breachDate) {
        return breachDate != null && breachDate.isBefore(KNOWLEDGE_TEST_ENDS);
    }

    /**
     * The refusal of a breach put forward as established on the balance of probabilities but dated before 15 June
     * 2022 without the knowledge finding; empty when nothing is missing.
     */
    public static Optional<String> missingKnowledgeFinding(LocalDate breachDate, boolean onBalanceOfProbabilities,
                                                           Boolean knewOrHadReasonableCauseToSuspect) {
        if (onBalanceOfProbabilities && needsKnowledgeFinding(breachDate) && knewOrHadReasonableCauseToSuspect == null) {
            return Optional.of("is required for a breach before 15 June 2022 (true or false): OFSI must consider"
                    + " whether the person knew or had reasonable cause to suspect, and without that finding no breach"
                    + " can be found (§5.2)");
        }
        return Optional.empty();
    }
}
