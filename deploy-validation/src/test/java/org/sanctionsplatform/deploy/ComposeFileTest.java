package org.sanctionsplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** docker-compose.yml is valid against the Compose specification's JSON schema (issue 11.5), and the check can fail. */
class ComposeFileTest {

    static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");

    private final Schema composeSpec = loadComposeSpec();

    @Test
    void theComposeFileMatchesTheComposeSpecification() {
        JsonNode compose = Kustomization.readAll(COMPOSE_FILE).get(0);
        assertThat(problems(compose)).isEmpty();
        assertThat(compose.path("services").propertyNames())
                .contains("kafka", "postgres", "intake", "assessment", "deadline", "publication");
    }

    @Test
    void anUnknownServiceKeyOrAWrongDependencyConditionFailsTheCheck() {
        ObjectNode unknownKey = (ObjectNode) Kustomization.readAll(COMPOSE_FILE).get(0);
        ((ObjectNode) unknownKey.get("services").get("intake")).put("restart_policy", "always");
        assertThat(problems(unknownKey)).anySatisfy(p -> assertThat(p).contains("restart_policy"));

        ObjectNode wrongCondition = (ObjectNode) Kustomization.readAll(COMPOSE_FILE).get(0);
        ((ObjectNode) wrongCondition.get("services").get("intake").get("depends_on").get("kafka"))
                .put("condition", "service_ready");
        assertThat(problems(wrongCondition)).isNotEmpty();
    }

    private static void withoutDraft4Ids(JsonNode node) {
        if (node.isObject() && node.path("id").isString()) {
            ((ObjectNode) node).remove("id");
        }
        if (node.isContainer()) {
            node.forEach(ComposeFileTest::withoutDraft4Ids);
        }
    }

    private List<String> problems(JsonNode compose) {
        return composeSpec.validate(compose).stream().map(Error::toString).toList();
    }

    /**
     * The vendored schema (compose-spec/SOURCE.md) names its dialect {@code http://json-schema.org/draft/2019-09/schema#}
     * and carries draft-4 style {@code id}s (a string, on the root and on definitions); the validator knows 2019-09 by
     * its canonical id and refuses the {@code id} keyword, so both are set right in memory (the file stays as
     * published). A property named id has an object schema, not a string, and stays.
     */
    private static Schema loadComposeSpec() {
        try (InputStream spec = ComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            ObjectNode schema = (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build().readTree(spec);
            withoutDraft4Ids(schema);
            schema.put("$schema", SpecificationVersion.DRAFT_2019_09.getDialectId());
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(schema);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
