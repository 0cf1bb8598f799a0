package org.sanctionsplatform.deadline.application;

import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.CaseId;

/**
 * What the deadline service takes from a CaseAssessed: its finding on the fixed-penalty timeframes (§13.3).
 * {@code halvedWindows} is true when the case takes the halved windows, false when the full process applies (the
 * offence does not qualify for a fixed penalty, or the case is escalated after an earlier £10,000 fixed penalty,
 * Figure 13A), and empty when the assessment has not decided it (no established offence yet, or not a
 * fixed-penalty case).
 */
public record InboundAssessment(CaseId caseId, Optional<Boolean> halvedWindows, Causation causation) {

    public InboundAssessment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(halvedWindows, "halvedWindows");
        Objects.requireNonNull(causation, "causation");
    }
}
