package org.sanctionsplatform.publication.adapters.persistence;

import org.sanctionsplatform.support.persistence.BulkSql;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/**
 * Compile-time Micronaut Data JDBC repositories of publication-service (the case facts and assessments are kept in
 * bulk by {@link BulkSql}).
 */
final class Repositories {

    private Repositories() {
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
