package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person, company or entity named in a summary with the penalty imposed on them (§11.1): an officer of a body
 * penalised under s.148 (§2.4) names the body; each discount applied to the penalty in words (§6.4–6.9).
 */
public record PenalisedPerson(String name, BigDecimal penalty, String officerOf, List<String> discounts) {
    public PenalisedPerson {
        penalty = Money.gbp(penalty);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    public PenalisedPerson(String name, BigDecimal penalty) {
        this(name, penalty, null, List.of());
    }
}
