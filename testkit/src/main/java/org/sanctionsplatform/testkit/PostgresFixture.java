package org.sanctionsplatform.testkit;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server for tests (never H2), shared by the test JVM.
 *
 * <p>Chosen in this order:
 * <ol>
 *   <li>the server named by configuration: {@code -Dsep.test.postgres.url} (or env
 *       {@code SEP_TEST_POSTGRES_URL}), with {@code .user}/{@code .password}
 *       ({@code SEP_TEST_POSTGRES_USER}/{@code SEP_TEST_POSTGRES_PASSWORD}); the URL names an existing
 *       database used for administration. If configured, it must answer: there is no fallback;</li>
 *   <li>{@code 127.0.0.1:5432}, user {@code postgres}, database {@code test} (else {@code postgres}),
 *       if it accepts a connection within about 2 s;</li>
 *   <li>Testcontainers {@value #POSTGRES_IMAGE} when a Docker engine answers;</li>
 *   <li>otherwise {@link IllegalStateException} saying how to get one.</li>
 * </ol>
 *
 * <p>Each test asks {@link #createDatabase(String)} for a fresh database. Databases created on a
 * configured or local server are dropped by a shutdown hook (set {@code -Dsep.test.postgres.keep=true}
 * to keep them).
 */
public final class PostgresFixture {

    public static final String POSTGRES_IMAGE = "postgres:16-alpine";
    static final String LOCAL_HOST_PORT = "127.0.0.1:5432";
    static final String START_LOCAL_COMMAND =
            "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(PostgresFixture.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Object LOCK = new Object();
    private static volatile PostgresFixture shared;
    private static RuntimeException sharedFailure;

    private final Endpoint admin;
    private final String source;
    private final AutoCloseable container;
    private final List<String> created = new CopyOnWriteArrayList<>();

    private PostgresFixture(Endpoint admin, String source, AutoCloseable container) {
        this.admin = admin;
        this.source = source;
        this.container = container;
    }

    /** The PostgreSQL of this JVM, chosen on first call. A failure is remembered and rethrown. */
    public static PostgresFixture shared() {
        PostgresFixture f = shared;
        if (f != null) {
            return f;
        }
        synchronized (LOCK) {
            if (shared != null) {
                return shared;
            }
            if (sharedFailure != null) {
                throw sharedFailure;
            }
            try {
                f = resolve(configuredEndpoint(), localCandidates(), DockerSupport::isDockerAvailable);
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
            PostgresFixture started = f;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "sep-postgres-fixture-shutdown"));
            LOG.info("PostgreSQL for tests: {}", started.source);
            shared = started;
            return started;
        }
    }

    /**
     * The selection logic, with its inputs injectable.
     *
     * @param configured the explicitly configured server, or {@code null}
     * @param local      servers to probe when nothing is configured, in order
     * @param docker     whether a Docker engine answers (asked only if no local server answers)
     */
    static PostgresFixture resolve(Endpoint configured, List<Endpoint> local, BooleanSupplier docker) {
        if (configured != null) {
            SQLException error = probe(configured);
            if (error == null) {
                return new PostgresFixture(configured, "configured server " + configured.url
                        + " (" + configured.origin + ")", null);
            }
            throw new IllegalStateException("No PostgreSQL for tests: the configured server " + configured.url
                    + " (" + configured.origin + ", user " + configured.user + ") does not answer: "
                    + error.getMessage() + "\n" + howToGetOne(), error);
        }
        List<String> tried = new ArrayList<>();
        for (Endpoint candidate : local) {
            SQLException error = probe(candidate);
            if (error == null) {
                return new PostgresFixture(candidate, "local server " + candidate.url, null);
            }
            tried.add(candidate.url + " as " + candidate.user + ": " + error.getMessage());
        }
        boolean dockerAvailable;
        try {
            dockerAvailable = docker.getAsBoolean();
        } catch (RuntimeException e) {
            dockerAvailable = false;
        }
        if (dockerAvailable) {
            return Containers.start();
        }
        tried.add("Testcontainers " + POSTGRES_IMAGE + ": no Docker engine (" + safeDockerDescription() + ")");
        throw new IllegalStateException("No PostgreSQL for tests. Tried:\n  - " + String.join("\n  - ", tried)
                + "\n" + howToGetOne());
    }

    static String howToGetOne() {
        return "To get one, do any of:\n"
                + "  1. start the local server (127.0.0.1:5432, user postgres, trust auth, database test):\n"
                + "       " + START_LOCAL_COMMAND + "\n"
                + "  2. point the tests at a server: SEP_TEST_POSTGRES_URL=jdbc:postgresql://HOST:5432/DB"
                + " (and SEP_TEST_POSTGRES_USER, SEP_TEST_POSTGRES_PASSWORD),\n"
                + "     or -Dsep.test.postgres.url=... -Dsep.test.postgres.user=... -Dsep.test.postgres.password=...\n"
                + "  3. run a Docker engine, so that Testcontainers starts " + POSTGRES_IMAGE + ".";
    }

    private static String safeDockerDescription() {
        try {
            return DockerSupport.description();
        } catch (RuntimeException e) {
            return "not checked";
        }
    }

    static Endpoint configuredEndpoint() {
        String url = Settings.lookup("sep.test.postgres.url", "SEP_TEST_POSTGRES_URL");
        if (url == null) {
            return null;
        }
        String user = Settings.lookup("sep.test.postgres.user", "SEP_TEST_POSTGRES_USER");
        String password = Settings.lookup("sep.test.postgres.password", "SEP_TEST_POSTGRES_PASSWORD");
        return new Endpoint(url, user == null ? "postgres" : user, password == null ? "" : password,
                "sep.test.postgres.url / SEP_TEST_POSTGRES_URL");
    }

    static List<Endpoint> localCandidates() {
        return List.of(
                new Endpoint("jdbc:postgresql://" + LOCAL_HOST_PORT + "/test", "postgres", "postgres", "local"),
                new Endpoint("jdbc:postgresql://" + LOCAL_HOST_PORT + "/postgres", "postgres", "postgres", "local"));
    }

    /** {@code null} when a connection succeeds within {@link #PROBE_TIMEOUT}, else the error. */
    static SQLException probe(Endpoint endpoint) {
        try (Connection c = connect(endpoint.url, endpoint.user, endpoint.password, PROBE_TIMEOUT);
             Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private static Connection connect(String url, String user, String password, Duration timeout) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password == null ? "" : password);
        long seconds = Math.max(1, timeout.toSeconds());
        p.setProperty("connectTimeout", String.valueOf(seconds));
        p.setProperty("loginTimeout", String.valueOf(seconds));
        p.setProperty("socketTimeout", String.valueOf(Math.max(seconds, 60)));
        p.setProperty("ApplicationName", "sep-testkit");
        return DriverManager.getConnection(url, p);
    }

    /**
     * Creates a fresh, empty database named {@code <prefix>_<random>} (lower case, at most 63
     * characters) and returns its JDBC URL. Use {@link #username()} / {@link #password()} with it.
     */
    public String createDatabase(String prefix) {
        String name = databaseName(prefix);
        SQLException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try (Connection c = connect(admin.url, admin.user, admin.password, Duration.ofSeconds(10));
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + name + "\"");
                created.add(name);
                return jdbcUrl(name);
            } catch (SQLException e) {
                last = e;
                // 55006: template1 busy (another session is creating a database at the same time)
                if (!"55006".equals(e.getSQLState())) {
                    break;
                }
                sleep(200L * (attempt + 1));
            }
        }
        throw new IllegalStateException("Cannot create database " + name + " on " + source + ": "
                + (last == null ? "" : last.getMessage()), last);
    }

    /** JDBC URL of the named database on this server. */
    public String jdbcUrl(String database) {
        return withDatabase(admin.url, database);
    }

    /** URL of the existing database used for administration. */
    public String adminJdbcUrl() {
        return admin.url;
    }

    public String username() {
        return admin.user;
    }

    public String password() {
        return admin.password;
    }

    /** Which server is used, e.g. {@code local server jdbc:postgresql://127.0.0.1:5432/test}. */
    public String source() {
        return source;
    }

    /** Opens a connection to {@code jdbcUrl} (of {@link #createDatabase}) with this fixture's credentials. */
    public Connection connect(String jdbcUrl) throws SQLException {
        return connect(jdbcUrl, admin.user, admin.password, Duration.ofSeconds(10));
    }

    /**
     * Waits until a connection to {@code jdbcUrl}'s database waits for a lock (as {@code pg_stat_activity} shows it), for
     * tests that must act while another transaction is blocked; fails after 30 s.
     */
    public void awaitWaitingForALock(String jdbcUrl) throws SQLException, InterruptedException {
        try (Connection watcher = connect(jdbcUrl); java.sql.Statement s = watcher.createStatement()) {
            for (int i = 0; i < 1500; i++) {
                try (java.sql.ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity "
                        + "where wait_event_type = 'Lock' and datname = current_database()")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("no connection to " + jdbcUrl + " came to wait for a lock within 30 s");
    }

    /** A table's scans: sequential, and through an index. */
    public record Scans(long sequential, long index) {

        /** The scans made since {@code before} (of the same table). */
        public Scans since(Scans before) {
            return before == null ? this : new Scans(sequential - before.sequential, index - before.index);
        }
    }

    /**
     * The scans of each table that the server connection of {@code connection} has made and not yet reported to the
     * server's statistics (PostgreSQL's {@code pg_stat_xact_user_tables}), by table name: those of the transaction
     * under way, and maybe of the transactions just before it on the same connection (a backend reports them when it is
     * idle, at most once a second). Within one transaction the difference between two calls ({@link #scansSince}) is
     * what the statements between them scanned.
     */
    public static java.util.Map<String, Scans> unreportedScans(Connection connection) throws SQLException {
        java.util.Map<String, Scans> scans = new java.util.TreeMap<>();
        try (java.sql.Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select relname, seq_scan, coalesce(idx_scan, 0) "
                     + "from pg_stat_xact_user_tables where seq_scan + coalesce(idx_scan, 0) > 0")) {
            while (rs.next()) {
                scans.put(rs.getString(1), new Scans(rs.getLong(2), rs.getLong(3)));
            }
        }
        return scans;
    }

    /**
     * The scans of each table made on {@code connection} since {@code before} ({@link #unreportedScans} taken earlier in
     * the same transaction), tables not scanned since absent.
     */
    public static java.util.Map<String, Scans> scansSince(Connection connection, java.util.Map<String, Scans> before)
            throws SQLException {
        java.util.Map<String, Scans> since = new java.util.TreeMap<>();
        unreportedScans(connection).forEach((table, now) -> {
            Scans made = now.since(before.get(table));
            if (made.sequential() != 0 || made.index() != 0) {
                since.put(table, made);
            }
        });
        return since;
    }

    @Override
    public String toString() {
        return "PostgresFixture[" + source + "]";
    }

    static String databaseName(String prefix) {
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (p.isEmpty() || !Character.isLetter(p.charAt(0)) && p.charAt(0) != '_') {
            p = "db_" + p;
        }
        if (p.length() > 48) {
            p = p.substring(0, 48);
        }
        StringBuilder suffix = new StringBuilder();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 12; i++) {
            suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return p + "_" + suffix;
    }

    static String withDatabase(String url, String database) {
        Objects.requireNonNull(database, "database");
        String scheme = "jdbc:postgresql:";
        if (!url.startsWith(scheme)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        String rest = url.substring(scheme.length());
        int q = rest.indexOf('?');
        String query = q >= 0 ? rest.substring(q) : "";
        String path = q >= 0 ? rest.substring(0, q) : rest;
        String hosts;
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            hosts = slash >= 0 ? path.substring(2, slash) : path.substring(2);
        } else {
            hosts = "localhost:5432"; // jdbc:postgresql:dbname
        }
        return scheme + "//" + hosts + "/" + database + query;
    }

    private void stop() {
        if (container != null) {
            try {
                container.close();
            } catch (Exception e) {
                LOG.warn("Stopping the PostgreSQL container failed", e);
            }
            return;
        }
        if (Boolean.parseBoolean(Settings.lookup("sep.test.postgres.keep", "SEP_TEST_POSTGRES_KEEP"))) {
            return;
        }
        dropCreatedDatabases();
    }

    /** Drops the databases this fixture created (terminating their connections). Best effort. */
    void dropCreatedDatabases() {
        if (created.isEmpty()) {
            return;
        }
        try (Connection c = connect(admin.url, admin.user, admin.password, Duration.ofSeconds(5));
             Statement s = c.createStatement()) {
            for (String name : created) {
                try {
                    s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
                    created.remove(name);
                } catch (SQLException e) {
                    LOG.debug("Cannot drop test database {}", name, e);
                }
            }
        } catch (SQLException e) {
            LOG.debug("Cannot drop test databases {}", created, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A server to try: JDBC URL of an existing database, credentials, and where it came from. */
    record Endpoint(String url, String user, String password, String origin) {
        Endpoint {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            password = password == null ? "" : password;
        }
    }

    /** Testcontainers code, loaded only when a Docker engine answers. */
    private static final class Containers {
        static PostgresFixture start() {
            org.testcontainers.containers.PostgreSQLContainer<?> container =
                    new org.testcontainers.containers.PostgreSQLContainer<>(POSTGRES_IMAGE)
                            .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
            try {
                container.start();
            } catch (RuntimeException e) {
                container.close();
                throw new IllegalStateException("Cannot start Testcontainers " + POSTGRES_IMAGE + ".\n" + howToGetOne(), e);
            }
            Endpoint endpoint = new Endpoint(container.getJdbcUrl(), container.getUsername(),
                    container.getPassword(), "testcontainers");
            return new PostgresFixture(endpoint, "Testcontainers " + POSTGRES_IMAGE + " at " + container.getJdbcUrl(),
                    container::stop);
        }
    }
}
