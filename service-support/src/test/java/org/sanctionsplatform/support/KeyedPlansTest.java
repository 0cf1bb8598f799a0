package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.support.persistence.KeyedPlans;

/**
 * KeyedPlans keeps generic plans for the caller's transaction only: the server connection it was set on plans each
 * execution again in its next transaction, whether the first committed or rolled back.
 */
class KeyedPlansTest {

    record Seen(int backend, String mode) {
    }

    @Test
    void onPostgresqlItKeepsPlansForTheRestOfTheTransactionOnly() throws Exception {
        try (ApplicationContext context = start("keyedplans")) {
            TransactionOperations<Connection> tx = transactions(context);
            KeyedPlans keyedPlans = context.getBean(KeyedPlans.class);

            Seen[] inside = new Seen[2];
            String after = oneConnection(context).execute(ConnectionDefinition.DEFAULT, connection -> {
                tx.executeWrite(status -> {
                    inside[0] = seen(status.getConnection());
                    keyedPlans.forThisTransaction();
                    inside[1] = seen(status.getConnection());
                    return null;
                });
                return nextTransactionOn(tx, inside[1].backend());
            });

            assertThat(inside[0].mode()).isEqualTo("force_custom_plan");
            assertThat(inside[1].mode()).isEqualTo("force_generic_plan");
            assertThat(after).isEqualTo("force_custom_plan");
        }
    }

    @Test
    void aTransactionRolledBackLeavesTheConnectionAsItWas() throws Exception {
        try (ApplicationContext context = start("keyedplansrollback")) {
            TransactionOperations<Connection> tx = transactions(context);
            KeyedPlans keyedPlans = context.getBean(KeyedPlans.class);

            Seen[] inside = new Seen[1];
            String after = oneConnection(context).execute(ConnectionDefinition.DEFAULT, connection -> {
                try {
                    tx.executeWrite(status -> {
                        keyedPlans.forThisTransaction();
                        inside[0] = seen(status.getConnection());
                        throw new IllegalStateException("the caller fails");
                    });
                } catch (IllegalStateException expected) {
                    // rolled back
                }
                return nextTransactionOn(tx, inside[0].backend());
            });

            assertThat(inside[0].mode()).isEqualTo("force_generic_plan");
            assertThat(after).isEqualTo("force_custom_plan");
        }
    }

    @Test
    void insertsOfManyRowsKeepTheirPlansAndTheTransactionGetsItsSettingBack() throws Exception {
        try (ApplicationContext context = start("keyedplansinserts")) {
            TransactionOperations<Connection> tx = transactions(context);
            KeyedPlans keyedPlans = context.getBean(KeyedPlans.class);

            List<String> modes = tx.executeWrite(status -> {
                List<String> seen = new ArrayList<>();
                Connection connection = status.getConnection();
                try {
                    keyedPlans.whileInserting(KeyedPlans.MIN_ROWS, () -> seen.add(seen(connection).mode()));
                    seen.add(seen(connection).mode());
                    keyedPlans.whileInserting(KeyedPlans.MIN_ROWS - 1, () -> seen.add(seen(connection).mode()));
                    // a transaction that keeps its plans already keeps them after the inserts too
                    keyedPlans.forThisTransaction();
                    keyedPlans.whileInserting(KeyedPlans.MIN_ROWS, () -> seen.add(seen(connection).mode()));
                    seen.add(seen(connection).mode());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return seen;
            });

            assertThat(modes).containsExactly(
                    "force_generic_plan", "force_custom_plan", // many rows: generic while inserting, then back
                    "force_custom_plan", // a few rows: left as it is
                    "force_generic_plan", "force_generic_plan");
        }
    }

    @Test
    void theFirstQueryIsSentWithTheSettingAndPlannedUnderIt() throws Exception {
        try (ApplicationContext context = start("keyedplansfirst")) {
            TransactionOperations<Connection> tx = transactions(context);
            KeyedPlans keyedPlans = context.getBean(KeyedPlans.class);
            tx.executeWrite(status -> {
                try (Statement s = status.getConnection().createStatement()) {
                    s.execute("create table keyed (id varchar(10) primary key, v varchar(10))");
                    s.execute("insert into keyed values ('a', 'one')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });

            List<String> found = tx.executeWrite(status -> {
                String value = keyedPlans.firstQuery("select v from keyed where id = ? for update",
                        statement -> statement.setString(1, "a"), result -> result.next() ? result.getString(1) : "none");
                return List.of(value, seen(status.getConnection()).mode());
            });
            List<String> missing = tx.executeWrite(status -> {
                String value = keyedPlans.firstQuery("select v from keyed where id = ? for update",
                        statement -> statement.setString(1, "b"), result -> result.next() ? result.getString(1) : "none");
                return List.of(value, seen(status.getConnection()).mode());
            });
            String reading = tx.executeRead(status -> seen(status.getConnection()).mode());

            assertThat(found).containsExactly("one", "force_generic_plan");
            assertThat(missing).as("no row: the setting is made all the same").containsExactly("none", "force_generic_plan");
            assertThat(reading).isEqualTo("force_custom_plan");
        }
    }

    /** The plan mode in the next transaction, on the same server connection. */
    private static String nextTransactionOn(TransactionOperations<Connection> tx, int backend) {
        Seen after = tx.executeRead(status -> seen(status.getConnection()));
        assertThat(after.backend()).as("the same server connection").isEqualTo(backend);
        return after.mode();
    }

    private static ApplicationContext start(String database) {
        return SupportContexts.onPostgres(database);
    }

    /** Holds one pooled connection: the transactions run in it join it, one after the other. */
    @SuppressWarnings("unchecked")
    private static ConnectionOperations<Connection> oneConnection(ApplicationContext context) {
        return context.getBean(ConnectionOperations.class);
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions(ApplicationContext context) {
        return context.getBean(TransactionOperations.class);
    }

    private static Seen seen(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_backend_pid(), current_setting('plan_cache_mode')")) {
            rs.next();
            return new Seen(rs.getInt(1), rs.getString(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
