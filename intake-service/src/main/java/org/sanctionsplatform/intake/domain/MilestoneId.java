package org.sanctionsplatform.intake.domain;

import java.util.Objects;

/** One recorded procedure milestone within a case. */
public record MilestoneId(String value) {

    public MilestoneId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
