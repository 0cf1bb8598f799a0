package org.sanctionsplatform.publication.application;

import java.util.List;
import org.sanctionsplatform.publication.domain.PublicationProgress;

/** Keeps what each case's publications wait for ({@link PublicationProgress}; read through {@link CaseStateStore}). */
public interface ProgressStore {

    /** Writes the changed progress of each case, in bulk. */
    void saveChanges(List<Revision<PublicationProgress>> revisions);
}
