package org.sanctionsplatform.schemas;

import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
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
    /** The writer schemas its serde knows besides its reader schema (for a view, the current schema too). */
    private final List<Schema> knownWriters;
    /** Whether this is a consumer's projection ({@link #readAs}), which decodes only. */
    private final boolean view;

    Topic(String name, Class<T> envelopeType) {
        this.name = Objects.requireNonNull(name);
        this.envelopeType = envelopeType;
        SpecificData model = SpecificData.getForClass(envelopeType);
        this.schema = model.getSchema(envelopeType);
        this.releasedSchemas = SchemaHistory.releasedVersions(name);
        this.knownWriters = releasedSchemas;
        this.view = false;
        this.valueSerde = new AvroSingleObjectSerde<>(name, model, schema, releasedSchemas);
    }

    private Topic(Topic<?> read, Class<T> viewType) {
        this.name = read.name;
        this.envelopeType = viewType;
        this.schema = read.schema;
        this.releasedSchemas = read.releasedSchemas;
        SpecificData model = SpecificData.getForClass(viewType);
        Schema view = model.getSchema(viewType);
        List<Schema> writers = new java.util.ArrayList<>(releasedSchemas);
        writers.add(schema);
        for (Schema writer : writers) {
            SchemaCompatibility.SchemaPairCompatibility check =
                    SchemaCompatibility.checkReaderWriterCompatibility(view, writer);
            if (check.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
                throw new IllegalArgumentException(viewType.getName() + " cannot read every record of topic " + name
                        + ": " + check.getResult().getIncompatibilities());
            }
        }
        this.knownWriters = List.copyOf(writers);
        this.view = true;
        this.valueSerde = new AvroSingleObjectSerde<>(name, model, view, knownWriters);
    }

    /**
     * This topic read through a consumer's own projection of its schema: {@code viewType} is a class generated from a
     * reader schema whose records alias the contract's (e.g. {@code "aliases": ["org.sanctionsplatform.events.
     * assessments.CaseAssessed"]}) and keep only the fields the consumer uses, with the contract's names, types and
     * defaults. Avro resolves every released writer schema to it and skips the fields it leaves out instead of building
     * them (strings, arrays of records), the same checks as {@link #decode(byte[], int)} otherwise (size, declared
     * sizes, corrupt bodies). Refused here, at start-up, unless the view can read every released version and the current
     * schema. A view decodes only: {@link #encode} refuses (it would write the view's schema, which no consumer of the
     * topic knows).
     */
    public <V extends SpecificRecord> Topic<V> readAs(Class<V> viewType) {
        return new Topic<>(this, viewType);
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

    /** The current (writer) schema (of the contract, also for a view made with {@link #readAs}). */
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
        return new AvroSingleObjectSerde<>(name, model, valueSerde.readerSchema(), knownWriters, unknownWriters);
    }

    public byte[] encode(T envelope) {
        if (view) {
            throw new IllegalStateException(envelopeType.getName() + " is a consumer's view of topic " + name
                    + " and is not written");
        }
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
