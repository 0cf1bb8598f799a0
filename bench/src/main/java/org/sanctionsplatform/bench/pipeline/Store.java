package org.sanctionsplatform.bench.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.launcher.RunningPlatform;

/**
 * Where the four services keep their state in a run: one PostgreSQL database per service, dropped and created fresh
 * ({@code <prefix>_<service>} on the given server), or one in-memory H2 database per service in PostgreSQL mode, as the
 * launcher runs them. Each phase of a run (load, replay) gets fresh databases.
 */
final class Store {

    static final List<String> SERVICES = List.of("intake", "assessment", "deadline", "publication");

    enum Kind { POSTGRES, EMBEDDED }

    private final Kind kind;
    private final String server;
    private final String user;
    private final String password;
    private final String prefix;

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
                databases.put(service, new RunningPlatform.Database(server + name, user, password));
            } else {
                // the launcher's embedded default (ServiceSpec.h2Url), under a name of this run's phase
                databases.put(service, new RunningPlatform.Database("jdbc:h2:mem:" + prefix + "-" + phase + "-" + service
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
            }
        }
        return databases;
    }

    static Connection connect(RunningPlatform.Database db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    /** Frees the memory of in-memory H2 databases once their services have stopped; PostgreSQL ones stay for a look. */
    void release(Map<String, RunningPlatform.Database> databases) throws SQLException {
        if (kind != Kind.EMBEDDED) {
            return;
        }
        for (RunningPlatform.Database db : databases.values()) {
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("shutdown");
            }
        }
    }

    String describe() {
        return kind == Kind.POSTGRES
                ? "PostgreSQL, a database per service (" + prefix + "_intake, _assessment, _deadline, _publication) on " + server
                : "embedded: in-memory H2 per service (PostgreSQL mode), as the launcher runs it";
    }
}
