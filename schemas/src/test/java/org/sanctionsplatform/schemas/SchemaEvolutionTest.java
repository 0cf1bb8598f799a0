package org.sanctionsplatform.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a schema change would break a reader of an earlier version, or when the
 * current schema has not been released into {@code src/main/resources/history/<topic>/vN.avsc}.
 */
class SchemaEvolutionTest {

    static Stream<Topic<?>> topics() {
        return Topics.all().stream();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void theCurrentSchemaIsAReleasedVersion(Topic<?> topic) {
        long current = AvroSingleObjectSerde.fingerprint(topic.schema());
        List<Long> released = topic.releasedSchemas().stream().map(AvroSingleObjectSerde::fingerprint).toList();

        assertThat(released)
                .as("the schema of %s changed: copy it to %s once it is safe (see SchemaEvolutionRules)",
                        topic.name(), SchemaHistory.resourceName(topic.name(), released.size() + 1))
                .contains(current);
    }

    @ParameterizedTest
    @MethodSource("topics")
    void theCurrentSchemaReadsEveryReleasedVersionAndOnlyAppends(Topic<?> topic) {
        assertThat(topic.releasedSchemas()).isNotEmpty();
        for (Schema released : topic.releasedSchemas()) {
            assertThat(SchemaEvolutionRules.violations(released, topic.schema())).as(topic.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("topics")
    void everyReleasedVersionCanBeReadByEveryLaterOne(Topic<?> topic) {
        List<Schema> versions = topic.releasedSchemas();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                assertThat(SchemaEvolutionRules.violations(versions.get(i), versions.get(j)))
                        .as("%s v%d -> v%d", topic.name(), i + 1, j + 1).isEmpty();
            }
        }
    }

    @Test
    void removingAUnionBranchIsCaught() {
        Schema v1 = Topics.CASE_EVENTS.schema();
        Schema broken = replacePayload(v1, v1.getField("payload").schema().getTypes().subList(1, 8));

        assertThat(SchemaEvolutionRules.violations(v1, broken))
                .anyMatch(p -> p.contains("union branches may only be appended"));
    }

    @Test
    void aNewFieldWithoutADefaultIsCaught() {
        Schema v1 = Topics.CASE_EVENTS.schema();
        List<Schema.Field> fields = copyFields(v1);
        fields.add(new Schema.Field("tenant", Schema.create(Schema.Type.STRING)));
        Schema broken = Schema.createRecord(v1.getName(), null, v1.getNamespace(), false, fields);

        assertThat(SchemaEvolutionRules.violations(v1, broken))
                .anyMatch(p -> p.contains("cannot read data written by the released one"));
    }

    @Test
    void reorderingEnumSymbolsIsCaught() {
        Schema released = Schema.createEnum("SubjectType", null, "x", List.of("INDIVIDUAL", "LEGAL_PERSON", "UNKNOWN"), "UNKNOWN");
        Schema reordered = Schema.createEnum("SubjectType", null, "x", List.of("LEGAL_PERSON", "INDIVIDUAL", "UNKNOWN"), "UNKNOWN");

        assertThat(SchemaEvolutionRules.violations(wrap(released), wrap(reordered)))
                .anyMatch(p -> p.contains("symbols may only be appended"));
    }

    @Test
    void anEnumWithoutADefaultIsCaught() {
        Schema released = Schema.createEnum("SubjectType", null, "x", List.of("INDIVIDUAL", "UNKNOWN"), "UNKNOWN");
        Schema noDefault = Schema.createEnum("SubjectType", null, "x", List.of("INDIVIDUAL", "UNKNOWN", "TRUST"));

        assertThat(SchemaEvolutionRules.violations(wrap(released), wrap(noDefault)))
                .anyMatch(p -> p.contains("has no default symbol"));
    }

    private static Schema wrap(Schema enumSchema) {
        return Schema.createRecord("Holder", null, "x", false, List.of(new Schema.Field("type", enumSchema)));
    }

    private static Schema replacePayload(Schema v1, List<Schema> branches) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : v1.getFields()) {
            fields.add(new Schema.Field(f, f.name().equals("payload") ? Schema.createUnion(branches) : f.schema()));
        }
        return Schema.createRecord(v1.getName(), null, v1.getNamespace(), false, fields);
    }

    private static List<Schema.Field> copyFields(Schema s) {
        List<Schema.Field> fields = new ArrayList<>();
        s.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        return fields;
    }
}
