package org.sanctionsplatform.intake.domain;

import java.util.Objects;

/** One recorded breach (or failure to comply with an obligation) within a case. */
public record BreachId(String value) {

    public BreachId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
