package org.sanctionsplatform.publication.application;

import java.util.Objects;

/**
 * A case's state as it was read at the start of a batch ({@code before}, null when nothing was stored) and as it stands
 * after the batch's events ({@code after}), so that a store writes only what changed.
 */
public record Revision<T>(String caseId, T before, T after) {

    public Revision {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(after, "after");
    }

    public boolean changed() {
        return !after.equals(before);
    }
}
