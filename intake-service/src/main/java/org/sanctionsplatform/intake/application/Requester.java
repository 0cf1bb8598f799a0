package org.sanctionsplatform.intake.application;

import org.sanctionsplatform.intake.domain.Actor;

/**
 * Who asks intake for a change and through which request: the {@code X-Correlation-Id} the caller sent (null when
 * none; it then correlates the events with their case), the request id the audit trail and the log know the request
 * by (that header, else a generated one), the actor (null only with security off) and the action, e.g.
 * {@code POST /cases/{id}/penalty-decisions}.
 */
public record Requester(String correlationId, String requestId, Actor actor, String action) {
}
