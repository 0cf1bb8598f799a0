package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/kubernetes must run what the tests ran: each service's Deployment sets the variables its configuration
 * reads (or properties Micronaut maps from the environment), on the port it listens on, probed on the health
 * endpoints it serves; its Service, autoscaler and disruption budget point at it; the kustomization lists it all.
 */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("..").toAbsolutePath().normalize().resolve("deploy/kubernetes");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    record Service(String name, int port) {
    }

    static Stream<Service> services() {
        return Stream.of(new Service("intake", 8081), new Service("assessment", 8082),
                new Service("deadline", 8083), new Service("publication", 8084));
    }

    @Test
    void theKustomizationAppliesTheConfigAndEveryServiceManifest() throws IOException {
        Map<String, Object> kustomization = new Yaml().load(Files.readString(DIR.resolve("kustomization.yaml")));
        assertThat(strings(kustomization.get("resources"))).containsExactlyInAnyOrder("namespace.yaml",
                "platform-config.yaml", "network-policies.yaml", "kafka-topics.yaml", "kafka-users.yaml",
                "intake-service.yaml", "assessment-service.yaml", "deadline-service.yaml", "publication-service.yaml",
                "monitoring.yaml");
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachDeploymentListensProbesAndIsScaledAndProtected(Service service) throws IOException {
        Map<String, Map<String, Object>> docs = documents(service);
        assertThat(docs.keySet()).containsExactlyInAnyOrder("ServiceAccount", "Deployment", "Service",
                "HorizontalPodAutoscaler", "PodDisruptionBudget");
        Map<String, Object> container = container(docs.get("Deployment"));
        Map<String, Object> port = maps(container.get("ports")).get(0);

        assertThat(port).containsEntry("containerPort", service.port()).containsEntry("name", "http");
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/readiness");
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/liveness");
        assertThat(at(container, "image")).isEqualTo("sanctionsplatform/" + service.name() + "-service:0.1.0");

        Map<String, Object> podLabels = map(at(docs.get("Deployment"), "spec", "template", "metadata", "labels"));
        assertThat(podLabels).containsAllEntriesOf(map(at(docs.get("Service"), "spec", "selector")));
        assertThat(podLabels).containsAllEntriesOf(map(at(docs.get("PodDisruptionBudget"), "spec", "selector", "matchLabels")));
        assertThat(maps(at(docs.get("Service"), "spec", "ports")).get(0)).containsEntry("port", service.port())
                .containsEntry("targetPort", "http");
        assertThat(at(docs.get("HorizontalPodAutoscaler"), "spec", "scaleTargetRef", "name"))
                .isEqualTo(service.name() + "-service");
        assertThat((Integer) at(docs.get("PodDisruptionBudget"), "spec", "minAvailable")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyVariableTheDeploymentSetsIsReadByTheServiceAndEveryConfigMapKeyExists(Service service) throws IOException {
        Map<String, Object> container = container(documents(service).get("Deployment"));
        Set<String> placeholders = placeholders(service);
        Map<String, Object> configMap = map(new Yaml().load(Files.readString(DIR.resolve("platform-config.yaml"))));
        Map<String, Object> configData = map(configMap.get("data"));

        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> variable : maps(container.get("env"))) {
            String name = (String) variable.get("name");
            Object configKey = variable.containsKey("valueFrom")
                    ? at(variable, "valueFrom", "configMapKeyRef", "key") : null;
            if (configKey != null) {
                assertThat(configData).as("ConfigMap key of " + name).containsKey((String) configKey);
                env.put(name, String.valueOf(configData.get(configKey)));
            } else {
                env.put(name, String.valueOf(variable.getOrDefault("value", "from a Secret")));
            }
        }
        assertThat(env).containsKeys("HTTP_PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");
        assertThat(env).containsEntry("HTTP_PORT", Integer.toString(service.port()));
        assertThat(env.get("DB_URL")).isEqualTo("jdbc:postgresql://" + service.name() + "-db.databases.svc:5432/"
                + service.name());

        // SEP_* and KAFKA_* (other than the bootstrap servers the yml reads) are Micronaut's environment-variable form
        // of sep.* and kafka.* properties (micronaut-kafka hands every kafka.* property to every client): they must
        // land on the properties ContractTopics and the Kafka clients read, with the ConfigMap's values. OTEL_* are
        // OpenTelemetry's own variables (the exporter of micronaut-tracing-opentelemetry, issue 11.3) and
        // JAVA_TOOL_OPTIONS the JVM's; every other variable must be one application-<svc>.yml reads.
        Map<String, Object> mapped = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("SEP_") || (k.startsWith("KAFKA_") && !placeholders.contains(k))) {
                mapped.put(k, v);
            } else if (!k.startsWith("OTEL_") && !k.equals("JAVA_TOOL_OPTIONS")) {
                assertThat(placeholders).as("variables application-%s.yml reads", service.name()).contains(k);
            }
        });
        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(PropertySource.of("k8s-env", mapped, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .build()) {
            Environment environment = context.getEnvironment().start();
            assertThat(environment.getProperty("sep.kafka.create-topics", Boolean.class)).contains(false);
            assertThat(environment.getProperty("kafka.security.protocol", String.class)).contains("SASL_SSL");
            assertThat(environment.getProperty("kafka.sasl.mechanism", String.class)).contains("SCRAM-SHA-512");
            assertThat(environment.getProperty("kafka.sasl.jaas.config", String.class)).isPresent();
            assertThat(environment.getProperty("kafka.ssl.truststore.type", String.class)).contains("PEM");
            assertThat(environment.getProperty("kafka.ssl.truststore.certificates", String.class)).isPresent();
        }
    }

    private static Set<String> placeholders(Service service) throws IOException {
        String resource = "application-" + service.name() + ".yml";
        try (InputStream in = KubernetesManifestsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            Matcher m = PLACEHOLDER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> names = new java.util.LinkedHashSet<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    private static Map<String, Map<String, Object>> documents(Service service) throws IOException {
        Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
        for (Object doc : new Yaml().loadAll(Files.readString(DIR.resolve(service.name() + "-service.yaml")))) {
            Map<String, Object> d = map(doc);
            assertThat(at(d, "metadata", "name")).isEqualTo(service.name() + "-service");
            byKind.put((String) d.get("kind"), d);
        }
        return byKind;
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = maps(at(deployment, "spec", "template", "spec", "containers"));
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Object at(Map<String, Object> root, String... path) {
        Object node = root;
        for (String key : path) {
            node = node == null ? null : map(node).get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return new ArrayList<>((List<Map<String, Object>>) o);
    }

    private static List<String> strings(Object o) {
        return ((List<?>) o).stream().map(String::valueOf).toList();
    }
}
