package org.sanctionsplatform.support.outbox;

import jakarta.inject.Singleton;
import java.util.Objects;

/**
 * Tells the outbox relay of this replica that a transaction with new outbox rows has committed, so the rows leave at
 * once instead of waiting for the relay's next polling round ({@code sep.outbox.relay-interval}, which remains the
 * bound for rows committed by other replicas). A signal with no relay listening is dropped.
 */
@Singleton
public class OutboxSignal {

    private volatile Runnable listener = () -> { };

    /** The relay's wake-up; the last one set is called. */
    void listen(Runnable wakeUp) {
        this.listener = Objects.requireNonNull(wakeUp, "wakeUp");
    }

    /** Called after a transaction that appended outbox rows has committed. */
    void committed() {
        listener.run();
    }
}
