package org.sanctionsplatform.launcher;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.sanctionsplatform.support.security.Roles;
import org.sanctionsplatform.testkit.EmbeddedKafkaBroker;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform in one process: an embedded KRaft broker, and one Micronaut application context per
 * service, each with its own H2 database file and HTTP port, and an identity provider of its own
 * ({@link LocalIdentityProvider}: a signing key generated at start, its JWKS on localhost) that the services trust and
 * that mints each role's token. Closing it stops the services, then the broker and the identity provider, then shuts
 * the databases down.
 */
public final class RunningPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningPlatform.class);

    /** How long the launcher's tokens are valid: a working day, no more. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    /** The roles {@link #token(String)} mints tokens for, in the order the launcher prints them. */
    public static final List<String> ROLES = List.of(Roles.CASE_OFFICER, Roles.DECISION_MAKER,
            Roles.PUBLICATION_OFFICER, Roles.AUDITOR, Roles.OPERATOR);

    private final EmbeddedKafkaBroker broker;
    private final LocalIdentityProvider identity;
    private final EmbeddedDatabases databases;
    private final Map<String, ApplicationContext> contexts;
    private final Map<String, String> urls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RunningPlatform(EmbeddedKafkaBroker broker, LocalIdentityProvider identity, EmbeddedDatabases databases,
                            Map<String, ApplicationContext> contexts, Map<String, String> urls) {
        this.broker = broker;
        this.identity = identity;
        this.databases = databases;
        this.contexts = contexts;
        this.urls = urls;
    }

    /** Where a service keeps its state. */
    public record Database(String url, String username, String password) {
    }

    /**
     * Embedded defaults: starts a KRaft broker, then intake, assessment, deadline and publication, each on its H2
     * database file ({@link EmbeddedDatabases}): under {@code --data-dir} (kept, the broker's log beside them), else in
     * a temporary directory deleted when the platform is closed.
     */
    public static RunningPlatform start(LauncherOptions options) {
        EmbeddedKafkaBroker.Config brokerConfig = EmbeddedKafkaBroker.Config.defaults().port(options.kafkaPort()).defaultPartitions(3);
        EmbeddedDatabases databases;
        if (options.dataDir() == null) {
            databases = EmbeddedDatabases.temporary();
        } else {
            databases = EmbeddedDatabases.kept(options.dataDir().resolve("h2"));
            brokerConfig = brokerConfig.dataDirectory(options.dataDir().resolve("kafka"));
        }
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(brokerConfig);
        } catch (RuntimeException e) {
            databases.close();
            throw e;
        }
        LocalIdentityProvider identity = null;
        try {
            identity = LocalIdentityProvider.start();
            return startServices(broker, identity, databases, broker.bootstrapServers(), options.services(),
                    service -> databases.database(service.name()), EmbeddedDatabases.RETENTION);
        } catch (RuntimeException e) {
            if (identity != null) {
                identity.close();
            }
            broker.close();
            databases.close();
            throw e;
        }
    }

    /** The embedded databases of {@link #start}; none when the platform runs on databases someone else runs. */
    public java.util.Optional<EmbeddedDatabases> embeddedDatabases() {
        return java.util.Optional.ofNullable(databases);
    }

    /**
     * Starts the four services against a broker and databases someone else runs (the e2e tests use the
     * test broker and PostgreSQL); each service listens on a free port.
     */
    public static RunningPlatform startOn(String bootstrapServers, Function<String, Database> databaseOfService) {
        return startOn(bootstrapServers, databaseOfService, Map.of());
    }

    /**
     * As {@link #startOn(String, Function)}, with further configuration given to every service (the e2e tests
     * use it to start the services' clocks at a chosen instant). The services trust an identity provider this platform
     * starts, unless the configuration names one ({@code sep.security.jwks-url}).
     */
    public static RunningPlatform startOn(String bootstrapServers, Function<String, Database> databaseOfService,
                                         Map<String, Object> extraProperties) {
        List<ServiceSpec> services = List.of(new ServiceSpec("intake", -1), new ServiceSpec("assessment", -1),
                new ServiceSpec("deadline", -1), new ServiceSpec("publication", -1));
        LocalIdentityProvider identity = extraProperties.containsKey("sep.security.jwks-url") ? null : LocalIdentityProvider.start();
        try {
            return startServices(null, identity, null, bootstrapServers, services, s -> databaseOfService.apply(s.name()), extraProperties);
        } catch (RuntimeException e) {
            if (identity != null) {
                identity.close();
            }
            throw e;
        }
    }

    private static RunningPlatform startServices(EmbeddedKafkaBroker broker, LocalIdentityProvider identity,
                                                 EmbeddedDatabases embedded, String bootstrapServers,
                                                 List<ServiceSpec> services,
                                                 Function<ServiceSpec, Database> databases, Map<String, Object> extraProperties) {
        Map<String, ApplicationContext> contexts = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        try {
            for (ServiceSpec service : services) {
                Database db = databases.apply(service);
                Map<String, Object> properties = new LinkedHashMap<>();
                if (identity != null) {
                    properties.putAll(identity.serviceProperties());
                }
                properties.putAll(extraProperties);
                properties.put("kafka.bootstrap.servers", bootstrapServers);
                properties.put("datasources.default.url", db.url());
                properties.put("datasources.default.username", db.username());
                properties.put("datasources.default.password", db.password());
                properties.put("micronaut.server.port", service.port());
                ApplicationContext context = ApplicationContext.builder()
                        .environments(service.environment())
                        .deduceEnvironment(false)
                        .banner(false)
                        .properties(properties)
                        .start();
                contexts.put(service.name(), context);
                EmbeddedServer server = context.getBean(EmbeddedServer.class);
                server.start();
                urls.put(service.name(), server.getURL().toString());
            }
        } catch (RuntimeException e) {
            new RunningPlatform(null, null, null, contexts, urls).close();
            throw e;
        }
        return new RunningPlatform(broker, identity, embedded, contexts, urls);
    }

    /** The running context of a service, for tests that need its beans. */
    public ApplicationContext context(String service) {
        ApplicationContext context = contexts.get(service);
        if (context == null) {
            throw new IllegalArgumentException("no service " + service + " is running");
        }
        return context;
    }

    /** The embedded broker's address; only when this platform runs its own broker. */
    public String bootstrapServers() {
        if (broker == null) {
            throw new IllegalStateException("this platform runs on an external broker");
        }
        return broker.bootstrapServers();
    }

    /** The identity provider the services trust; only when this platform runs its own. */
    public LocalIdentityProvider identityProvider() {
        if (identity == null) {
            throw new IllegalStateException("this platform's services trust an identity provider it does not run");
        }
        return identity;
    }

    /**
     * A bearer token, valid for {@link #TOKEN_LIFETIME}, for a person who holds {@code role}: subject
     * {@code demo-<role>}, name e.g. "Demo case officer".
     */
    public String token(String role) {
        String words = role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return identityProvider().token("demo-" + words.replace(' ', '-'), "Demo " + words, TOKEN_LIFETIME, List.of(role));
    }

    /** Service name → base URL of its HTTP API. */
    public Map<String, String> urls() {
        return urls;
    }

    public String url(String service) {
        String url = urls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no service " + service + " is running");
        }
        return url;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<String> names = new ArrayList<>(contexts.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            ApplicationContext context = contexts.get(names.get(i));
            try {
                if (context.isRunning()) {
                    context.stop();
                }
            } catch (RuntimeException e) {
                LOG.warn("stopping {} failed: {}", names.get(i), e.getMessage());
            }
        }
        if (broker != null) {
            broker.close();
        }
        if (identity != null) {
            identity.close();
        }
        if (databases != null) {
            databases.close();
        }
    }
}
