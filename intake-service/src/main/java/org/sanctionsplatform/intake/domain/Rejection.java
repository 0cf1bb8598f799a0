package org.sanctionsplatform.intake.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Why the case refused a command; nothing was recorded. */
public record Rejection(Kind kind, List<Violation> violations) {

    public enum Kind {
        /** The command itself is malformed or contradicts itself or the case's facts (dates, references). */
        INVALID,
        /** The command names something the case does not have (a breach, a milestone). */
        NOT_FOUND,
        /** The command is well formed but the case's procedure does not allow it now. */
        REFUSED
    }

    public Rejection {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one reason");
        }
        violations = List.copyOf(violations);
    }

    public static Rejection invalid(List<Violation> violations) {
        return new Rejection(Kind.INVALID, violations);
    }

    public static Rejection refused(String field, String reason) {
        return new Rejection(Kind.REFUSED, List.of(new Violation(field, reason)));
    }

    public static Rejection notFound(String field, String reason) {
        return new Rejection(Kind.NOT_FOUND, List.of(new Violation(field, reason)));
    }

    /** All reasons in one sentence, e.g. for a problem's {@code detail}. */
    public String explanation() {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
