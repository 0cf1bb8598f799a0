package org.sanctionsplatform.publication.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;

/** Keeps every publication of a case with all its versions. */
public interface PublicationStore {

    Optional<Publication> current(String caseId, PublicationKind kind);

    /** The latest version of the publication of this kind of each of the cases that has one, read in bulk. */
    Map<String, Publication> current(Collection<String> caseIds, PublicationKind kind);

    /** A version drafted, and when. */
    record NewVersion(Publication publication, Instant draftedAt) {
    }

    /**
     * Records new versions of publications, in bulk and in the order given (the first version of a publication
     * creates it; a publication ends at the last of its versions given).
     */
    void saveVersions(List<NewVersion> versions);

    /** Records a new version of the publication (the first one creates it). */
    default void saveVersion(Publication publication, Instant draftedAt) {
        saveVersions(List.of(new NewVersion(publication, draftedAt)));
    }

    /** The latest version of each publication of the case. */
    List<Publication> ofCase(String caseId);

    /** Every version of a publication, oldest first, each in the state it was left in. */
    List<Publication> versions(String publicationId);

    /** A publication's current version moved to another state (released, shared, withheld), when and why. */
    record StateChange(Publication publication, java.time.LocalDate on, String reason) {
    }

    /** Records state changes, in bulk and in the order given. */
    void changeStates(List<StateChange> changes);
}
