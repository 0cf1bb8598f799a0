package org.sanctionsplatform.publication.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.support.audit.Actor;

/** Keeps every publication of a case with all its versions. */
public interface PublicationStore {

    Optional<Publication> current(String caseId, PublicationKind kind);

    /** A version drafted, when, and who caused it (the actor of the event that caused the draft; null for nobody). */
    record NewVersion(Publication publication, Instant draftedAt, Actor draftedBy) {
        public NewVersion(Publication publication, Instant draftedAt) {
            this(publication, draftedAt, null);
        }
    }

    /** When the current version of a publication was drafted and who caused it (issue 9.3; null for nobody). */
    record Drafting(int version, Instant draftedAt, Actor draftedBy) {
    }

    /** The drafting of the current version of each publication of the case, by publication id. */
    Map<String, Drafting> currentDraftings(String caseId);

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
