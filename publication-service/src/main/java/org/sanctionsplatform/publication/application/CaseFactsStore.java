package org.sanctionsplatform.publication.application;

import java.util.Optional;
import org.sanctionsplatform.publication.domain.CaseFacts;

/** Where the summary facts of each case are kept. */
public interface CaseFactsStore {

    Optional<CaseFacts> find(String caseId);

    void save(CaseFacts facts);
}
