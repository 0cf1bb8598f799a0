package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.intake.application.AuditTrail;
import org.sanctionsplatform.intake.application.Requester;
import org.sanctionsplatform.intake.domain.Actor;
import org.sanctionsplatform.intake.domain.CaseEvent;

/** The audit trail in table {@code intake_audit}, one row per event, written in the caller's transaction. */
@Singleton
class JdbcAuditTrail implements AuditTrail {

    /** Recorded as the actor only when security is off (sep.security.enabled=false): nobody vouched for the caller. */
    static final Actor UNVERIFIED = new Actor("anonymous", "anonymous (security off)", "none");

    private final AuditRows rows;

    JdbcAuditTrail(AuditRows rows) {
        this.rows = rows;
    }

    @Override
    public void record(List<CaseEvent> events, Requester requester) {
        Actor actor = requester.actor() == null ? UNVERIFIED : requester.actor();
        List<AuditRow> written = new ArrayList<>(events.size());
        for (CaseEvent event : events) {
            written.add(new AuditRow(event.eventId(), event.caseId().toString(), event.metadata().recordedAt(),
                    actor.subject(), actor.name(), actor.role(), requester.requestId(), requester.action(),
                    event.getClass().getSimpleName()));
        }
        rows.saveAll(written);
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
