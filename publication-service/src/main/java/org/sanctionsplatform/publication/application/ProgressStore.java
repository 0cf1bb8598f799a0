package org.sanctionsplatform.publication.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.publication.domain.PublicationProgress;

/** Keeps what each case's publications wait for ({@link PublicationProgress}). */
public interface ProgressStore {

    /** The progress of each of the cases that has one, read in bulk. */
    Map<String, PublicationProgress> findAll(Collection<String> caseIds);

    /** Writes the changed progress of each case, in bulk. */
    void saveChanges(List<Revision<PublicationProgress>> revisions);
}
