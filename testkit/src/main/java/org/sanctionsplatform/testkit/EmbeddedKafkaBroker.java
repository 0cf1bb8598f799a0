package org.sanctionsplatform.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker (KRaft mode, combined broker and controller, no ZooKeeper)
 * running inside this JVM.
 *
 * <p>Used by tests when no Docker engine answers, and by the launcher to run the platform in one
 * process. It depends only on the Kafka jars and the JDK (no Testcontainers, no JUnit, no logging
 * backend).
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
 *     broker.createTopics(3, "orders");
 *     String bootstrap = broker.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final int MAX_START_ATTEMPTS = 3;

    /** The SASL mechanism of the optional authenticated listener ({@link Config#scramUser}). */
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-256";

    private final KafkaRaftServer server;
    private final Admin admin;
    private final int port;
    private final int saslPort;
    private final Path rootDirectory;
    private final boolean deleteOnClose;
    private final Duration startupTime;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaBroker(KafkaRaftServer server, Admin admin, int port, int saslPort, Path rootDirectory,
                                boolean deleteOnClose, Duration startupTime) {
        this.server = server;
        this.admin = admin;
        this.port = port;
        this.saslPort = saslPort;
        this.rootDirectory = rootDirectory;
        this.deleteOnClose = deleteOnClose;
        this.startupTime = startupTime;
    }

    /** Starts a broker on a free port with its data in a fresh temporary directory (deleted on close). */
    public static EmbeddedKafkaBroker start() {
        return start(Config.defaults());
    }

    /** Starts a broker as configured; returns once it answers {@code Admin.describeCluster()}. */
    public static EmbeddedKafkaBroker start(Config config) {
        Objects.requireNonNull(config, "config");
        long t0 = System.nanoTime();
        boolean temporary = config.dataDirectory == null;
        Path root;
        try {
            root = temporary
                    ? Files.createTempDirectory("sep-kafka-")
                    : Files.createDirectories(config.dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka data directory", e);
        }
        boolean freePorts = config.port == 0 || config.controllerPort == 0;
        int attempts = freePorts ? MAX_START_ATTEMPTS : 1;
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            int port = config.port == 0 ? freePort() : config.port;
            int controllerPort = config.controllerPort == 0 ? freePort(port) : config.controllerPort;
            int saslPort = config.scramUsers.isEmpty() ? 0 : freePort(port, controllerPort);
            try {
                return startOnce(config, root, temporary, port, controllerPort, saslPort, t0);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (temporary) {
            deleteRecursively(root);
        }
        throw failure;
    }

    private static EmbeddedKafkaBroker startOnce(Config config, Path root, boolean temporary,
                                                 int port, int controllerPort, int saslPort, long t0) {
        Path logDir = root.resolve("kraft-logs");
        Properties props = serverProperties(config, logDir, port, controllerPort, saslPort);
        Path propertiesFile = root.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propertiesFile)) {
            props.store(out, "Embedded KRaft broker (org.sanctionsplatform.testkit)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + propertiesFile, e);
        }
        // a kept data directory is formatted once: its log carries its cluster id (a new random one would not match)
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(propertiesFile, config.scramUsers);
        }

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Admin admin = null;
        try {
            server.startup();
            String bootstrap = HOST + ":" + port;
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                    AdminClientConfig.CLIENT_ID_CONFIG, "sep-embedded-kafka-admin"));
            awaitReady(admin, config.startTimeout, bootstrap);
            return new EmbeddedKafkaBroker(server, admin, port, saslPort, root, temporary,
                    Duration.ofNanos(System.nanoTime() - t0));
        } catch (RuntimeException | Error e) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
            }
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    static Properties serverProperties(Config config, Path logDir, int port, int controllerPort) {
        return serverProperties(config, logDir, port, controllerPort, 0);
    }

    static Properties serverProperties(Config config, Path logDir, int port, int controllerPort, int saslPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        if (saslPort == 0) {
            p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
            p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
            p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        } else {
            // an authenticated listener beside the plain one: clients of it must sign in with SCRAM (the broker's own
            // traffic stays on the plain listener)
            p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port + ",SASL_PLAINTEXT://" + HOST + ":" + saslPort
                    + ",CONTROLLER://" + HOST + ":" + controllerPort);
            p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port + ",SASL_PLAINTEXT://" + HOST + ":"
                    + saslPort);
            p.setProperty("listener.security.protocol.map",
                    "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.setProperty("sasl.enabled.mechanisms", SCRAM_MECHANISM);
            p.setProperty("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        }
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("num.partitions", String.valueOf(config.defaultPartitions));
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("delete.topic.enable", "true");
        // Small footprint: one node on a shared machine, not a production broker.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("background.threads", "2");
        p.setProperty("log.cleaner.threads", "1");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        p.setProperty("controlled.shutdown.enable", "true");
        config.properties.forEach(p::setProperty);
        return p;
    }

    private static void format(Path propertiesFile, Map<String, String> scramUsers) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int rc;
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "format",
                "--config", propertiesFile.toString(),
                "--cluster-id", Uuid.randomUuid().toString(),
                "--ignore-formatted"));
        // KRaft: SCRAM credentials are written into the metadata log when it is formatted
        scramUsers.forEach((user, password) -> {
            args.add("--add-scram");
            args.add(SCRAM_MECHANISM + "=[name=" + user + ",password=" + password + "]");
        });
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(args.toArray(String[]::new), out);
        }
        if (rc != 0) {
            throw new IllegalStateException("kafka-storage format failed (exit code " + rc + "): "
                    + buffer.toString(StandardCharsets.UTF_8));
        }
    }

    private static void awaitReady(Admin admin, Duration timeout, String bootstrap) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Kafka at " + bootstrap, e);
            }
            sleep(50);
        }
        throw new IllegalStateException("Embedded Kafka at " + bootstrap + " not ready within " + timeout, last);
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /**
     * {@code 127.0.0.1:<port>} of the SASL_PLAINTEXT listener whose clients sign in with SCRAM-SHA-256 as one of the
     * {@link Config#scramUser users}; only when the broker was started with one.
     */
    public String saslBootstrapServers() {
        if (saslPort == 0) {
            throw new IllegalStateException("this broker has no SASL listener: start it with Config.scramUser(..)");
        }
        return HOST + ":" + saslPort;
    }

    /** The PLAINTEXT (client) port. */
    public int port() {
        return port;
    }

    /** The directory holding {@code server.properties} and the log directory. */
    public Path dataDirectory() {
        return rootDirectory;
    }

    /** How long {@link #start(Config)} took, from the first line to the broker answering. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Creates the topics with the given partition count and replication factor 1 and waits until
     * done. Topics that already exist are left as they are (whatever their partition count).
     */
    public void createTopics(int partitions, String... names) {
        checkOpen();
        createTopics(admin, partitions, names);
    }

    static void createTopics(Admin admin, int partitions, String... names) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        if (names == null || names.length == 0) {
            return;
        }
        List<NewTopic> topics = new ArrayList<>();
        for (String name : new LinkedHashSet<>(Arrays.asList(names))) {
            Objects.requireNonNull(name, "topic name");
            topics.add(new NewTopic(name, partitions, (short) 1));
        }
        Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                result.getValue().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create topic " + result.getKey(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Timed out creating topic " + result.getKey(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted creating topic " + result.getKey(), e);
            }
        }
        awaitTopicsVisible(admin, results.keySet(), Duration.ofSeconds(30));
    }

    /**
     * The controller acknowledges a creation before the broker's metadata cache has the topic; wait
     * until the broker describes every topic, so that callers can use them at once.
     */
    private static void awaitTopicsVisible(Admin admin, Collection<String> names, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
                        .get(5, TimeUnit.SECONDS);
                if (described.values().stream().allMatch(d -> !d.partitions().isEmpty()
                        && d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()))) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Topics " + names + " not visible within " + timeout, e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for topics " + names, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics " + names + " have no leader within " + timeout);
            }
            sleep(20);
        }
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Stops the broker and waits for it; deletes the data directory if it was temporary. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            admin.close(Duration.ofSeconds(2));
        } catch (RuntimeException ignored) {
            // best effort
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            if (deleteOnClose) {
                deleteRecursively(rootDirectory);
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers() + ", " + rootDirectory + (closed.get() ? ", closed]" : "]");
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("Embedded Kafka broker is closed");
        }
    }

    static int freePort(int... avoid) {
        for (int i = 0; i < 20; i++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                socket.setReuseAddress(true);
                int candidate = socket.getLocalPort();
                boolean clash = false;
                for (int a : avoid) {
                    clash |= a == candidate;
                }
                if (!clash) {
                    return candidate;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot find a free port", e);
            }
        }
        throw new IllegalStateException("Cannot find a free port");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort: a temp directory left behind is not worth failing a shutdown for
        }
    }

    /** How to start an {@link EmbeddedKafkaBroker}. Mutable builder; {@code Config.defaults()} to begin. */
    public static final class Config {
        private int port;
        private int controllerPort;
        private Path dataDirectory;
        private int defaultPartitions = 3;
        private Duration startTimeout = Duration.ofSeconds(60);
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, String> scramUsers = new LinkedHashMap<>();

        private Config() {
        }

        /** Free ports, temporary directory, 3 partitions for auto-created topics, 60 s start timeout. */
        public static Config defaults() {
            return new Config();
        }

        /** Client (PLAINTEXT) port; 0 picks a free one. */
        public Config port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Controller (KRaft quorum) port; 0 picks a free one. */
        public Config controllerPort(int controllerPort) {
            if (controllerPort < 0 || controllerPort > 65535) {
                throw new IllegalArgumentException("port out of range: " + controllerPort);
            }
            this.controllerPort = controllerPort;
            return this;
        }

        /**
         * Directory for {@code server.properties} and the log directory; kept on close and reused
         * (not reformatted) on the next start. {@code null} (the default) means a temporary
         * directory deleted on close.
         */
        public Config dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** {@code num.partitions}: partitions of auto-created topics (default 3). */
        public Config defaultPartitions(int defaultPartitions) {
            if (defaultPartitions < 1) {
                throw new IllegalArgumentException("defaultPartitions must be >= 1");
            }
            this.defaultPartitions = defaultPartitions;
            return this;
        }

        /** How long to wait for the broker to answer (default 60 s). */
        public Config startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        /**
         * Adds a SASL_PLAINTEXT listener ({@link EmbeddedKafkaBroker#saslBootstrapServers()}) whose clients must sign in
         * with SCRAM-SHA-256, and this user with this password (names and passwords of letters and digits).
         */
        public Config scramUser(String user, String password) {
            if (!user.matches("[A-Za-z0-9-]+") || !password.matches("[A-Za-z0-9-]+")) {
                throw new IllegalArgumentException("SCRAM users and passwords here are letters, digits and '-'");
            }
            scramUsers.put(user, password);
            return this;
        }

        /** Any other broker property; overrides the defaults this class writes. */
        public Config property(String name, String value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }
    }
}
