package org.sanctionsplatform.publication.application;

import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.AssessedCase;

/** Keeps the latest assessment of each case, as far as publication needs it. */
public interface AssessedCaseStore {

    Optional<AssessedCase> find(String caseId);

    /** Writes what changed in each case's latest assessment: the changed rows only, in bulk. */
    void saveChanges(List<Revision<AssessedCase>> revisions);

    /** Stores the latest assessment of one case (whatever was stored before). */
    default void save(String caseId, AssessedCase assessment) {
        saveChanges(List.of(new Revision<>(caseId, find(caseId).orElse(null), assessment)));
    }
}
