package org.sanctionsplatform.publication.application;

import java.util.Optional;
import org.sanctionsplatform.publication.domain.AssessedCase;

/** Keeps the latest assessment of each case, as far as publication needs it. */
public interface AssessedCaseStore {

    Optional<AssessedCase> find(String caseId);

    void save(String caseId, AssessedCase assessment);
}
