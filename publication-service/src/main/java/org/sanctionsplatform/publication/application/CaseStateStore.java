package org.sanctionsplatform.publication.application;

import java.util.Collection;
import java.util.Map;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.publication.domain.CaseFacts;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.PublicationProgress;

/**
 * What a batch of consumed events works from: its cases locked, and everything publication keeps of them read as the
 * locks leave it, at once (issue "Pipeline speed": one round trip per chunk of cases instead of one per table).
 */
public interface CaseStateStore {

    /**
     * Everything kept of the cases, each map holding only the cases that have it: their facts (every case has them once
     * locked), their latest assessment, their progress, and the latest version of their publication of each kind read.
     */
    record CaseStates(Map<String, CaseFacts> facts, Map<String, AssessedCase> assessments,
                      Map<String, PublicationProgress> progress,
                      Map<PublicationKind, Map<String, Publication>> currentByKind) {

        /** The latest version of each case's publication of any of the kinds, a later kind's taking precedence. */
        public Map<String, Publication> current(PublicationKind... kinds) {
            Map<String, Publication> found = new java.util.LinkedHashMap<>();
            for (PublicationKind kind : kinds) {
                found.putAll(currentByKind.getOrDefault(kind, Map.of()));
            }
            return found;
        }
    }

    /**
     * Locks the cases until the transaction ends, creating the (empty) facts of those that have none yet, and answers
     * what is kept of each. The case events, the assessments and the deadline events are consumed by different threads
     * (and replicas); locking first makes their changes of one case apply one batch at a time, so none reconsiders the
     * summary from a state another is about to change, and every read is made after the lock is granted, so it sees
     * what the batch that held the lock committed. Two first changes of a new case that race to create it meet on its
     * key: the second waits for the first, then finds it. The cases are locked in one order (by case id) whoever locks
     * them, so two batches that share cases wait for each other instead of deadlocking.
     *
     * @param kinds the kinds of publication whose latest version is read
     */
    CaseStates lockAndRead(Collection<String> caseIds, Collection<PublicationKind> kinds);
}
