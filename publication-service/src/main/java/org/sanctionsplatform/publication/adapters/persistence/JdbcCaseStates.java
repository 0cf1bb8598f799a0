package org.sanctionsplatform.publication.adapters.persistence;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.publication.application.CaseStateStore;
import org.sanctionsplatform.publication.domain.CaseFacts;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.PublicationProgress;
import org.sanctionsplatform.support.persistence.BulkSql;

/**
 * A batch's cases locked and read with every store's reads in one round trip per chunk of cases
 * ({@link BulkSql#perChunk}): the insert of missing case rows, the lock, the facts' three lists, the assessment and its
 * two lists, the progress and the current publication of each kind asked for (twelve statements for a batch of
 * publication's consumer, which were nine round trips on their own). Each read is a statement of its own after the lock, so it sees what the batch that held the lock
 * committed (PostgreSQL takes each statement's snapshot when that statement starts).
 */
@Singleton
class JdbcCaseStates implements CaseStateStore {

    private final BulkSql sql;
    private final JdbcProgressStore progressStore;
    private final JdbcPublicationStore publications;

    JdbcCaseStates(BulkSql sql, JdbcProgressStore progressStore, JdbcPublicationStore publications) {
        this.sql = sql;
        this.progressStore = progressStore;
        this.publications = publications;
    }

    @Override
    public CaseStates lockAndRead(Collection<String> caseIds, Collection<PublicationKind> kinds) {
        // one order for every locker: two batches that share cases wait for each other, never deadlock
        List<String> ids = caseIds.stream().distinct().sorted().toList();
        JdbcCaseFactsStore.Reading facts = new JdbcCaseFactsStore.Reading();
        JdbcAssessedCaseStore.Reading assessments = new JdbcAssessedCaseStore.Reading();
        Map<String, PublicationProgress> progress = new LinkedHashMap<>();
        Map<PublicationKind, Map<String, Publication>> current = new EnumMap<>(PublicationKind.class);
        for (PublicationKind kind : kinds) {
            current.put(kind, new LinkedHashMap<>());
        }
        sql.perChunk(ids, chunk -> {
            JdbcCaseFactsStore.addLock(chunk, facts);
            assessments.add(chunk);
            progressStore.addRead(chunk, progress);
            current.forEach((kind, ofKind) -> publications.addCurrent(chunk, kind, ofKind));
        });
        Map<String, CaseFacts> locked = facts.facts();
        for (String id : ids) {
            if (!locked.containsKey(id)) {
                throw new IllegalStateException("case " + id + " has no row after inserting it");
            }
        }
        return new CaseStates(locked, assessments.assessments(), progress, current);
    }
}
