package org.sanctionsplatform.publication.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.CaseFacts;

/** Where the summary facts of each case are kept. */
public interface CaseFactsStore {

    Optional<CaseFacts> find(String caseId);

    /**
     * Locks the cases until the transaction ends, creating the (empty) facts of those that have none yet, and answers
     * the facts of each. The case events and the assessments are consumed by different threads (and replicas); locking
     * first makes their changes of one case apply one batch at a time, so neither reconsiders the summary from a state
     * the other is about to change. Two first changes of a new case that race to create it meet on its key: the second
     * waits for the first, then finds it. The cases are locked in one order (by case id) whoever locks them, so two
     * batches that share cases wait for each other instead of deadlocking.
     */
    Map<String, CaseFacts> lock(Collection<String> caseIds);

    /** Locks one case as {@link #lock(Collection)} does. */
    default void lock(String caseId) {
        lock(List.of(caseId));
    }

    /** Writes what changed in each case's facts: the changed rows only, in bulk. */
    void saveChanges(List<Revision<CaseFacts>> revisions);

    /** Stores the facts of one case (whatever was stored before). */
    default void save(CaseFacts facts) {
        saveChanges(List.of(new Revision<>(facts.caseId(), find(facts.caseId()).orElse(null), facts)));
    }
}
