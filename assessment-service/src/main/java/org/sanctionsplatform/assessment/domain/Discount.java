package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/** A discount considered for a subject's baseline penalty (§6.3–6.9), applied or not, with its reason and section. */
public record Discount(DiscountKind kind, BigDecimal percent, boolean applied, String reason, String section) {

    public enum DiscountKind {
        VOLUNTARY_DISCLOSURE("voluntary disclosure and co-operation"),
        EARLY_ACCOUNT_SCHEME("Early Account Scheme"),
        SETTLEMENT("settlement");

        private final String words;

        DiscountKind(String words) {
            this.words = words;
        }

        /** The discount's name as a notice of intention writes it. */
        public String words() {
            return words;
        }
    }
}
