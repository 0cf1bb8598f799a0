package org.sanctionsplatform.publication.application;

import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.CaseFacts;

/** Where the summary facts of each case are kept (a batch locks and reads them through {@link CaseStateStore}). */
public interface CaseFactsStore {

    Optional<CaseFacts> find(String caseId);

    /** Writes what changed in each case's facts: the changed rows only, in bulk. */
    void saveChanges(List<Revision<CaseFacts>> revisions);

    /** Stores the facts of one case (whatever was stored before). */
    default void save(CaseFacts facts) {
        saveChanges(List.of(new Revision<>(facts.caseId(), find(facts.caseId()).orElse(null), facts)));
    }
}
