package org.sanctionsplatform.support.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request before anything is written, then throws them all at once. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String reason) {
        found.add(new FieldViolation(field, reason));
        return this;
    }

    /** Records the violation when {@code ok} is false. */
    public Violations require(boolean ok, String field, String reason) {
        if (!ok) {
            add(field, reason);
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw ProblemException.invalid(found);
        }
    }
}
