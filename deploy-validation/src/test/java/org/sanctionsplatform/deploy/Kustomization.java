package org.sanctionsplatform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features deploy/kubernetes uses: the
 * {@code resources} files (multi-document YAML), the {@code namespace} set on every namespaced resource, and
 * {@code labels} pairs added to every resource's {@code metadata.labels} (kustomize's labels transformer without
 * includeSelectors/includeTemplates). No kustomize binary is published to Maven Central, npm or Debian, so the build
 * renders here; any other kustomization field is refused, so a feature this renderer does not implement cannot be
 * silently ignored.
 */
final class Kustomization {

    static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "labels", "resources");
    /** Kinds without a namespace among those the manifests may use. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PriorityClass", "StorageClass");

    private final Path directory;
    private final JsonNode kustomization;

    private Kustomization(Path directory, JsonNode kustomization) {
        this.directory = directory;
        this.kustomization = kustomization;
    }

    static Kustomization in(Path directory) {
        return new Kustomization(directory, readAll(directory.resolve("kustomization.yaml")).get(0));
    }

    /** The files named under {@code resources}, in order. */
    List<Path> resourceFiles() {
        List<Path> files = new ArrayList<>();
        kustomization.path("resources").forEach(r -> files.add(directory.resolve(r.asString())));
        return files;
    }

    /** Every resource of the rendered output, in the order of the resource files. */
    List<ObjectNode> render() {
        Set<String> unsupported = new TreeSet<>(kustomization.propertyNames());
        unsupported.removeAll(SUPPORTED);
        if (!unsupported.isEmpty()) {
            throw new IllegalStateException("kustomization.yaml uses " + unsupported
                    + ", which this renderer does not implement: extend Kustomization or render with kustomize");
        }
        if (!"kustomize.config.k8s.io/v1beta1".equals(kustomization.path("apiVersion").asString())
                || !"Kustomization".equals(kustomization.path("kind").asString())) {
            throw new IllegalStateException("not a kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        String namespace = kustomization.path("namespace").asString(null);
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (JsonNode entry : kustomization.path("labels")) {
            Set<String> keys = new TreeSet<>(entry.propertyNames());
            keys.removeAll(Set.of("pairs", "includeSelectors", "includeTemplates"));
            if (!keys.isEmpty() || entry.path("includeSelectors").asBoolean(false)
                    || entry.path("includeTemplates").asBoolean(false)) {
                throw new IllegalStateException("labels " + entry + ": only pairs on metadata.labels are implemented");
            }
            entry.path("pairs").properties().forEach(p -> labels.put(p.getKey(), p.getValue().asString()));
        }
        List<ObjectNode> rendered = new ArrayList<>();
        for (Path file : resourceFiles()) {
            for (JsonNode document : readAll(file)) {
                ObjectNode resource = (ObjectNode) document;
                ObjectNode metadata = resource.has("metadata") ? (ObjectNode) resource.get("metadata")
                        : resource.putObject("metadata");
                if (namespace != null && !CLUSTER_SCOPED.contains(resource.path("kind").asString())) {
                    metadata.put("namespace", namespace);
                }
                if (!labels.isEmpty()) {
                    ObjectNode resourceLabels = metadata.has("labels") ? (ObjectNode) metadata.get("labels")
                            : metadata.putObject("labels");
                    labels.forEach(resourceLabels::put);
                }
                rendered.add(resource);
            }
        }
        return rendered;
    }

    /** The non-empty documents of a YAML file. */
    static List<JsonNode> readAll(Path file) {
        try {
            List<JsonNode> documents = new ArrayList<>();
            try (var values = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
                while (values.hasNextValue()) {
                    JsonNode document = (JsonNode) values.nextValue();
                    if (document != null && !document.isNull() && !document.isMissingNode()) {
                        documents.add(document);
                    }
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
