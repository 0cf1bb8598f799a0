package org.sanctionsplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What deploy/kubernetes promises operations beyond schema validity (issue 11.5): HPA-owned replica counts, spread,
 * a drain before stop, the three probes, default-deny network access with a policy per service, the contract's
 * topics provided by the cluster, and the alerts docs/operations.md describes.
 */
class PlatformManifestsTest {

    private final List<ObjectNode> rendered = Kustomization.in(SchemaValidationTest.KUBERNETES).render();

    private List<ObjectNode> ofKind(String kind) {
        return rendered.stream().filter(r -> kind.equals(r.path("kind").asString())).toList();
    }

    private static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asString();
    }

    @Test
    void everyDeploymentIsScaledByItsHorizontalPodAutoscalerAloneAndKeptUpByABudget() {
        Set<String> deployments = ofKind("Deployment").stream().map(PlatformManifestsTest::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(deployments).containsExactly("assessment-service", "deadline-service", "intake-service",
                "publication-service");
        assertThat(ofKind("Deployment")).allSatisfy(d -> assertThat(d.path("spec").has("replicas"))
                .as("%s has replicas although an HPA manages it", name(d)).isFalse());
        assertThat(ofKind("HorizontalPodAutoscaler")).extracting(h -> h.path("spec").path("scaleTargetRef"))
                .allSatisfy(t -> assertThat(t.path("kind").asString()).isEqualTo("Deployment"))
                .extracting(t -> t.path("name").asString()).containsExactlyInAnyOrderElementsOf(deployments);
        // more consumers than partitions sit idle
        int partitions = ofKind("KafkaTopic").stream().mapToInt(t -> t.path("spec").path("partitions").asInt())
                .min().orElseThrow();
        assertThat(ofKind("HorizontalPodAutoscaler")).allSatisfy(h ->
                assertThat(h.path("spec").path("maxReplicas").asInt()).isLessThanOrEqualTo(partitions));
        assertThat(ofKind("PodDisruptionBudget")).extracting(PlatformManifestsTest::name)
                .containsExactlyInAnyOrderElementsOf(deployments);
    }

    @Test
    void everyPodSpreadsDrainsBeforeStoppingAndHasStartupReadinessAndLivenessProbes() {
        for (ObjectNode deployment : ofKind("Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            List<String> spreadOver = new ArrayList<>();
            pod.path("topologySpreadConstraints").forEach(c -> spreadOver.add(c.path("topologyKey").asString()));
            assertThat(spreadOver).as(name(deployment)).contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            JsonNode container = pod.path("containers").get(0);
            assertThat(container.path("lifecycle").path("preStop").isMissingNode()).as(name(deployment)).isFalse();
            int preStopSeconds = Integer.parseInt(container.path("lifecycle").path("preStop").path("exec")
                    .path("command").get(1).asString());
            assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isGreaterThan(preStopSeconds);
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(container.path(probe).path("httpGet").path("path").asString())
                        .as(name(deployment) + " " + probe).startsWith("/health/");
            }
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asString())
                    .isEqualTo("/health/readiness");
        }
    }

    @Test
    void networkAccessIsDeniedByDefaultAndEachServiceHasItsOwnPolicy() {
        assertThat(ofKind("NetworkPolicy")).anySatisfy(p -> {
            assertThat(p.path("spec").path("podSelector").size()).isZero();
            assertThat(p.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
            assertThat(p.path("spec").has("ingress")).isFalse();
            assertThat(p.path("spec").has("egress")).isFalse();
        });
        for (ObjectNode deployment : ofKind("Deployment")) {
            Map<String, Object> podLabels = Kustomization.YAML.convertValue(
                    deployment.path("spec").path("template").path("metadata").path("labels"), Map.class);
            List<ObjectNode> selecting = ofKind("NetworkPolicy").stream().filter(p -> {
                Map<String, Object> selector = Kustomization.YAML.convertValue(
                        p.path("spec").path("podSelector").path("matchLabels"), Map.class);
                return selector != null && !selector.isEmpty() && podLabels.entrySet().containsAll(selector.entrySet());
            }).toList();
            assertThat(selecting).as(name(deployment)).hasSize(1);
            JsonNode policy = selecting.get(0).path("spec");
            int port = deployment.path("spec").path("template").path("spec").path("containers").get(0)
                    .path("ports").get(0).path("containerPort").asInt();
            assertThat(policy.path("ingress")).allSatisfy(rule -> assertThat(rule.path("ports"))
                    .allSatisfy(p -> assertThat(p.path("port").asInt()).isEqualTo(port)));
            List<Integer> egressPorts = new ArrayList<>();
            policy.path("egress").forEach(rule -> rule.path("ports").forEach(p -> egressPorts.add(p.path("port").asInt())));
            assertThat(egressPorts).as(name(deployment) + ": Kafka TLS, PostgreSQL, IdP, OTLP")
                    .containsExactlyInAnyOrder(9093, 5432, 8443, 4317);
        }
    }

    @Test
    void everyContractTopicAndItsDeadLetterTopicIsAKafkaTopicAndTheServicesDoNotCreateTopics() {
        Map<String, JsonNode> kafkaTopics = ofKind("KafkaTopic").stream().collect(Collectors.toMap(
                t -> t.path("spec").path("topicName").asString(name(t)), t -> t.path("spec")));
        assertThat(kafkaTopics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.allNamesWithDeadLetters());
        for (Topic<?> topic : Topics.all()) {
            long kept = kafkaTopics.get(topic.name()).path("config").path("retention.ms").asLong();
            long deadLettersKept = kafkaTopics.get(topic.dlq()).path("config").path("retention.ms").asLong();
            assertThat(deadLettersKept).as(topic.dlq() + " is kept longer than " + topic.name()).isGreaterThan(kept);
            assertThat(kafkaTopics.get(topic.name()).path("config").path("cleanup.policy").asString()).isEqualTo("delete");
        }
        JsonNode config = ofKind("ConfigMap").get(0).path("data");
        assertThat(config.path("SEP_KAFKA_CREATE_TOPICS").asString()).isEqualTo("false");
        assertThat(ofKind("KafkaUser")).extracting(PlatformManifestsTest::name)
                .containsExactlyInAnyOrderElementsOf(ofKind("Deployment").stream().map(PlatformManifestsTest::name).toList());
        assertThat(ofKind("KafkaUser")).allSatisfy(u ->
                assertThat(u.path("spec").path("authentication").path("type").asString()).isEqualTo("scram-sha-512"));
        for (ObjectNode deployment : ofKind("Deployment")) {
            String env = deployment.path("spec").path("template").path("spec").path("containers").get(0).path("env").toString();
            assertThat(env).as(name(deployment)).contains("SEP_KAFKA_CREATE_TOPICS", "KAFKA_SASL_JAAS_CONFIG",
                    "\"name\":\"" + name(deployment) + "\",\"key\":\"sasl.jaas.config\"");
        }
    }

    @Test
    void theAlertsDocsOperationsDescribesAreRulesAndEachNamesItsRunbook() throws Exception {
        List<JsonNode> rules = new ArrayList<>();
        ofKind("PrometheusRule").forEach(r -> r.path("spec").path("groups").forEach(g -> g.path("rules").forEach(rules::add)));
        assertThat(rules).extracting(r -> r.path("alert").asString()).contains("SepServiceDown", "SepConsumerLagHigh",
                "SepDeadLettersGrowing", "SepOutboxStalled", "SepTimersLate", "SepBackgroundLoopFailing");
        String operations = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "operations.md"));
        for (JsonNode rule : rules) {
            String runbook = rule.path("annotations").path("runbook").asString();
            assertThat(runbook).as(rule.path("alert").asString()).startsWith("docs/operations.md#");
            String anchor = runbook.substring(runbook.indexOf('#') + 1);
            assertThat(operations).as("docs/operations.md has a heading for " + anchor)
                    .containsPattern("(?mi)^#+ " + anchor.replace("-", "[- ]") + "\\s*$");
        }
        assertThat(ofKind("ServiceMonitor")).singleElement().satisfies(m ->
                assertThat(m.path("spec").path("endpoints").get(0).path("path").asString()).isEqualTo("/prometheus"));
    }
}
