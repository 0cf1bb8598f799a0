package org.sanctionsplatform.guidance.windows;

import java.util.Objects;

/**
 * Why an agreed extension is refused, and which part of it the refusal is about ({@code windowKind},
 * {@code extensionBusinessDays}, {@code reason} or {@code occurredOn}, as intake's milestone request names them), so
 * that intake can name the field when it refuses at the door what the deadline service would refuse.
 */
public record ExtensionRefusal(String field, String reason) {

    public static final String WINDOW_KIND = "windowKind";
    public static final String BUSINESS_DAYS = "extensionBusinessDays";
    public static final String REASON = "reason";
    public static final String AGREED_ON = "occurredOn";

    public ExtensionRefusal {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    ExtensionRefusal plus(String more) {
        return new ExtensionRefusal(field, reason + more);
    }
}
