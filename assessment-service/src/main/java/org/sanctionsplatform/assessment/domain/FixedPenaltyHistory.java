package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * The subject's earlier enforcement for information, reporting and licensing offences that the Figure 13A ladder
 * looks at (§13.1–13.2): private warning letters (OC3) already issued and the largest fixed penalty already imposed
 * (£5,000 or £10,000; null for none).
 */
public record FixedPenaltyHistory(int priorWarnings, BigDecimal priorFixedPenalty) {

    public static final FixedPenaltyHistory NONE = new FixedPenaltyHistory(0, null);

    public FixedPenaltyHistory {
        priorFixedPenalty = Money.gbp(priorFixedPenalty);
    }
}
