package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;

/** A person, company or entity named in a summary with the penalty imposed on them (§11.1). */
public record PenalisedPerson(String name, BigDecimal penalty) {
    public PenalisedPerson {
        penalty = Money.gbp(penalty);
    }
}
