package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.intake.adapters.persistence.Rows.AssessmentRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.BreachRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.CaseRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.DecisionRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.DisclosureRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.FindingRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.MilestoneRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.SubjectRow;

/** Micronaut Data JDBC repositories of intake's tables, compiled at build time. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseRows extends PageableRepository<CaseRow, String> {

        /** SELECT ... FOR UPDATE: one change to a case at a time. */
        Optional<CaseRow> findByIdForUpdate(String id);

        boolean existsByCaseReference(String caseReference);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SubjectRows extends CrudRepository<SubjectRow, String> {
        List<SubjectRow> findByCaseIdOrderBySeq(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface BreachRows extends CrudRepository<BreachRow, String> {
        List<BreachRow> findByCaseIdOrderBySeq(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface DisclosureRows extends CrudRepository<DisclosureRow, String> {
        List<DisclosureRow> findByCaseIdOrderBySeq(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AssessmentRows extends CrudRepository<AssessmentRow, String> {
        Optional<AssessmentRow> findFirstByCaseIdOrderBySeqDesc(String caseId);

        long countByCaseId(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface FindingRows extends CrudRepository<FindingRow, String> {
        List<FindingRow> findByAssessmentIdOrderBySeq(String assessmentId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface MilestoneRows extends CrudRepository<MilestoneRow, String> {
        List<MilestoneRow> findByCaseIdOrderBySeq(String caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface DecisionRows extends CrudRepository<DecisionRow, String> {
        List<DecisionRow> findByCaseIdOrderBySeq(String caseId);
    }
}
