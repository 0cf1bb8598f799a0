package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import org.sanctionsplatform.intake.adapters.persistence.Rows.CaseRow;

/** Micronaut Data JDBC repository of the case rows (the case list); the case files themselves are read and written by {@link JdbcCaseFiles}. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CaseRows extends PageableRepository<CaseRow, String> {
    }
}
