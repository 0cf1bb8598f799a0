package org.sanctionsplatform.deadline.timers;

import java.util.List;

/**
 * Outbound port: announces fired timers on {@code enforcement.deadlines.v1}, a reminder as DeadlineReminderDue and
 * an expiry as DeadlineExpired, under each timer's deterministic event id. Must be called inside the transaction
 * that marks the timers fired (the events go through the outbox), so a timer is marked fired exactly when its event
 * is written.
 */
public interface TimerEvents {

    void fired(List<FiredTimer> timers);
}
