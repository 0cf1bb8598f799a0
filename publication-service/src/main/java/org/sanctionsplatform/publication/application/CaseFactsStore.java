package org.sanctionsplatform.publication.application;

import java.util.Optional;
import org.sanctionsplatform.publication.domain.CaseFacts;

/** Where the summary facts of each case are kept. */
public interface CaseFactsStore {

    Optional<CaseFacts> find(String caseId);

    void save(CaseFacts facts);

    /**
     * Locks the case until the transaction ends, creating its (empty) facts if it has none yet. The case events and
     * the assessments are consumed by different threads (and replicas); locking first makes their changes of one case
     * apply one at a time, so neither reconsiders the summary from a state the other is about to change. Two first
     * changes of a new case that race to create it meet on its key: the second waits for the first, then finds it.
     */
    void lock(String caseId);
}
