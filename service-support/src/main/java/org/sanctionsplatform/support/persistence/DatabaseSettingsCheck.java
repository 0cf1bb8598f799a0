package org.sanctionsplatform.support.persistence;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;

/**
 * A service needs its own database, named by configuration: without {@code datasources.default.url} (env
 * {@code DB_URL}) it refuses to start and says what to set, instead of quietly running on an in-memory database that
 * forgets every case at the next restart (issue 11.4). Only the launcher (the one-command demo) gives each service an
 * embedded H2 database, and only the launcher's class path has H2; production images do not.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE) // before the data source, the migrations and the listeners start anything
public class DatabaseSettingsCheck {

    public DatabaseSettingsCheck(@Value("${datasources.default.url:}") String url,
                                 @Value("${micronaut.application.name:the service}") String application) {
        if (url == null || url.isBlank()) {
            throw new ConfigurationException(application + " has no database configured: set DB_URL to its PostgreSQL "
                    + "database (e.g. jdbc:postgresql://postgres:5432/<database>) with DB_USER and DB_PASSWORD. "
                    + "There is no embedded default outside the launcher (run-platform).");
        }
    }
}
