package org.sanctionsplatform.schemas;

import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A topic of the public contract: its name, its key serde (the case id as a UTF-8 string) and its value
 * serde (the topic's Avro envelope, single-object encoded). Every record is keyed by caseId so all
 * events of a case stay in order on one partition (DESIGN §7).
 */
public final class Topic<T extends SpecificRecord> {

    /** Suffix of the dead-letter topic kept for every consumed topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    private final String name;
    private final Class<T> envelopeType;
    private final Schema schema;
    private final List<Schema> releasedSchemas;
    private final AvroSingleObjectSerde<T> valueSerde;

    Topic(String name, Class<T> envelopeType) {
        this.name = Objects.requireNonNull(name);
        this.envelopeType = envelopeType;
        SpecificData model = SpecificData.getForClass(envelopeType);
        this.schema = model.getSchema(envelopeType);
        this.releasedSchemas = SchemaHistory.releasedVersions(name);
        this.valueSerde = new AvroSingleObjectSerde<>(name, model, schema, releasedSchemas);
    }

    public String name() {
        return name;
    }

    /** The dead-letter topic for records of this topic that a consumer cannot process. */
    public String dlq() {
        return name + DLQ_SUFFIX;
    }

    public Class<T> envelopeType() {
        return envelopeType;
    }

    /** The current (writer) schema. */
    public Schema schema() {
        return schema;
    }

    /** The released versions in {@code history/}, oldest first. */
    public List<Schema> releasedSchemas() {
        return releasedSchemas;
    }

    public Serde<String> keySerde() {
        return Serdes.String();
    }

    public AvroSingleObjectSerde<T> valueSerde() {
        return valueSerde;
    }

    /**
     * A serde of this topic that also reads records whose writer schema is none of the released versions it knows,
     * looking the writer up in {@code unknownWriters} (e.g. schemas-avro's {@code HttpSchemaStore}).
     */
    public AvroSingleObjectSerde<T> valueSerdeResolvingWith(org.apache.avro.message.SchemaStore unknownWriters) {
        SpecificData model = SpecificData.getForClass(envelopeType);
        return new AvroSingleObjectSerde<>(name, model, schema, releasedSchemas, unknownWriters);
    }

    public byte[] encode(T envelope) {
        return valueSerde.encode(envelope);
    }

    public T decode(byte[] bytes) {
        return valueSerde.decode(bytes);
    }

    /** Decodes a record of at most {@code maxRecordBytes} (see {@link AvroSingleObjectSerde#decode(byte[], int)}). */
    public T decode(byte[] bytes, int maxRecordBytes) {
        return valueSerde.decode(bytes, maxRecordBytes);
    }

    @Override
    public String toString() {
        return name;
    }
}
