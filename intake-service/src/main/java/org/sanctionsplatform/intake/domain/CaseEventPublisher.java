package org.sanctionsplatform.intake.domain;

import java.util.List;

/**
 * Port: announces what happened to a case to the rest of the platform. Must publish in the same transaction
 * as {@link CaseFiles#keep}, so an event goes out exactly when its case change is kept.
 */
public interface CaseEventPublisher {

    /**
     * @param correlationId ties the events to the request that caused them
     * @param actor who caused them (issue 9.3); null only when nobody vouched for the caller (security off)
     */
    void publish(List<CaseEvent> events, String correlationId, Actor actor);
}
