package org.sanctionsplatform.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.RandomData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The platform's encoder writes the records the Avro compiler gave custom coders to (e.g. {@code ExplanationStep},
 * {@code WindowRef}, {@code Actor}) through them ({@code AvroSingleObjectSerde}); the bytes must be exactly those the
 * generated class's own {@code BinaryMessageEncoder} writes (Avro's generic walk of the schema) for the same record, on
 * every topic and every branch of its payload, and read back to the same bytes. The records: 300 random ones per
 * topic (Avro's {@code RandomData}, a fixed seed: union branches at random, every event of the topic among them, as the
 * test checks; arrays and maps of several items, nested records, decimals held to their precision), written
 * generically and read into the generated classes. (Not compared with the generic
 * bytes themselves: a map read back is a hash map, whose entries may come in another order.)
 */
class EncodingMatchesAvroTest {

    static Stream<Topic<?>> topics() {
        return Topics.all().stream();
    }

    @ParameterizedTest
    @MethodSource("topics")
    <T extends SpecificRecord> void everyRecordIsEncodedToTheBytesOfAvrosOwnEncoders(Topic<T> topic) throws IOException {
        BinaryMessageEncoder<T> avros = new BinaryMessageEncoder<>(SpecificData.getForClass(topic.envelopeType()), topic.schema());
        int records = 0;
        java.util.Set<String> payloads = new java.util.TreeSet<>();
        int payload = topic.schema().getField("payload").pos();
        for (Object random : new RandomData(GenericData.get(), topic.schema(), 300, 20261201L)) {
            byte[] generic = singleObject(topic, withValidDecimals(random, topic.schema()));
            T read = topic.decode(generic);

            byte[] ours = topic.encode(read);

            assertThat(ours).as("%s, record %d", topic.name(), records).isEqualTo(avros.encode(read).array());
            assertThat(topic.encode(topic.decode(ours))).as("%s, record %d", topic.name(), records).isEqualTo(ours);
            payloads.add(read.get(payload).getClass().getSimpleName());
            records++;
        }
        assertThat(records).isEqualTo(300);
        // every event of the topic (each branch of the envelope's payload union) was among them
        assertThat(payloads).as(topic.name()).containsExactlyInAnyOrderElementsOf(
                topic.schema().getField("payload").schema().getTypes().stream().map(Schema::getName).toList());
    }

    /**
     * RandomData fills a decimal's bytes at random (any precision, or none at all); the generated classes refuse what
     * the schema's precision does not allow, so each is replaced by an unscaled value within its precision (at most 15 digits).
     */
    private static Object withValidDecimals(Object value, Schema schema) {
        switch (schema.getType()) {
            case RECORD -> {
                GenericRecord record = (GenericRecord) value;
                for (Schema.Field f : schema.getFields()) {
                    record.put(f.pos(), withValidDecimals(record.get(f.pos()), f.schema()));
                }
                return record;
            }
            case UNION -> {
                return withValidDecimals(value, schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
            }
            case ARRAY -> {
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) value;
                items.replaceAll(item -> withValidDecimals(item, schema.getElementType()));
                return items;
            }
            case MAP -> {
                @SuppressWarnings("unchecked")
                Map<Object, Object> entries = (Map<Object, Object>) value;
                entries.replaceAll((k, v) -> withValidDecimals(v, schema.getValueType()));
                return entries;
            }
            case BYTES -> {
                if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
                    long bound = BigInteger.TEN.pow(Math.min(15, decimal.getPrecision())).longValueExact();
                    long unscaled = Math.floorMod(Arrays.hashCode(((ByteBuffer) value).array()), 2 * bound - 1) - bound + 1;
                    return ByteBuffer.wrap(BigInteger.valueOf(unscaled).toByteArray());
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    /** The record written by Avro's generic writer (no generated class, no custom coder), as single-object encoding. */
    private static byte[] singleObject(Topic<?> topic, Object record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0xC3, 0x01});
        out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(AvroSingleObjectSerde.fingerprint(topic.schema())).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<>(topic.schema(), GenericData.get()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
