package org.sanctionsplatform.bench.pipeline;

import org.sanctionsplatform.testkit.RoundTrips;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.launcher.EmbeddedDatabases;
import org.sanctionsplatform.launcher.RunningPlatform;

/**
 * Where the four services keep their state in a run: one PostgreSQL database per service, dropped and created fresh
 * ({@code <prefix>_<service>} on the given server), or one H2 database file per service in PostgreSQL mode in a temporary
 * directory ({@link EmbeddedDatabases}), as the launcher runs them. Each phase of a run (load, replay) gets fresh databases.
 */
final class Store {

    static final List<String> SERVICES = List.of("intake", "assessment", "deadline", "publication");

    enum Kind { POSTGRES, EMBEDDED }

    private final Kind kind;
    private final String server;
    private final String user;
    private final String password;
    private final String prefix;
    private final Map<String, EmbeddedDatabases> embedded = new LinkedHashMap<>();

    Store(Kind kind, String server, String user, String password, String prefix) {
        if (!prefix.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database prefix must be a plain lower-case identifier: " + prefix);
        }
        this.kind = kind;
        this.server = server.endsWith("/") ? server : server + "/";
        this.user = user;
        this.password = password;
        this.prefix = prefix;
    }

    Kind kind() {
        return kind;
    }

    /**
     * Fresh databases for one phase ({@code phase} is part of the H2 names, so that an earlier phase's in-memory
     * databases are not reused): service name → database.
     */
    Map<String, RunningPlatform.Database> fresh(String phase) throws SQLException {
        Map<String, RunningPlatform.Database> databases = new LinkedHashMap<>();
        for (String service : SERVICES) {
            if (kind == Kind.POSTGRES) {
                String name = prefix + "_" + service;
                try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                     Statement s = c.createStatement()) {
                    s.execute("drop database if exists " + name + " with (force)");
                    s.execute("create database " + name);
                }
                // the services' connections count their round trips (RoundTrips); the harness's own do not
                databases.put(service, new RunningPlatform.Database(server + name + "?"
                        + RoundTrips.urlParameters(service), user, password));
            } else {
                // the launcher's embedded default: H2 database files in a temporary directory of this phase
                EmbeddedDatabases files = embedded.computeIfAbsent(phase, p -> EmbeddedDatabases.temporary());
                databases.put(service, files.database(service));
            }
        }
        return databases;
    }

    /** A connection of the harness's own to a service's database (not counted among the service's round trips). */
    static Connection connect(RunningPlatform.Database db) throws SQLException {
        int query = db.url().indexOf("?socketFactory=");
        return DriverManager.getConnection(query < 0 ? db.url() : db.url().substring(0, query), db.username(),
                db.password());
    }

    /** What the services are given besides their databases: the embedded run's retention (as the launcher's). */
    Map<String, Object> serviceProperties() {
        return kind == Kind.EMBEDDED ? EmbeddedDatabases.RETENTION : Map.of();
    }

    /** Shuts embedded databases down and deletes their files once their services have stopped; PostgreSQL ones stay for a look. */
    void release(Map<String, RunningPlatform.Database> databases) {
        if (kind != Kind.EMBEDDED) {
            return;
        }
        embedded.values().removeIf(files -> {
            if (files.database("intake").equals(databases.get("intake"))) {
                files.close();
                return true;
            }
            return false;
        });
    }

    String describe() {
        return kind == Kind.POSTGRES
                ? "PostgreSQL, a database per service (" + prefix + "_intake, _assessment, _deadline, _publication) on " + server
                : "embedded: an H2 database file per service (PostgreSQL mode) in a temporary directory, as the launcher runs it"
                + " (sent outbox rows and processed event ids kept 10 minutes)";
    }
}
