package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseRepository extends CrudRepository<CaseRow, String> {

    @Query("update deadline_case set closed_on = :closedOn where case_id = :caseId")
    void markClosed(String caseId, LocalDate closedOn);

    @Query("update deadline_case set window_terms = :windowTerms where case_id = :caseId")
    void updateWindowTerms(String caseId, String windowTerms);
}
