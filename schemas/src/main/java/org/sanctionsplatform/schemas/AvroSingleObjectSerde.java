package org.sanctionsplatform.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.errors.SerializationException;
import org.sanctionsplatform.schemas.avro.HttpSchemaStore;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde using Avro single-object encoding: the marker bytes {@code C3 01}, the 8-byte
 * CRC-64-AVRO fingerprint of the writer schema, then the binary body. The writer schema is resolved
 * from the fingerprint against every released version of the topic's schema (current and history),
 * so an event written by any earlier release is always readable.
 *
 * <p>Decoding is bounded: a record larger than the maximum record size ({@link #DEFAULT_MAX_RECORD_BYTES} unless
 * the caller passes another) is refused before it is read, and no string, bytes value or collection may declare more
 * than the record's remaining bytes can hold ({@link DeclaredSizes}). Anything that cannot be decoded, whatever was
 * thrown (an Error included), raises Kafka's {@link SerializationException} with the reason, so consumers can
 * dead-letter it.
 */
public final class AvroSingleObjectSerde<T> implements Serializer<T>, Deserializer<T> {

    /** The default maximum size of a record to decode: 1 MiB, the size Kafka itself accepts by default. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;

    private static final int HEADER_BYTES = 10;

    private final String topic;
    private final Schema readerSchema;
    private static final int MAX_KEPT_BUFFER = 64 * 1024;
    private static final ThreadLocal<Encoding> ENCODINGS = ThreadLocal.withInitial(Encoding::new);

    /** A thread's output buffer and encoder, reused from one record to the next. */
    private static final class Encoding {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        private BinaryEncoder encoder;
    }

    private final GenericData model;
    private final byte[] header;
    private final DatumWriter<T> datumWriter;
    private final Map<Long, Schema> writersByFingerprint = new HashMap<>();
    private final SchemaStore unknownWriters;
    /** A reader per writer schema met (by fingerprint), resolving it to the reader schema; shared as Avro's own are. */
    private final Map<Long, DatumReader<T>> readers = new ConcurrentHashMap<>();

    /**
     * @param topic          the topic name, for error messages
     * @param model          SpecificData of the generated class (with its logical-type conversions) or GenericData
     * @param readerSchema   the schema records are decoded into (and encoded with)
     * @param writerSchemas  every released schema version that may have written a record
     */
    public AvroSingleObjectSerde(String topic, GenericData model, Schema readerSchema, Collection<Schema> writerSchemas) {
        this(topic, model, readerSchema, writerSchemas, fingerprint -> null);
    }

    /**
     * As the other constructor, and a writer schema none of {@code writerSchemas} is (a newer release's) is looked up
     * in {@code unknownWriters}, e.g. schemas-avro's {@code HttpSchemaStore}, which fetches it from the services that
     * serve every released schema by fingerprint: a consumer built on an older schema reads what a newer producer wrote.
     */
    public AvroSingleObjectSerde(String topic, GenericData model, Schema readerSchema, Collection<Schema> writerSchemas,
                                 SchemaStore unknownWriters) {
        this.topic = topic;
        this.model = model;
        this.readerSchema = readerSchema;
        this.unknownWriters = unknownWriters;
        this.header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0xC3).put((byte) 0x01).putLong(fingerprint(readerSchema)).array();
        this.datumWriter = datumWriter(model, readerSchema);
        writersByFingerprint.put(fingerprint(readerSchema), readerSchema);
        writerSchemas.forEach(w -> writersByFingerprint.put(fingerprint(w), w));
    }

    public Schema readerSchema() {
        return readerSchema;
    }

    /**
     * The single-object encoding of {@code value}: the same bytes as Avro's {@code BinaryMessageEncoder} writes, but
     * through a buffered encoder (Avro's writes the body a byte at a time into a synchronized stream: most of the
     * relays' and the consumers' encoding time in a replay), reused per thread.
     */
    public byte[] encode(T value) {
        Encoding encoding = ENCODINGS.get();
        boolean done = false;
        try {
            encoding.out.reset();
            encoding.out.write(header);
            encoding.encoder = EncoderFactory.get().binaryEncoder(encoding.out, encoding.encoder);
            datumWriter.write(value, encoding.encoder);
            encoding.encoder.flush();
            byte[] bytes = encoding.out.toByteArray();
            done = true;
            return bytes;
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode a record for topic " + topic + ": " + e.getMessage(), e);
        } finally {
            // a failed record may have left bytes in the encoder's buffer; a large one, a large buffer: start afresh
            if (!done || encoding.out.size() > MAX_KEPT_BUFFER) {
                ENCODINGS.remove();
            }
        }
    }

    /** Decodes a record of at most {@link #DEFAULT_MAX_RECORD_BYTES}. */
    public T decode(byte[] bytes) {
        return decode(bytes, DEFAULT_MAX_RECORD_BYTES);
    }

    /** Decodes a record of at most {@code maxRecordBytes}; anything else is a SerializationException with the reason. */
    public T decode(byte[] bytes, int maxRecordBytes) {
        if (bytes == null) {
            throw new SerializationException("cannot decode a record of topic " + topic + ": the value is null (a tombstone)");
        }
        if (bytes.length > maxRecordBytes) {
            throw new SerializationException("cannot decode a record of topic " + topic + ": it has " + bytes.length
                    + " bytes, more than the maximum record size of " + maxRecordBytes + " bytes");
        }
        try {
            long fingerprint = header(bytes);
            Schema writer = writer(fingerprint);
            checkDeclaredSizes(writer, bytes, maxRecordBytes);
            DatumReader<T> reader = readers.computeIfAbsent(fingerprint, f -> datumReader(writer));
            // Avro's BinaryMessageDecoder reads the body through a DirectBinaryDecoder over an InputStream, a byte and a
            // Utf8 at a time; a BinaryDecoder over the array reads strings straight from it (a replay spent 16 % of the
            // consumers' time decoding, half of it in strings)
            BinaryDecoder body = DecoderFactory.get().binaryDecoder(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES, null);
            return reader.read(null, body);
        } catch (SerializationException e) {
            throw e;
        } catch (MissingSchemaException e) {
            throw new SerializationException("cannot decode a record of topic " + topic
                    + ": unknown writer schema fingerprint " + fingerprintOf(bytes)
                    + " (not the current schema nor any released version in history)", e);
        } catch (HttpSchemaStore.SchemaFetchException e) {
            throw new SerializationException("cannot decode a record of topic " + topic
                    + ": unknown writer schema fingerprint " + fingerprintOf(bytes) + " (" + e.getMessage() + ")", e);
        } catch (BadHeaderException e) {
            throw new SerializationException("cannot decode a record of topic " + topic
                    + ": not Avro single-object encoding (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode a record of topic " + topic
                    + ": corrupt body for writer schema " + fingerprintOf(bytes) + " (" + e + ")", e);
        } catch (Throwable e) { // an Error while decoding is this record's fault: it belongs on the dead-letter topic, not in the consumer thread
            throw new SerializationException("cannot decode a record of topic " + topic
                    + ": decoding failed for writer schema " + fingerprintOf(bytes) + " (" + e + ")", e);
        }
    }

    /** The writer schema's fingerprint from the single-object header (the marker {@code C3 01}, then 8 bytes). */
    private static long header(byte[] bytes) {
        if (bytes.length < HEADER_BYTES) {
            throw new BadHeaderException("only " + bytes.length + " bytes, less than the " + HEADER_BYTES
                    + " of the header");
        }
        if (bytes[0] != (byte) 0xC3 || bytes[1] != (byte) 0x01) {
            throw new BadHeaderException(String.format("Unrecognized header bytes: 0x%02X 0x%02X", bytes[0], bytes[1]));
        }
        return ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** A released writer schema, else one of {@code unknownWriters} (fetched ones are cached by that store). */
    private Schema writer(long fingerprint) {
        Schema writer = writersByFingerprint.get(fingerprint);
        if (writer == null) {
            writer = unknownWriters.findByFingerprint(fingerprint);
        }
        if (writer == null) {
            throw new MissingSchemaException("Cannot resolve schema for fingerprint: " + fingerprint);
        }
        return writer;
    }

    /**
     * The writer. For generated classes, through a copy of their model with Avro's custom coders on: the records the
     * Avro compiler could give them (those without logical types, e.g. {@code ExplanationStep}, which make up most of a
     * {@code CaseAssessed}) are then written by their generated {@code customEncode}, field by field, instead of Avro's
     * generic walk of the schema with a look-up per field. The bytes are the same (the binary encoding does not depend on
     * how it is written; {@code EncodingMatchesAvroTest} compares them with Avro's own encoder on random records of every
     * topic).
     * Measured with {@code CodecBenchmark}: a 9.2 KB {@code CaseAssessed} encoded 55,400/s without, 67,600/s with
     * (+22 %, the system property flipped in one quiet pair); 47,200–55,600/s before and 58,700–63,000/s after, this
     * code alternating with the code before on a noisy host. The flag is Avro's system property {@code org.apache.avro.specific.use_custom_coders} otherwise, global
     * to the JVM and read once per model; a copy keeps it to this serde, and the generated class's shared model as
     * it is. Decoding goes through Avro's fast reader, which does not use them, so the readers are left as they are.
     */
    @SuppressWarnings("unchecked")
    private static <T> DatumWriter<T> datumWriter(GenericData model, Schema schema) {
        if (model instanceof SpecificData specific && !specific.useCustomCoders()) {
            SpecificData withCustomCoders = new SpecificData(specific.getClassLoader());
            specific.getConversions().forEach(withCustomCoders::addLogicalTypeConversion);
            withCustomCoders.setCustomCoders(true);
            return (DatumWriter<T>) withCustomCoders.createDatumWriter(schema);
        }
        return (DatumWriter<T>) model.createDatumWriter(schema);
    }

    @SuppressWarnings("unchecked")
    private DatumReader<T> datumReader(Schema writer) {
        return (DatumReader<T>) model.createDatumReader(writer, readerSchema);
    }

    /** Refuses a body whose lengths or counts claim more than its bytes hold, before Avro allocates anything for them. */
    private void checkDeclaredSizes(Schema writer, byte[] bytes, int maxRecordBytes) {
        try {
            DeclaredSizes.check(writer, bytes, HEADER_BYTES, maxRecordBytes);
        } catch (DeclaredSizes.Oversized e) {
            throw new SerializationException("cannot decode a record of topic " + topic + ": " + e.getMessage()
                    + " (writer schema " + fingerprintOf(bytes) + ")", e);
        }
    }

    /** The writer fingerprint of an encoded record, as hex, or a description of why there is none. */
    public static String fingerprintOf(byte[] bytes) {
        if (bytes == null || bytes.length < 10) {
            return "<none: " + (bytes == null ? 0 : bytes.length) + " bytes>";
        }
        byte[] fp = new byte[8];
        System.arraycopy(bytes, 2, fp, 0, 8);
        return "0x" + HexFormat.of().formatHex(fp);
    }

    /** The CRC-64-AVRO fingerprint of a schema, as written in the header of single-object encoding. */
    public static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    @Override
    public byte[] serialize(String topicName, T data) {
        return data == null ? null : encode(data);
    }

    @Override
    public T deserialize(String topicName, byte[] data) {
        return decode(data);
    }

    /** This serde as a Kafka {@link Serde}. */
    public Serde<T> serde() {
        return Serdes.serdeFrom(this, this);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured by its constructor
    }

    @Override
    public void close() {
        // stateless
    }

}
