package org.sanctionsplatform.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9.3: who caused an effect travels on every topic as the SAME named record ({@code
 * org.sanctionsplatform.events.cases.Actor}: subject, name, role), optional with a null default, so that a service
 * passes the actor of the event it consumed on to the events it produces unchanged, and each topic's {@code .avsc}
 * still decodes on its own.
 */
class ActorOnEveryTopicTest {

    static Stream<Topic<?>> topics() {
        return Topics.all().stream();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void everyEnvelopeHasTheCaseEventsActorAsAnOptionalFieldDefaultingToNull(Topic<?> topic) {
        Schema.Field actor = topic.schema().getField("actor");

        assertThat(actor).as(topic.name()).isNotNull();
        assertThat(actor.hasDefaultValue()).isTrue();
        assertThat(actor.defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
        assertThat(actor.schema().getTypes()).hasSize(2);
        assertThat(actor.schema().getTypes().get(0).getType()).isEqualTo(Schema.Type.NULL);
        assertThat(actor.schema().getTypes().get(1))
                .isEqualTo(Topics.CASE_EVENTS.schema().getField("actor").schema().getTypes().get(1));
        assertThat(actor.schema().getTypes().get(1).getFullName()).isEqualTo("org.sanctionsplatform.events.cases.Actor");
    }

    @Test
    void everyTopicsAvscFileStillParsesAlone() throws IOException {
        for (String file : List.of("case-events", "assessments", "deadlines", "publications")) {
            Schema alone = new Schema.Parser().parse(Files.readString(Path.of("src/main/avro/" + file + ".avsc")));
            Topic<?> topic = Topics.all().stream().filter(t -> t.schema().getFullName().equals(alone.getFullName()))
                    .findFirst().orElseThrow();
            assertThat(AvroSingleObjectSerde.fingerprint(alone)).as(file).isEqualTo(AvroSingleObjectSerde.fingerprint(topic.schema()));
        }
    }

    @ParameterizedTest
    @MethodSource("topics")
    void anEventWrittenBeforeTheActorReadsWithNoActor(Topic<?> topic) {
        List<Schema> released = topic.releasedSchemas();
        Schema beforeActor = released.stream().filter(s -> s.getField("actor") == null).reduce((a, b) -> b).orElseThrow();
        GenericRecord old = new GenericData.Record(beforeActor);
        for (Schema.Field f : beforeActor.getFields()) {
            old.put(f.name(), switch (f.name()) {
                case "eventId" -> "e-1";
                case "caseId" -> "case-1";
                case "producer" -> "test";
                case "occurredAt", "recordedAt" -> 0L;
                case "payload" -> sample(f.schema().getTypes().get(0));
                default -> null;
            });
        }
        AvroSingleObjectSerde<GenericRecord> writer =
                new AvroSingleObjectSerde<>(topic.name(), GenericData.get(), beforeActor, List.of(beforeActor));
        AvroSingleObjectSerde<GenericRecord> reader =
                new AvroSingleObjectSerde<>(topic.name(), GenericData.get(), topic.schema(), released);

        GenericRecord read = reader.decode(writer.encode(old));

        assertThat(read.get("caseId").toString()).isEqualTo("case-1");
        assertThat(read.get("actor")).isNull();
    }

    /** A record of the schema with every field at its default, or a plain value where it has none. */
    private static GenericRecord sample(Schema record) {
        GenericData.Record r = new GenericData.Record(record);
        for (Schema.Field f : record.getFields()) {
            r.put(f.name(), f.hasDefaultValue() ? GenericData.get().getDefaultValue(f) : plain(f.schema()));
        }
        return r;
    }

    private static Object plain(Schema s) {
        return switch (s.getType()) {
            case STRING -> "x";
            case INT -> 0;
            case LONG -> 0L;
            case BOOLEAN -> false;
            case BYTES -> java.nio.ByteBuffer.wrap(new byte[]{0});
            case ENUM -> new GenericData.EnumSymbol(s, s.getEnumSymbols().get(0));
            case ARRAY -> new GenericData.Array<>(0, s);
            case UNION -> s.getTypes().get(0).getType() == Schema.Type.NULL ? null : plain(s.getTypes().get(0));
            case RECORD -> sample(s);
            case MAP -> java.util.Map.of();
            default -> throw new IllegalArgumentException("no plain value for " + s);
        };
    }
}
