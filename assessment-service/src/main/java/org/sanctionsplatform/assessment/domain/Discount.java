package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/** A discount considered for a subject's baseline penalty (§6.3–6.9), applied or not, with its reason and section. */
public record Discount(DiscountKind kind, BigDecimal percent, boolean applied, String reason, String section) {

    public enum DiscountKind {
        VOLUNTARY_DISCLOSURE, EARLY_ACCOUNT_SCHEME, SETTLEMENT
    }
}
