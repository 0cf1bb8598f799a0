package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * Where one subject stands on the Figure 13A ladder (§13): decided by its own established offences in the case, its
 * own earlier warning letters and its own earlier fixed penalty, never by a co-subject's. {@code halvedWindows}: the
 * subject runs the halved timeframes of §13.3.
 */
public record SubjectFixedPenalty(String subjectId, String subjectName, boolean qualifies, int occurrence,
                                  LikelyOutcome outcome, BigDecimal amount, boolean escalateToFullProcess,
                                  boolean halvedWindows, String reason) {
}
