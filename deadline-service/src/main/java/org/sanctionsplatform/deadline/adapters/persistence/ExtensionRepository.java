package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ExtensionRepository extends CrudRepository<ExtensionRow, String> {

    List<ExtensionRow> findByCaseIdOrderByRecordedAt(String caseId);

    List<ExtensionRow> findByWindowIdInOrderByRecordedAt(Collection<String> windowIds);
}
