package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, the Dockerfiles and the services' own configuration must agree: the same service names,
 * ports and environment variables, so that what runs on containers is what the tests ran.
 */
class DeploymentConfigurationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    record Service(String name, int port, String mainClass) {
    }

    static Stream<Service> services() {
        return Stream.of(new Service("intake", 8081, "org.sanctionsplatform.intake.IntakeApplication"),
                new Service("assessment", 8082, "org.sanctionsplatform.assessment.AssessmentApplication"),
                new Service("deadline", 8083, "org.sanctionsplatform.deadline.DeadlineApplication"),
                new Service("publication", 8084, "org.sanctionsplatform.publication.PublicationApplication"));
    }

    @Test
    void composeRunsKafkaPostgresAndTheFourServices() throws IOException {
        assertThat(compose().get("services")).isInstanceOf(Map.class);
        assertThat(composeServices().keySet())
                .containsExactlyInAnyOrder("kafka", "postgres", "intake", "assessment", "deadline", "publication");
        Map<String, Object> kafka = composeService("kafka");
        assertThat(String.valueOf(kafka.get("image"))).startsWith("apache/kafka:");
        assertThat(env(kafka)).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceIsBuiltFromItsDockerfileWithItsMainClassAndPort(Service service) throws Exception {
        Map<String, Object> compose = composeService(service.name());
        assertThat(compose.get("build")).isEqualTo("./" + service.name() + "-service");
        String dockerfile = Files.readString(ROOT.resolve(service.name() + "-service/Dockerfile"));

        assertThat(dockerfile).contains("EXPOSE " + service.port());
        assertThat(dockerfile).contains("ENV HTTP_PORT=" + service.port());
        assertThat(dockerfile).contains("target/" + service.name() + "-service-");
        Matcher main = Pattern.compile("\"(org\\.sanctionsplatform\\.[\\w.]+Application)\"").matcher(dockerfile);
        assertThat(main.find()).isTrue();
        assertThat(main.group(1)).isEqualTo(service.mainClass());
        assertThat(Class.forName(service.mainClass()).getMethod("main", String[].class)).isNotNull();

        assertThat(env(compose)).containsEntry("HTTP_PORT", Integer.toString(service.port()));
        assertThat(((List<?>) compose.get("ports")).stream().map(String::valueOf).toList()).containsExactly(service.port() + ":" + service.port());
        assertThat(placeholderDefaults(service)).containsEntry("HTTP_PORT", Integer.toString(service.port()));
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyVariableComposeSetsIsReadByTheServiceAndEveryDeploymentVariableIsSet(Service service) throws IOException {
        Map<String, String> env = env(composeService(service.name()));
        Set<String> read = placeholderDefaults(service).keySet();

        // SEP_* are Micronaut's environment-variable form of sep.* properties (the shared security settings), read
        // without a placeholder; every other variable must be one application-<svc>.yml reads
        assertThat(read).as("variables application-%s.yml reads", service.name()).containsAll(env.keySet().stream()
                .filter(name -> !name.startsWith("SEP_")).toList());
        assertThat(env).as("the identity provider of %s", service.name())
                .containsKeys("SEP_SECURITY_JWKS_URL", "SEP_SECURITY_ISSUER", "SEP_SECURITY_AUDIENCE");
        assertThat(env.keySet()).as("variables compose sets for %s", service.name())
                .contains("HTTP_PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");
    }

    @ParameterizedTest
    @MethodSource("services")
    void theServiceReachesTheComposeKafkaAndItsOwnPostgresDatabase(Service service) throws IOException {
        Map<String, Object> compose = composeService(service.name());
        Map<String, String> env = env(compose);
        String advertised = env(composeService("kafka")).get("KAFKA_ADVERTISED_LISTENERS");

        assertThat(advertised).contains("://" + env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertThat(env.get("DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + service.name());
        assertThat(Files.readString(ROOT.resolve("deploy/postgres/init.sql"))).contains("create database " + service.name() + ";");
        assertThat(env.get("DB_USER")).isEqualTo(env(composeService("postgres")).get("POSTGRES_USER"));
        assertThat(env.get("DB_PASSWORD")).isEqualTo(env(composeService("postgres")).get("POSTGRES_PASSWORD"));
        assertThat(((Map<?, ?>) compose.get("depends_on")).keySet().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("kafka", "postgres");
    }

    @ParameterizedTest
    @MethodSource("services")
    void thereIsNoEmbeddedDatabaseDefaultAndTheBrokerDefaultIsLocal(Service service) throws IOException {
        Map<String, String> defaults = placeholderDefaults(service);

        // issue 11.4: without DB_URL a service refuses to start (DatabaseSettingsCheck); only the launcher uses H2
        assertThat(defaults).containsKey("DB_URL");
        assertThat(defaults.get("DB_URL")).isNullOrEmpty();
        assertThat(defaults.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("localhost:9092");
    }

    /** Variable → default, of every ${VAR:default} placeholder in the service's configuration file. */
    private static Map<String, String> placeholderDefaults(Service service) throws IOException {
        String resource = "application-" + service.name() + ".yml";
        try (InputStream in = DeploymentConfigurationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Map<String, String> found = new java.util.LinkedHashMap<>();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                String value = m.group(2) == null ? null : m.group(2).replace("`", "");
                found.put(m.group(1), value);
            }
            return found;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> env(Map<String, Object> service) {
        Map<String, Object> env = (Map<String, Object>) service.getOrDefault("environment", Map.of());
        Map<String, String> out = new java.util.LinkedHashMap<>();
        env.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeService(String name) throws IOException {
        Map<String, Object> service = (Map<String, Object>) composeServices().get(name);
        assertThat(service).as("compose service " + name).isNotNull();
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeServices() throws IOException {
        return (Map<String, Object>) compose().get("services");
    }

    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unused")
    private static Set<String> names(Map<String, ?> map) {
        return new LinkedHashSet<>(map.keySet());
    }
}
