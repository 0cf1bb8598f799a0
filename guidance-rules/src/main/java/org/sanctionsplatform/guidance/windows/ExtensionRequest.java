package org.sanctionsplatform.guidance.windows;

import java.util.Objects;
import java.util.Optional;

/**
 * The terms of a WINDOW_EXTENSION_AGREED milestone: which kind of window, by how many business days, and why.
 * Intake validates them; deadline-service still decides whether the guidance allows the extension.
 */
public record ExtensionRequest(Optional<WindowKind> windowKind, Optional<Integer> businessDays, Optional<String> reason) {

    public static final ExtensionRequest NONE = new ExtensionRequest(Optional.empty(), Optional.empty(), Optional.empty());

    public ExtensionRequest {
        Objects.requireNonNull(windowKind, "windowKind");
        Objects.requireNonNull(businessDays, "businessDays");
        Objects.requireNonNull(reason, "reason");
        reason = reason.map(String::strip).filter(r -> !r.isEmpty());
    }

    public static ExtensionRequest of(WindowKind kind, int businessDays, String reason) {
        return new ExtensionRequest(Optional.of(kind), Optional.of(businessDays), Optional.ofNullable(reason));
    }
}
