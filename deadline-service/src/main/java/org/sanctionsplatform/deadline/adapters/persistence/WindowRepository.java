package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WindowRepository extends CrudRepository<WindowRow, String> {

    List<WindowRow> findByCaseId(String caseId);

    @Query("update deadline_window set state = :state, state_reason = :stateReason, updated_at = :updatedAt"
            + " where window_id = :windowId")
    void changeState(String windowId, String state, @Nullable String stateReason, Instant updatedAt);
}
