package org.sanctionsplatform.support;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/** The support module's test context ({@code support-test}) on a fresh PostgreSQL database and the shared broker. */
public final class SupportContexts {

    private SupportContexts() {
    }

    /** Started on a new database named after {@code database}. */
    public static ApplicationContext onPostgres(String database) {
        return onPostgres(database, Map.of());
    }

    /** As {@link #onPostgres(String)}, with {@code extra} properties on top. */
    public static ApplicationContext onPostgres(String database, Map<String, String> extra) {
        PostgresFixture pg = PostgresFixture.shared();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase(database),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
        properties.putAll(extra);
        return ApplicationContext.builder().environments("support-test")
                .properties(LocalIdentityProvider.shared().serviceProperties(properties)).start();
    }
}
