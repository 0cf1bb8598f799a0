package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A service's PostgreSQL connections plan each execution for the table as it is (see StablePlans). */
class StablePlansTest {

    @Test
    void everyConnectionOfAPostgresqlDataSourcePlansEachExecution() throws Exception {
        assertThat(planCacheMode(Map.of())).isEqualTo("force_custom_plan");
    }

    @Test
    void theSettingCanBeTurnedOff() throws Exception {
        assertThat(planCacheMode(Map.of("sep.datasource.custom-plans", "false"))).isEqualTo("auto");
    }

    private static String planCacheMode(Map<String, String> extra) throws Exception {
        try (ApplicationContext context = SupportContexts.onPostgres("stableplans", extra)) {
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
            return tx.executeRead(status -> {
                try (Statement statement = status.getConnection().createStatement();
                     ResultSet rs = statement.executeQuery("show plan_cache_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
        }
    }
}
