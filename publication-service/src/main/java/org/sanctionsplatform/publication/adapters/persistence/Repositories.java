package org.sanctionsplatform.publication.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Compile-time Micronaut Data JDBC repositories of publication-service. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseRows extends CrudRepository<Rows.CaseRow, String> {

        /**
         * Inserts the case's row with no facts yet unless it exists. A row another transaction has inserted and not yet
         * committed makes this wait for it (PostgreSQL, and H2 in its PostgreSQL mode), then do nothing.
         */
        @io.micronaut.data.annotation.Query("insert into pub_case (case_id, case_reference, events_applied)"
                + " values (:caseId, null, 0) on conflict do nothing")
        void insertIfAbsent(String caseId);

        /** The case row, locked until the transaction ends. */
        @io.micronaut.data.annotation.Query("select * from pub_case where case_id = :caseId for update")
        Optional<Rows.CaseRow> findLocked(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SubjectRows extends CrudRepository<Rows.SubjectRow, Long> {
        List<Rows.SubjectRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface BreachRows extends CrudRepository<Rows.BreachRow, Long> {
        List<Rows.BreachRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface DisclosureRows extends CrudRepository<Rows.DisclosureRow, Long> {
        List<Rows.DisclosureRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AssessmentRows extends CrudRepository<Rows.AssessmentRow, String> {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AssessedBreachRows extends CrudRepository<Rows.AssessedBreachRow, Long> {
        List<Rows.AssessedBreachRow> findByCaseId(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AssessedPenaltyRows extends CrudRepository<Rows.AssessedPenaltyRow, Long> {
        List<Rows.AssessedPenaltyRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PublicationRows extends CrudRepository<Rows.PublicationRow, String> {
        Optional<Rows.PublicationRow> findByCaseIdAndKind(String caseId, String kind);

        List<Rows.PublicationRow> findByCaseIdOrderByKind(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PublicationVersionRows extends CrudRepository<Rows.PublicationVersionRow, Long> {
        Optional<Rows.PublicationVersionRow> findByPublicationIdAndVersion(String publicationId, int version);
    }
}
