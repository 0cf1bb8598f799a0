package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Compile-time Micronaut Data JDBC repositories of assessment-service. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseFileRows extends CrudRepository<CaseFileRow, String> {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseSubjectRows extends CrudRepository<CaseSubjectRow, Long> {
        List<CaseSubjectRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseBreachRows extends CrudRepository<CaseBreachRow, Long> {
        List<CaseBreachRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseFactorFindingRows extends CrudRepository<CaseFactorFindingRow, Long> {
        List<CaseFactorFindingRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseDisclosureRows extends CrudRepository<CaseDisclosureRow, Long> {
        List<CaseDisclosureRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseMilestoneRows extends CrudRepository<CaseMilestoneRow, Long> {
        List<CaseMilestoneRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CasePenaltyDecisionRows extends CrudRepository<CasePenaltyDecisionRow, Long> {
        List<CasePenaltyDecisionRow> findByCaseIdOrderBySeq(String caseId);

        void deleteByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseAssessmentRows extends CrudRepository<CaseAssessmentRow, String> {
    }
}
