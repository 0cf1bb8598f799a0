package org.sanctionsplatform.guidance.penalty;

/**
 * What the case maximum needs to know of one breach: whether it is established ({@link BreachEstablishment}), the
 * estimated value of its funds or economic resources (null when none can be estimated) and, when the same funds are
 * recorded under another prohibition too, the breach whose funds it shares.
 */
public record BreachFunds(String breachId, boolean established, java.math.BigDecimal estimatedValue,
                          String sharesFundsWithBreachId) {

    public BreachFunds {
        java.util.Objects.requireNonNull(breachId, "breachId");
        estimatedValue = Pounds.gbp(estimatedValue);
    }
}
