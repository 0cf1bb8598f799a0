package org.sanctionsplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every resource kustomize renders from deploy/kubernetes is valid against its Kubernetes API schema, strict on
 * unknown fields, the CRDs (ServiceMonitor, PrometheusRule, KafkaTopic, KafkaUser) included; and the check fails on
 * a resource that is not (issue 11.5).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaValidationTest {

    static final Path KUBERNETES = Path.of("..", "deploy", "kubernetes");

    private ApiSchemas schemas;
    private List<ObjectNode> rendered;

    @BeforeAll
    void renderAndLoadSchemas() {
        schemas = ApiSchemas.load();
        rendered = Kustomization.in(KUBERNETES).render();
    }

    @Test
    void everyRenderedResourceMatchesItsApiSchemaStrictly() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (ObjectNode resource : rendered) {
            List<String> found = schemas.validate(resource);
            if (!found.isEmpty()) {
                problems.put(name(resource), found);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rendered).extracting(r -> r.path("kind").asString()).contains("Namespace", "ConfigMap",
                "ServiceAccount", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy", "ServiceMonitor", "PrometheusRule", "KafkaTopic", "KafkaUser");
    }

    @Test
    void theKustomizationListsEveryManifestFileOfTheDirectory() throws Exception {
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            List<String> manifests = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).sorted().toList();
            assertThat(Kustomization.in(KUBERNETES).resourceFiles()).extracting(f -> f.getFileName().toString())
                    .containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    @Test
    void anUnknownFieldInAPodTemplateFailsTheCheck() {
        ObjectNode deployment = first("Deployment");
        ((ObjectNode) deployment.get("spec").get("template").get("spec").get("containers").get(0)
                .get("securityContext")).put("allowPrivilegeEscaltion", false);
        assertThat(schemas.validate(deployment)).anySatisfy(p -> assertThat(p).contains("allowPrivilegeEscaltion"));
    }

    @Test
    void anUnknownFieldInACustomResourceFailsTheCheck() {
        ObjectNode topic = first("KafkaTopic");
        ((ObjectNode) topic.get("spec")).put("retentionDays", 30);
        assertThat(schemas.validate(topic)).anySatisfy(p -> assertThat(p).contains("retentionDays"));

        ObjectNode user = first("KafkaUser");
        ((ObjectNode) user.get("spec").get("authentication")).put("mechanism", "scram");
        assertThat(schemas.validate(user)).anySatisfy(p -> assertThat(p).contains("mechanism"));

        ObjectNode rule = first("PrometheusRule");
        ((ObjectNode) rule.get("spec").get("groups").get(0).get("rules").get(0)).put("severity", "critical");
        assertThat(schemas.validate(rule)).anySatisfy(p -> assertThat(p).contains("severity"));

        ObjectNode configMap = first("ConfigMap");
        ((ObjectNode) configMap.get("metadata")).putObject("label").put("team", "ops");
        assertThat(schemas.validate(configMap)).anySatisfy(p -> assertThat(p).contains("label"));

        ObjectNode monitor = first("ServiceMonitor");
        ((ObjectNode) monitor.get("spec").get("endpoints").get(0)).put("metricsPath", "/prometheus");
        assertThat(schemas.validate(monitor)).anySatisfy(p -> assertThat(p).contains("metricsPath"));
    }

    @Test
    void aWrongTypeAMissingRequiredFieldAndAnUnknownKindFailTheCheck() {
        ObjectNode hpa = first("HorizontalPodAutoscaler");
        ((ObjectNode) hpa.get("spec")).put("maxReplicas", "six");
        assertThat(schemas.validate(hpa)).anySatisfy(p -> assertThat(p).contains("maxReplicas"));

        ObjectNode topic = first("KafkaTopic");
        ((ObjectNode) topic.get("spec")).put("partitions", "6");
        assertThat(schemas.validate(topic)).anySatisfy(p -> assertThat(p).contains("partitions"));

        ObjectNode policy = first("NetworkPolicy");
        ((ArrayNode) policy.get("spec").withArray("policyTypes")).add(42);
        assertThat(schemas.validate(policy)).isNotEmpty();

        ObjectNode service = first("Service");
        service.remove("kind");
        assertThat(schemas.validate(service)).isNotEmpty();

        ObjectNode unknown = first("ConfigMap");
        unknown.put("apiVersion", "v2");
        assertThat(schemas.validate(unknown)).containsExactly("no schema for v2/ConfigMap");
    }

    private ObjectNode first(String kind) {
        return rendered.stream().filter(r -> kind.equals(r.path("kind").asString())).findFirst()
                .map(JsonNode::deepCopy).map(ObjectNode.class::cast)
                .orElseThrow(() -> new AssertionError("no " + kind + " rendered"));
    }

    static String name(JsonNode resource) {
        return resource.path("kind").asString() + "/" + resource.path("metadata").path("name").asString();
    }
}
