package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WindowRepository extends CrudRepository<WindowRow, String> {

    List<WindowRow> findByCaseId(String caseId);

    /** The first {@code limit} open windows due between two dates (inclusive), in the worklist's order. */
    @Query("select * from deadline_window where state = 'OPEN' and due_date >= :from and due_date <= :to"
            + " order by due_at, window_id limit :limit")
    List<WindowRow> findOpenDueBetween(LocalDate from, LocalDate to, int limit);

    /** As {@link #findOpenDueBetween}, continuing after the window due at {@code dueAt} with id {@code windowId}. */
    @Query("select * from deadline_window where state = 'OPEN' and due_date >= :from and due_date <= :to"
            + " and (due_at > :dueAt or (due_at = :dueAt and window_id > :windowId))"
            + " order by due_at, window_id limit :limit")
    List<WindowRow> findOpenDueBetweenAfter(LocalDate from, LocalDate to, Instant dueAt, String windowId, int limit);
}
