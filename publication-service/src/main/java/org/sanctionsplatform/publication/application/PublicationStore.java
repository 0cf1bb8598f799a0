package org.sanctionsplatform.publication.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;

/** Keeps every publication of a case with all its versions. */
public interface PublicationStore {

    Optional<Publication> current(String caseId, PublicationKind kind);

    /** Records a new version of the publication (the first one creates it). */
    void saveVersion(Publication publication, Instant draftedAt);

    /** The latest version of each publication of the case. */
    List<Publication> ofCase(String caseId);
}
