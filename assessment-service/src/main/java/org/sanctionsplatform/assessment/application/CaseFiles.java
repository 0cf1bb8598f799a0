package org.sanctionsplatform.assessment.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.assessment.domain.CaseFile;

/**
 * Where the inputs of each case are kept. A poll batch reads the files of all its cases together and writes back
 * only what its events changed in them.
 */
public interface CaseFiles {

    /**
     * The stored files of these cases, keyed by case id (a case never stored is absent), read together: a few queries
     * whatever the number of cases. They stay locked until the caller's transaction ends.
     */
    Map<String, CaseFile> findAll(Collection<String> caseIds);

    /** Stores each file as it is {@code after} the batch, writing only what differs from the file read {@code before}. */
    void saveAll(List<Change> changes);

    /** A case file as read (null: not stored yet) and as the batch left it. */
    record Change(CaseFile before, CaseFile after) {
        public Change {
            if (before != null && !before.caseId().equals(after.caseId())) {
                throw new IllegalArgumentException("a change of case " + after.caseId() + " read from " + before.caseId());
            }
        }
    }
}
