package org.sanctionsplatform.intake.domain;

import java.util.Objects;

/** One reason a command is refused, naming the request field it concerns (e.g. {@code breaches[0].breachDate}). */
public record Violation(String field, String reason) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
