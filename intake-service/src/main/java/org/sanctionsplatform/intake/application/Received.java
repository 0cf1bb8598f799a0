package org.sanctionsplatform.intake.application;

import java.util.List;
import org.sanctionsplatform.intake.domain.Violation;

/**
 * A command as read from a request, with the fields that could not be read at all (an unknown enum symbol,
 * a malformed date); those fields are null in the command and are reported with the case's own checks.
 */
public record Received<C>(C command, List<Violation> unreadable) {

    public Received {
        unreadable = List.copyOf(unreadable);
    }

    public static <C> Received<C> of(C command) {
        return new Received<>(command, List.of());
    }

    /** The same command with more fields that cannot be taken as they are (e.g. a header). */
    public Received<C> plus(List<Violation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Violation> all = new java.util.ArrayList<>(unreadable);
        all.addAll(more);
        return new Received<>(command, all);
    }
}
