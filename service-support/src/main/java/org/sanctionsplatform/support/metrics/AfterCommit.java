package org.sanctionsplatform.support.metrics;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Counts work only once it is committed: a meter updated inside a transaction that rolls back (a poll batch that fails
 * and is replayed record by record) would count the work twice. Outside a transaction the action runs at once.
 */
@Singleton
public class AfterCommit {

    private final TransactionOperations<Connection> tx;

    public AfterCommit(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public void run(Runnable action) {
        tx.findTransactionStatus().ifPresentOrElse(
                status -> status.registerSynchronization(new Committed(action)),
                action);
    }

    private record Committed(Runnable action) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            action.run();
        }
    }
}
