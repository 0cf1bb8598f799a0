package org.sanctionsplatform.support.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * A JDBC batch of inserts sent to PostgreSQL as multi-row inserts (the driver's {@code reWriteBatchedInserts}): the
 * stores write a poll batch's rows as one JDBC batch per statement, which the driver otherwise executes row by row, a
 * statement each on the server (issue "Pipeline speed": the deadline service's ten timer rows per whole case were ten
 * executions; the outbox's rows one each). The driver rewrites inserts only, and then counts the rows of a rewritten
 * batch as {@link java.sql.Statement#SUCCESS_NO_INFO}: no store relies on the count of a batched insert (the
 * consumers' deduplication, which does, claims a batch's event ids with one statement of its own, see InboundEvents).
 *
 * <p>Applied to every PostgreSQL data source that does not set the property itself; {@code
 * sep.datasource.rewrite-batched-inserts: false} turns it off. H2 (the embedded default) is left as it is.
 */
@Singleton
@Requires(property = "sep.datasource.rewrite-batched-inserts", notEquals = "false")
public class BatchedInserts implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if (isPostgres(configuration) && !url(configuration).contains(PROPERTY)
                && !configuration.getDataSourceProperties().containsKey(PROPERTY)) {
            configuration.addDataSourceProperty(PROPERTY, "true");
        }
        return configuration;
    }

    /** Whether the data source is a PostgreSQL one (by its JDBC URL); StablePlans asks the same. */
    static boolean isPostgres(DatasourceConfiguration configuration) {
        return url(configuration).startsWith("jdbc:postgresql:");
    }

    private static String url(DatasourceConfiguration configuration) {
        String url = configuration.getUrl() != null ? configuration.getUrl() : configuration.getJdbcUrl();
        return url == null ? "" : url;
    }
}
