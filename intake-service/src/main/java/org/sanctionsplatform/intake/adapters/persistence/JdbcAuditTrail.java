package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.intake.application.AuditTrail;
import org.sanctionsplatform.intake.application.Requester;
import org.sanctionsplatform.intake.domain.Actor;
import org.sanctionsplatform.intake.domain.CaseEvent;
import org.sanctionsplatform.support.persistence.CompositeStatement;
import org.sanctionsplatform.support.persistence.TransactionWrites;

/**
 * The audit trail in table {@code intake_audit}, one row per event, gathered in the caller's transaction with its
 * other writes ({@link TransactionWrites}: one round trip for the case's rows, its outbox rows and these). The rows are written with plain JDBC rather than the repository's
 * {@code saveAll}: in the pipeline harness that call was a fifth of the CPU time of intake's writes (JFR, issue
 * "Pipeline speed"), most of it Micronaut Data's per-entity bookkeeping for rows that only ever get inserted.
 */
@Singleton
class JdbcAuditTrail implements AuditTrail {

    static final String INSERT = "insert into intake_audit (event_id, case_id, recorded_at, principal, principal_name, "
            + "acting_role, request_id, action, change_kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Recorded as the actor only when security is off (sep.security.enabled=false): nobody vouched for the caller. */
    static final Actor UNVERIFIED = new Actor("anonymous", "anonymous (security off)", "none");

    private final AuditRows rows;
    private final TransactionWrites writes;

    JdbcAuditTrail(AuditRows rows, TransactionWrites writes) {
        this.rows = rows;
        this.writes = writes;
    }

    @Override
    public void record(List<CaseEvent> events, Requester requester) {
        if (events.isEmpty()) {
            return;
        }
        Actor actor = requester.actor() == null ? UNVERIFIED : requester.actor();
        List<CompositeStatement.Binder> rows = new ArrayList<>(events.size());
        for (CaseEvent event : events) {
            rows.add(statement -> {
                statement.setString(1, event.eventId());
                statement.setString(2, event.caseId().toString());
                statement.setTimestamp(3, Timestamp.from(event.metadata().recordedAt()));
                statement.setString(4, actor.subject());
                statement.setString(5, actor.name());
                statement.setString(6, actor.role());
                statement.setString(7, requester.requestId());
                statement.setString(8, requester.action());
                statement.setString(9, event.getClass().getSimpleName());
            });
        }
        writes.addEach(INSERT, rows);
    }

    @Override
    public List<Entry> of(String caseId) {
        return rows.findByCaseIdOrderByRecordedAt(caseId).stream()
                .map(r -> new Entry(r.eventId(), r.caseId(), r.recordedAt(), r.principal(), r.principalName(),
                        r.actingRole(), r.requestId(), r.action(), r.changeKind()))
                .toList();
    }

    @MappedEntity("intake_audit")
    record AuditRow(@Id String eventId, String caseId, Instant recordedAt, String principal, String principalName,
                    String actingRole, String requestId, String action, String changeKind) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AuditRows extends CrudRepository<AuditRow, String> {
        List<AuditRow> findByCaseIdOrderByRecordedAt(String caseId);
    }
}
