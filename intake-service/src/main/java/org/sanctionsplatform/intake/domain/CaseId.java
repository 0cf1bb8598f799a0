package org.sanctionsplatform.intake.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The identity of a breach case: a UUID, stable for the life of the case and the key of every case event. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** Empty when the text is not a UUID (an unknown case, not a malformed request). */
    public static Optional<CaseId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaseId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
