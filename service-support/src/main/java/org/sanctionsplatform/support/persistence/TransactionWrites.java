package org.sanctionsplatform.support.persistence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writes of one transaction gathered from several adapters and sent in one round trip (issue "Pipeline speed"):
 * an intake request writes the case's rows, its outbox rows and its audit rows through three ports, which were three
 * round trips ({@link CompositeStatement}: about 125 µs of CPU each on the project's 2-core machine).
 *
 * <p>Each {@link #add}/{@link #addEach} appends to the {@link CompositeStatement} of the caller's transaction (which
 * must be active); {@link #flush} sends what is gathered, in the order added. Until then the rows are not in the
 * database: a read in the same transaction would not see them, so the work that gathers flushes before it reads, and
 * at its end. Whatever is still gathered when the transaction commits is sent before the commit
 * ({@link TransactionSynchronization#beforeCommit}), so no write is ever dropped: if it fails there, the transaction
 * rolls back and the caller gets the error. A rolled-back transaction's gathered writes are discarded.
 */
@Singleton
public class TransactionWrites {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final DatabaseKind database = new DatabaseKind();
    /** The gathered writes of each open transaction, by its connection. */
    private final Map<Connection, Gathered> open = new ConcurrentHashMap<>();

    public TransactionWrites(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Gathers a statement (a row's insert or update) for the caller's transaction. */
    public void add(String sql, CompositeStatement.Binder binder) {
        gathered().statements.add(sql, binder);
    }

    /** Gathers the statement once per row, in the order given. */
    public void addEach(String sql, List<? extends CompositeStatement.Binder> rows) {
        if (!rows.isEmpty()) {
            gathered().statements.addEach(sql, rows);
        }
    }

    /** Sends the caller's transaction's gathered writes, if any: one round trip on PostgreSQL. */
    public void flush() {
        Connection connection = jdbc.getConnection();
        Gathered gathered = open.get(connection);
        if (gathered != null) {
            gathered.flush(connection);
        }
    }

    /** How many transactions have writes gathered or are still to be told they ended (for tests). */
    int gatheringTransactions() {
        return open.size();
    }

    private Gathered gathered() {
        TransactionStatus<?> status = tx.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("writes can only be gathered inside a transaction"));
        Connection connection = (Connection) status.getConnection();
        return open.computeIfAbsent(connection, c -> {
            Gathered gathered = new Gathered(c);
            status.registerSynchronization(gathered);
            return gathered;
        });
    }

    /** One transaction's writes not sent yet; sent before it commits, forgotten when it ends. */
    private final class Gathered implements TransactionSynchronization {
        private final Connection connection;
        private CompositeStatement statements = new CompositeStatement();

        Gathered(Connection connection) {
            this.connection = connection;
        }

        void flush(Connection on) {
            if (statements.size() == 0) {
                return;
            }
            CompositeStatement sending = statements;
            statements = new CompositeStatement();
            try {
                sending.execute(on, database.isPostgres(on));
            } catch (SQLException e) {
                throw new DataAccessException("cannot write the transaction's rows: " + e.getMessage(), e);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flush(connection);
        }

        @Override
        public void afterCompletion(Status status) {
            open.remove(connection, this);
        }
    }
}
