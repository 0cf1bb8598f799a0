package org.sanctionsplatform.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded databases of the one-process run (the launcher and the pipeline harness's embedded mode): one H2
 * database per service in PostgreSQL mode, kept in <em>files</em> under a directory, so that the heap holds only H2's
 * page cache however many cases the run holds (issue "Pipeline speed"; in memory, every case cost 50–70 KB of heap).
 * The directory is either a temporary one, deleted when this is closed, or one the operator names, kept. Closing shuts
 * the databases down (after the services using them have stopped).
 */
public final class EmbeddedDatabases implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabases.class);

    /** H2 in PostgreSQL mode as every service's SQL expects it; the services' pools and {@link #close} end it. */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
            + ";DB_CLOSE_ON_EXIT=FALSE";

    /**
     * What the services are given besides their database in an embedded run: published outbox rows and the ids of
     * processed events are kept 10 minutes, not 24 hours or for ever, so that the disk stays bounded too. The
     * embedded broker redelivers only what a consumer had not yet committed, seconds old, so 10 minutes of event ids
     * still catch every duplicate.
     */
    public static final Map<String, Object> RETENTION = Map.of(
            "sep.outbox.retention", "10m",
            "sep.consumer.processed-event-retention", "10m");

    private final Path directory;
    private final boolean keep;
    private final Map<String, RunningPlatform.Database> opened = new LinkedHashMap<>();

    private EmbeddedDatabases(Path directory, boolean keep) {
        this.directory = directory;
        this.keep = keep;
    }

    /** Databases in a new temporary directory, deleted with them when closed. */
    public static EmbeddedDatabases temporary() {
        try {
            return new EmbeddedDatabases(Files.createTempDirectory("sep-data-"), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the embedded databases", e);
        }
    }

    /** Databases in {@code directory} (created if missing), kept when closed: a later run goes on with them. */
    public static EmbeddedDatabases kept(Path directory) {
        try {
            return new EmbeddedDatabases(Files.createDirectories(directory.toAbsolutePath()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** Whether the service's database file exists already (a kept directory used before). */
    public boolean exists(String name) {
        return Files.exists(directory.resolve(name + ".mv.db"));
    }

    /** The database named {@code name} (e.g. a service's name) in this directory. */
    public synchronized RunningPlatform.Database database(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("an embedded database name is letters, digits, '-' and '_': " + name);
        }
        return opened.computeIfAbsent(name, n -> new RunningPlatform.Database(
                "jdbc:h2:file:" + directory.resolve(n).toString().replace('\\', '/') + H2_SETTINGS, "sa", ""));
    }

    /** Shuts the databases down (their files closed), then deletes the directory unless it is kept. */
    @Override
    public synchronized void close() {
        for (Map.Entry<String, RunningPlatform.Database> entry : opened.entrySet()) {
            RunningPlatform.Database db = entry.getValue();
            if (!exists(entry.getKey())) {
                continue;
            }
            try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                 Statement s = c.createStatement()) {
                s.execute("shutdown");
            } catch (SQLException e) {
                LOG.warn("shutting down the embedded database {} failed: {}", db.url(), e.getMessage());
            }
        }
        opened.clear();
        if (!keep) {
            deleteRecursively(directory);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        } catch (IOException e) {
            LOG.warn("cannot list {} to delete it: {}", root, e.getMessage());
            return;
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("cannot delete {}: {}", p, e.getMessage());
            }
        }
    }
}
