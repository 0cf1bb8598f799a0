package org.sanctionsplatform.guidance.windows;

import java.util.Objects;

/** The intake service's case id, the key of every event of a case. */
public record CaseId(String value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a case id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
