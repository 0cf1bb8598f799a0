package org.sanctionsplatform.guidance.windows;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies one window. Derived from the case, the kind, the subject and the milestone that opened it, so a
 * milestone delivered twice (under two event ids) names the same window and opens it only once.
 */
public record WindowId(String value) {

    public WindowId {
        Objects.requireNonNull(value, "window id");
    }

    public static WindowId of(CaseId caseId, WindowKind kind, Optional<String> subjectId, String openingMilestoneId) {
        String name = String.join("|", caseId.value(), kind.name(), subjectId.orElse(""), openingMilestoneId);
        return new WindowId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
