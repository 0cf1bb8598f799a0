package org.sanctionsplatform.deploy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.strimzi.api.annotations.ApiVersion;
import io.strimzi.api.annotations.KubeVersion;
import io.strimzi.api.annotations.VersionRange;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kubernetes API's JSON schemas, strict on unknown fields, for every kind deploy/kubernetes uses.
 *
 * <ul>
 *   <li>Built-in kinds and the Prometheus Operator's (ServiceMonitor, PrometheusRule): the {@code
 *       schema/validation-schema.json} each fabric8 kubernetes-model 6.13.4 jar ships (Kubernetes 1.30 API;
 *       openshift-model-monitoring carries monitoring.coreos.com/v1), from Maven Central.</li>
 *   <li>Strimzi's KafkaTopic and KafkaUser: the CRDs' openAPIV3Schema as Strimzi's own crd-generator builds it from
 *       the io.strimzi:api model classes (both 0.45.0, Maven Central), the way Strimzi generates the CRDs it installs.
 *       </li>
 * </ul>
 * fabric8 marks every object {@code additionalProperties: true} (its models keep unknown fields); the API server with
 * field validation Strict (kubectl's default) rejects them, so every object schema that lists its properties is made
 * {@code additionalProperties: false} here, except where a CRD says {@code x-kubernetes-preserve-unknown-fields}.
 * fabric8's draft-3 style {@code required: true} on a property becomes the object's {@code required} list, and its
 * object stand-ins for IntOrString and Quantity become what the API accepts (an integer or a string).
 */
final class ApiSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEFINITIONS = "definitions";
    /** fabric8's keywords for its code generator, not JSON Schema. */
    private static final Set<String> GENERATOR_KEYWORDS = Set.of("javaType", "javaInterfaces", "existingJavaType",
            "javaOmitEmpty", "interfaceImpls", "serializer", "deserializer", "javaName");

    private final ObjectNode definitions = JSON.createObjectNode();
    /** "apiVersion/kind" to the definition that describes it. */
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, ObjectNode> customResources = new HashMap<>();
    private final Map<String, Schema> compiled = new HashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    static ApiSchemas load() {
        ApiSchemas schemas = new ApiSchemas();
        schemas.loadFabric8();
        schemas.loadStrimzi(KafkaTopic.class, "kafka.strimzi.io/v1beta2", "KafkaTopic");
        schemas.loadStrimzi(KafkaUser.class, "kafka.strimzi.io/v1beta2", "KafkaUser");
        return schemas;
    }

    /** The kinds a schema is known for, as "apiVersion/kind". */
    Set<String> kinds() {
        Set<String> all = new java.util.TreeSet<>(kinds.keySet());
        all.addAll(customResources.keySet());
        return all;
    }

    /** What is wrong with the resource: empty when its apiVersion/kind is known and the resource matches it. */
    List<String> validate(JsonNode resource) {
        String key = resource.path("apiVersion").asString("") + "/" + resource.path("kind").asString("");
        Schema schema = compiled.computeIfAbsent(key, this::compile);
        if (schema == null) {
            return List.of("no schema for " + key);
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(resource)) {
            problems.add(error.toString());
        }
        return problems;
    }

    private Schema compile(String key) {
        ObjectNode root;
        if (customResources.containsKey(key)) {
            root = customResources.get(key).deepCopy();
        } else if (kinds.containsKey(key)) {
            root = JSON.createObjectNode();
            root.put("$ref", "#/" + DEFINITIONS + "/" + kinds.get(key));
        } else {
            return null;
        }
        root.put("$schema", SpecificationVersion.DRAFT_7.getDialectId());
        root.set(DEFINITIONS, definitions);
        return registry.getSchema(root);
    }

    private void loadFabric8() {
        try {
            // only the fabric8 model jars' own copies (Strimzi's crd-generator jar bundles one of them too)
            List<URL> files = Collections.list(getClass().getClassLoader().getResources("schema/validation-schema.json"))
                    .stream().filter(url -> url.toString().matches(".*/io/fabric8/(kubernetes|openshift)-model-[a-z]+/.*"))
                    .toList();
            if (files.size() < 6) {
                throw new IllegalStateException("expected the fabric8 model jars' schemas on the test class path, found " + files);
            }
            for (URL file : files) {
                try (InputStream in = file.openStream()) {
                    JsonNode schema = JSON.readTree(in);
                    schema.path(DEFINITIONS).properties().forEach(d -> definitions.set(d.getKey(), d.getValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : List.copyOf(definitions.propertyNames())) {
            if (name.endsWith("IntOrString")) {
                definitions.set(name, typeUnion("integer", "string"));
            } else if (name.endsWith("_Quantity")) {
                definitions.set(name, typeUnion("integer", "number", "string"));
            } else {
                definitions.set(name, strict(definitions.get(name)));
            }
        }
        definitions.properties().forEach(d -> {
            JsonNode properties = d.getValue().path("properties");
            String apiVersion = properties.path("apiVersion").path("default").asString(null);
            String kind = properties.path("kind").path("default").asString(null);
            if (apiVersion != null && kind != null) {
                kinds.putIfAbsent(apiVersion + "/" + kind, d.getKey());
            }
        });
    }

    /** Runs Strimzi's crd-generator (package-private: reached by reflection) on the model class. */
    private void loadStrimzi(Class<?> model, String apiVersion, String kind) {
        try {
            Class<?> generatorClass = Class.forName("io.strimzi.crdgenerator.CrdGenerator");
            Constructor<?> constructor = generatorClass.getConstructor(VersionRange.class, ApiVersion.class);
            constructor.setAccessible(true);
            Object generator = constructor.newInstance(KubeVersion.parseRange("1.25+"), ApiVersion.V1);
            Method generate = generatorClass.getMethod("generate", Class.class, java.io.Writer.class);
            generate.setAccessible(true);
            StringWriter crd = new StringWriter();
            generate.invoke(generator, model, crd);
            JsonNode definition = Kustomization.YAML.readTree(crd.toString());
            String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
            for (JsonNode v : definition.path("spec").path("versions")) {
                if (version.equals(v.path("name").asString())) {
                    ObjectNode schema = (ObjectNode) strict(v.path("schema").path("openAPIV3Schema"));
                    // metadata is {type: object} in a CRD; the API server checks it as ObjectMeta, and so do we
                    ((ObjectNode) schema.get("properties")).set("metadata",
                            JSON.createObjectNode().put("$ref", "#/" + DEFINITIONS + "/kubernetes_apimachinery_ObjectMeta"));
                    customResources.put(apiVersion + "/" + kind, schema);
                    return;
                }
            }
            throw new IllegalStateException("Strimzi's " + kind + " CRD has no version " + version);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run Strimzi's crd-generator for " + kind, e);
        }
    }

    private static ObjectNode typeUnion(String... types) {
        ObjectNode union = JSON.createObjectNode();
        ArrayNode list = union.putArray("type");
        for (String type : types) {
            list.add(type);
        }
        return union;
    }

    /** A copy of the schema node, strict on unknown properties, without fabric8's generator keywords. */
    static JsonNode strict(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(strict(item)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JSON.createObjectNode();
        List<String> required = new ArrayList<>();
        node.properties().forEach(p -> {
            String key = p.getKey();
            if (GENERATOR_KEYWORDS.contains(key)) {
                return;
            }
            if ("properties".equals(key)) {
                ObjectNode properties = copy.putObject("properties");
                p.getValue().properties().forEach(property -> {
                    JsonNode propertySchema = property.getValue();
                    if (propertySchema.path("required").isBoolean()) {
                        if (propertySchema.path("required").asBoolean()) {
                            required.add(property.getKey());
                        }
                        ObjectNode withoutRequired = (ObjectNode) propertySchema.deepCopy();
                        withoutRequired.remove("required");
                        propertySchema = withoutRequired;
                    }
                    properties.set(property.getKey(), strict(propertySchema));
                });
            } else {
                copy.set(key, strict(p.getValue()));
            }
        });
        if (!required.isEmpty()) {
            ArrayNode list = copy.has("required") ? (ArrayNode) copy.get("required") : copy.putArray("required");
            required.forEach(list::add);
        }
        boolean preserveUnknown = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (node.has("properties") && !preserveUnknown) {
            copy.put("additionalProperties", false);
        }
        return copy;
    }
}
