package org.sanctionsplatform.publication.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A publication on the public register: its current version and, oldest first, every version it superseded (§11.4:
 * an amended version is published in place of the original and the history is kept). {@code firstReleasedOn} orders
 * the register and gives its year.
 */
public record RegisteredPublication(
        String publicationId,
        PublicationKind kind,
        LocalDate firstReleasedOn,
        RegisterEntry current,
        List<RegisterEntry> superseded) {

    public RegisteredPublication {
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(current, "current");
        superseded = superseded == null ? List.of() : List.copyOf(superseded);
    }

    public boolean amended() {
        return current.change() == RegisterEntry.Change.AMENDED;
    }
}
