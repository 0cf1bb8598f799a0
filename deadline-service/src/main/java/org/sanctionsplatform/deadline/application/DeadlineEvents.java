package org.sanctionsplatform.deadline.application;

import java.util.List;

/**
 * Outbound port: announces what happened to windows on {@code enforcement.deadlines.v1}, in the order given. Must be
 * called inside the transaction that stores the changes (the events go through the outbox).
 */
public interface DeadlineEvents {

    void windowsChanged(List<CaseChanges.CausedEvent> events);
}
