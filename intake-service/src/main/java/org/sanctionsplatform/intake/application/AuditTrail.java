package org.sanctionsplatform.intake.application;

import java.time.Instant;
import java.util.List;
import org.sanctionsplatform.intake.domain.CaseEvent;

/**
 * Port: the audit trail of intake (issue 9.3). Every accepted change leaves one entry per event it caused, in the same
 * transaction as the change: who (principal and name), in which role, when, through which request and action, and
 * what changed (the event). Auditors read a case's trail; nothing ever changes an entry.
 */
public interface AuditTrail {

    void record(List<CaseEvent> events, Requester requester);

    /** The trail of a case, oldest first. */
    List<Entry> of(String caseId);

    /** One accepted change. */
    record Entry(String eventId, String caseId, Instant recordedAt, String principal, String principalName, String role,
                 String requestId, String action, String change) {
    }
}
