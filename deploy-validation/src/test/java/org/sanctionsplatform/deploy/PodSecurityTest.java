package org.sanctionsplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every pod template rendered from deploy/kubernetes passes the "restricted" Pod Security Standard (Kubernetes 1.30
 * definition) and the platform's own hardening on top of it (issue 11.5), and the check fails a pod that does not.
 */
class PodSecurityTest {

    /** Volume types the restricted profile allows. */
    private static final Set<String> ALLOWED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir",
            "ephemeral", "persistentVolumeClaim", "projected", "secret");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet");

    private final List<ObjectNode> rendered = Kustomization.in(SchemaValidationTest.KUBERNETES).render();

    @Test
    void everyPodTemplatePassesTheRestrictedProfileAndThePlatformsHardening() {
        List<ObjectNode> workloads = rendered.stream().filter(r -> WORKLOADS.contains(r.path("kind").asString())).toList();
        assertThat(workloads).hasSize(4);
        for (ObjectNode workload : workloads) {
            assertThat(violations(workload.path("spec").path("template").path("spec")))
                    .as(SchemaValidationTest.name(workload)).isEmpty();
        }
    }

    @Test
    void theNamespaceEnforcesTheRestrictedProfile() {
        JsonNode namespace = rendered.stream().filter(r -> "Namespace".equals(r.path("kind").asString()))
                .findFirst().orElseThrow();
        assertThat(namespace.path("metadata").path("labels").path("pod-security.kubernetes.io/enforce").asString())
                .isEqualTo("restricted");
        assertThat(rendered).filteredOn(r -> !"Namespace".equals(r.path("kind").asString()))
                .allSatisfy(r -> assertThat(r.path("metadata").path("namespace").asString())
                        .isEqualTo(namespace.path("metadata").path("name").asString()));
    }

    @Test
    void aPodThatBreaksARuleFailsTheCheck() {
        JsonNode compliant = rendered.stream().filter(r -> "Deployment".equals(r.path("kind").asString())).findFirst()
                .orElseThrow().path("spec").path("template").path("spec");

        ObjectNode escalates = (ObjectNode) compliant.deepCopy();
        container(escalates).withObjectProperty("securityContext").put("allowPrivilegeEscalation", true);
        assertThat(violations(escalates)).anySatisfy(v -> assertThat(v).contains("allowPrivilegeEscalation"));

        ObjectNode addsCapability = (ObjectNode) compliant.deepCopy();
        container(addsCapability).withObjectProperty("securityContext").withObjectProperty("capabilities")
                .putArray("add").add("NET_ADMIN");
        assertThat(violations(addsCapability)).anySatisfy(v -> assertThat(v).contains("NET_ADMIN"));

        ObjectNode runsAsRoot = (ObjectNode) compliant.deepCopy();
        container(runsAsRoot).withObjectProperty("securityContext").put("runAsUser", 0);
        assertThat(violations(runsAsRoot)).anySatisfy(v -> assertThat(v).contains("runAsUser"));

        ObjectNode writableRoot = (ObjectNode) compliant.deepCopy();
        container(writableRoot).withObjectProperty("securityContext").remove("readOnlyRootFilesystem");
        assertThat(violations(writableRoot)).anySatisfy(v -> assertThat(v).contains("readOnlyRootFilesystem"));

        ObjectNode hostPath = (ObjectNode) compliant.deepCopy();
        hostPath.withArray("volumes").addObject().put("name", "host").putObject("hostPath").put("path", "/var");
        assertThat(violations(hostPath)).anySatisfy(v -> assertThat(v).contains("hostPath"));

        ObjectNode unconfined = (ObjectNode) compliant.deepCopy();
        unconfined.withObjectProperty("securityContext").withObjectProperty("seccompProfile").put("type", "Unconfined");
        container(unconfined).withObjectProperty("securityContext").remove("seccompProfile");
        assertThat(violations(unconfined)).anySatisfy(v -> assertThat(v).contains("seccompProfile"));

        ObjectNode token = (ObjectNode) compliant.deepCopy();
        token.remove("automountServiceAccountToken");
        assertThat(violations(token)).anySatisfy(v -> assertThat(v).contains("automountServiceAccountToken"));

        ObjectNode hostNetwork = (ObjectNode) compliant.deepCopy();
        hostNetwork.put("hostNetwork", true);
        assertThat(violations(hostNetwork)).anySatisfy(v -> assertThat(v).contains("hostNetwork"));
    }

    private static ObjectNode container(ObjectNode pod) {
        return (ObjectNode) pod.get("containers").get(0);
    }

    /**
     * The restricted profile's checks (https://kubernetes.io/docs/concepts/security/pod-security-standards/, v1.30):
     * no host namespaces, ports or paths, not privileged, only the allowed volume types, no privilege escalation,
     * non-root, seccomp RuntimeDefault or Localhost, all capabilities dropped and at most NET_BIND_SERVICE added, no
     * unsafe sysctls, AppArmor/SELinux not loosened. Then the platform's additions: a fixed non-root UID and GID, a
     * read-only root file system with an emptyDir on /tmp, no service-account token.
     */
    static List<String> violations(JsonNode pod) {
        List<String> found = new ArrayList<>();
        for (String hostNamespace : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(hostNamespace).asBoolean(false)) {
                found.add(hostNamespace + " is true");
            }
        }
        for (JsonNode volume : pod.path("volumes")) {
            for (String type : volume.propertyNames()) {
                if (!"name".equals(type) && !ALLOWED_VOLUMES.contains(type)) {
                    found.add("volume " + volume.path("name").asString() + " is a " + type + " volume");
                }
            }
        }
        if (pod.path("securityContext").path("sysctls").size() > 0) {
            found.add("pod sets sysctls");
        }
        JsonNode podContext = pod.path("securityContext");
        if (!"false".equals(pod.path("automountServiceAccountToken").asString(""))) {
            found.add("automountServiceAccountToken is not false");
        }
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        for (JsonNode container : containers) {
            String name = container.path("name").asString();
            JsonNode context = container.path("securityContext");
            if (context.path("privileged").asBoolean(false)) {
                found.add(name + ": privileged");
            }
            if (!"false".equals(context.path("allowPrivilegeEscalation").asString(""))) {
                found.add(name + ": allowPrivilegeEscalation is not false");
            }
            if (!effective(context, podContext, "runAsNonRoot").asBoolean(false)) {
                found.add(name + ": runAsNonRoot is not true");
            }
            for (String id : List.of("runAsUser", "runAsGroup")) {
                JsonNode value = effective(context, podContext, id);
                if (!value.isIntegralNumber() || value.asLong() <= 0) {
                    found.add(name + ": " + id + " is not a fixed non-root id (" + value + ")");
                }
            }
            String seccomp = effective(context, podContext, "seccompProfile").path("type").asString("");
            if (!Set.of("RuntimeDefault", "Localhost").contains(seccomp)) {
                found.add(name + ": seccompProfile is not RuntimeDefault or Localhost (" + seccomp + ")");
            }
            List<String> dropped = new ArrayList<>();
            context.path("capabilities").path("drop").forEach(c -> dropped.add(c.asString()));
            if (!dropped.contains("ALL")) {
                found.add(name + ": capabilities do not drop ALL");
            }
            context.path("capabilities").path("add").forEach(c -> {
                if (!"NET_BIND_SERVICE".equals(c.asString())) {
                    found.add(name + ": adds capability " + c.asString());
                }
            });
            String appArmor = effective(context, podContext, "appArmorProfile").path("type").asString("RuntimeDefault");
            if ("Unconfined".equals(appArmor)) {
                found.add(name + ": appArmorProfile Unconfined");
            }
            if (effective(context, podContext, "seLinuxOptions").has("user")
                    || effective(context, podContext, "seLinuxOptions").has("role")) {
                found.add(name + ": sets seLinuxOptions user/role");
            }
            container.path("ports").forEach(p -> {
                if (p.has("hostPort") && p.path("hostPort").asInt() != 0) {
                    found.add(name + ": hostPort " + p.path("hostPort"));
                }
            });
            if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
                found.add(name + ": readOnlyRootFilesystem is not true");
            }
            boolean tmpOnEmptyDir = false;
            for (JsonNode mount : container.path("volumeMounts")) {
                if ("/tmp".equals(mount.path("mountPath").asString())) {
                    String volume = mount.path("name").asString();
                    for (JsonNode v : pod.path("volumes")) {
                        tmpOnEmptyDir |= volume.equals(v.path("name").asString()) && v.has("emptyDir");
                    }
                }
            }
            if (!tmpOnEmptyDir) {
                found.add(name + ": /tmp is not an emptyDir (a read-only root leaves the JVM nowhere to write)");
            }
        }
        return found;
    }

    /** The container's setting, else the pod's (how the kubelet resolves them). */
    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }
}
