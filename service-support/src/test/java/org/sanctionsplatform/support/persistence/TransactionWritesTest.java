package org.sanctionsplatform.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.support.SupportContexts;

/**
 * The writes several adapters gather for one transaction reach PostgreSQL when flushed, or before the commit at the
 * latest, in the order gathered; a failing one fails the transaction, which then leaves nothing; a rolled-back
 * transaction's gathered writes are dropped.
 */
class TransactionWritesTest {

    private static final String PARENT = "insert into parent (id, name) values (?, ?)";
    private static final String CHILD = "insert into child (parent_id, seq) values (?, ?)";

    private static ApplicationContext context;
    private static TransactionOperations<Connection> tx;
    private static TransactionWrites writes;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void start() {
        context = SupportContexts.onPostgres("transactionwrites");
        tx = context.getBean(TransactionOperations.class);
        writes = context.getBean(TransactionWrites.class);
        tx.executeWrite(status -> run(status.getConnection(),
                "create table parent (id varchar(10) primary key, name varchar(20) not null)",
                "create table child (parent_id varchar(10) not null references parent (id), seq int not null)"));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void empty() {
        tx.executeWrite(status -> run(status.getConnection(), "delete from child", "delete from parent"));
    }

    @Test
    void gatheredWritesReachTheDatabaseWhenFlushedInTheOrderGathered() {
        List<Long> seen = tx.executeWrite(status -> {
            writes.add(PARENT, st -> {
                st.setString(1, "p1");
                st.setString(2, "first");
            });
            writes.addEach(CHILD, List.of(st -> {
                st.setString(1, "p1");
                st.setInt(2, 0);
            }, st -> {
                st.setString(1, "p1");
                st.setInt(2, 1);
            }));
            long before = count(status.getConnection(), "select count(*) from parent") + count(status.getConnection(),
                    "select count(*) from child");
            writes.flush();
            long after = count(status.getConnection(), "select count(*) from child");
            writes.flush(); // nothing left: sends nothing
            return List.of(before, after);
        });

        assertThat(seen).as("not written until flushed (children after their parent)").containsExactly(0L, 2L);
        assertThat(committed("select count(*) from child")).isEqualTo(2);
        assertThat(writes.gatheringTransactions()).isZero();
    }

    @Test
    void whatIsStillGatheredIsWrittenBeforeTheCommit() {
        tx.executeWrite(status -> {
            writes.add(PARENT, st -> {
                st.setString(1, "p2");
                st.setString(2, "unflushed");
            });
            return null;
        });

        assertThat(committed("select count(*) from parent where name = 'unflushed'")).isEqualTo(1);
        assertThat(writes.gatheringTransactions()).isZero();
    }

    @Test
    void aWriteThatFailsAtTheCommitFailsTheTransactionAndLeavesNothing() {
        assertThatThrownBy(() -> tx.executeWrite(status -> {
            run(status.getConnection(), "insert into parent (id, name) values ('p3', 'direct')");
            writes.add(CHILD, st -> {
                st.setString(1, "nobody");
                st.setInt(2, 0);
            });
            return null;
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("child_parent_id_fkey");

        assertThat(committed("select count(*) from parent")).as("the transaction's own write rolled back too").isZero();
        assertThat(writes.gatheringTransactions()).isZero();
    }

    @Test
    void aRolledBackTransactionsGatheredWritesAreDropped() {
        assertThatThrownBy(() -> tx.executeWrite(status -> {
            writes.add(PARENT, st -> {
                st.setString(1, "p4");
                st.setString(2, "dropped");
            });
            throw new IllegalStateException("the caller fails");
        })).isInstanceOf(IllegalStateException.class);
        tx.executeWrite(status -> {
            writes.flush();
            return null;
        });

        assertThat(committed("select count(*) from parent")).isZero();
        assertThat(writes.gatheringTransactions()).isZero();
    }

    @Test
    void writesGatheredInAJoinedTransactionCommitWithTheOuterOne() {
        tx.executeWrite(outer -> {
            tx.executeWrite(inner -> {
                writes.add(PARENT, st -> {
                    st.setString(1, "p5");
                    st.setString(2, "inner");
                });
                return null;
            });
            writes.add(CHILD, st -> {
                st.setString(1, "p5");
                st.setInt(2, 0);
            });
            return null;
        });

        assertThat(committed("select count(*) from child where parent_id = 'p5'")).isEqualTo(1);
        assertThat(writes.gatheringTransactions()).isZero();
    }

    @Test
    void gatheringOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> writes.add(PARENT, st -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
    }

    private static long committed(String sql) {
        return tx.executeRead(status -> count(status.getConnection(), sql));
    }

    private static long count(Connection connection, String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Void run(Connection connection, String... statements) {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
