package org.sanctionsplatform.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;

/**
 * A record of a few bytes can claim a string of two billion bytes or an array of a billion items. Decoding such a
 * record must fail with Kafka's SerializationException and its reason, without allocating what the record claims
 * (which would be an OutOfMemoryError in a service's heap).
 */
class BoundedDecodingTest {

    /** Far below what any of the crafted records claims (gigabytes), far above what decoding a small record needs. */
    private static final long MOST_A_DECODE_MAY_ALLOCATE = 64L * 1024 * 1024;

    private static final Schema RELEASED_V1 = Topics.CASE_EVENTS.releasedSchemas().get(0);

    @BeforeAll
    static void warmUp() {
        // class loading and the first schema resolution allocate once; measure the crafted records after that
        Topics.CASE_EVENTS.decode(Topics.CASE_EVENTS.encode(SampleEvents.caseOpened("warm-up")));
        catchThrowable(() -> Topics.CASE_EVENTS.decode(singleObject(RELEASED_V1, new byte[] {2, 'e'})));
    }

    @Test
    void a28ByteRecordWhoseFirstStringClaimsTwoBillionBytesIsRejectedWithoutAllocatingThem() {
        byte[] body = new byte[18];
        int length = writeLong(body, 0, 2_000_000_000L); // eventId's length
        Arrays.fill(body, length, body.length, (byte) 'x');
        byte[] record = singleObject(RELEASED_V1, body);
        assertThat(record).hasSize(28);

        Decoded decoded = decode(record);

        assertThat(decoded.allocatedBytes()).as("bytes allocated while decoding").isLessThan(MOST_A_DECODE_MAY_ALLOCATE);
        assertThat(decoded.thrown()).isInstanceOf(SerializationException.class)
                .hasMessageContaining(Topics.CASE_EVENTS.name())
                .hasMessageContaining("eventId")
                .hasMessageContaining("2000000000");
    }

    @Test
    void a138ByteRecordWhoseArrayClaimsABillionItemsIsRejectedWithoutAllocatingThem() {
        // CaseOpened of the released v1: the envelope's fields, then the payload branch up to its subjects array
        assertThat(RELEASED_V1.getField("payload").schema().getTypes().get(0).getName()).isEqualTo("CaseOpened");
        byte[] body = avroBody(encoder -> {
            encoder.writeString("event-1");        // eventId
            encoder.writeString("case-1");         // caseId
            encoder.writeLong(0);                  // occurredAt
            encoder.writeLong(0);                  // recordedAt
            encoder.writeString("intake-service"); // producer
            encoder.writeIndex(0);                 // causationId: null
            encoder.writeIndex(0);                 // correlationId: null
            encoder.writeIndex(0);                 // payload: CaseOpened
            encoder.writeString("REF-1");          // caseReference
            encoder.writeInt(20_000);              // openedOn
            encoder.writeEnum(0);                  // procedure
            encoder.writeEnum(0);                  // origin
            encoder.writeArrayStart();
            encoder.setItemCount(1_000_000_000L);  // subjects: a billion items claimed
        });
        byte[] record = singleObject(RELEASED_V1, Arrays.copyOf(body, 128));
        assertThat(record).hasSize(138);

        Decoded decoded = decode(record);

        assertThat(decoded.allocatedBytes()).as("bytes allocated while decoding").isLessThan(MOST_A_DECODE_MAY_ALLOCATE);
        assertThat(decoded.thrown()).isInstanceOf(SerializationException.class)
                .hasMessageContaining(Topics.CASE_EVENTS.name())
                .hasMessageContaining("field payload.subjects claims")
                .hasMessageContaining("1000000000");
    }

    @Test
    void aNegativeStringLengthIsRejectedWithItsReason() {
        byte[] body = new byte[18];
        writeLong(body, 0, -5L);

        Throwable thrown = catchThrowable(() -> Topics.CASE_EVENTS.decode(singleObject(RELEASED_V1, body)));

        assertThat(thrown).isInstanceOf(SerializationException.class).hasMessageContaining("eventId").hasMessageContaining("-5");
    }

    @Test
    void aRecordLargerThanTheMaximumRecordSizeIsRejectedBeforeItIsRead() {
        byte[] record = Topics.CASE_EVENTS.encode(SampleEvents.caseOpened("case-" + "x".repeat(2000)));

        Throwable thrown = catchThrowable(() -> Topics.CASE_EVENTS.decode(record, 1024));

        assertThat(thrown).isInstanceOf(SerializationException.class)
                .hasMessageContaining("it has " + record.length + " bytes, more than the maximum record size of 1024 bytes");
    }

    @Test
    void aRecordOfExactlyTheMaximumSizeIsDecoded() {
        CaseEventEnvelope sent = SampleEvents.breachRecorded("case-1", new BigDecimal("128277.72"));
        byte[] record = Topics.CASE_EVENTS.encode(sent);

        assertThat(Topics.CASE_EVENTS.decode(record, record.length)).isEqualTo(sent);
    }

    @Test
    void theDefaultMaximumRecordSizeIsOneMebibyte() {
        byte[] record = Topics.CASE_EVENTS.encode(SampleEvents.caseOpened("case-" + "x".repeat(1024 * 1024)));

        assertThat(catchThrowable(() -> Topics.CASE_EVENTS.decode(record)))
                .hasMessageContaining("more than the maximum record size of 1048576 bytes");
    }

    @Test
    void anErrorThrownWhileDecodingBecomesASerializationExceptionWithItsReason() {
        GenericData failingModel = new GenericData() {
            @Override
            public Object newRecord(Object old, Schema schema) {
                throw new StackOverflowError("the reader recursed too deep");
            }
        };
        Schema schema = Topics.CASE_EVENTS.schema();
        AvroSingleObjectSerde<GenericRecord> serde =
                new AvroSingleObjectSerde<>(Topics.CASE_EVENTS.name(), failingModel, schema, List.of(schema));
        byte[] record = Topics.CASE_EVENTS.encode(SampleEvents.caseOpened("case-1"));

        Throwable thrown = catchThrowable(() -> serde.decode(record));

        assertThat(thrown).isInstanceOf(SerializationException.class)
                .hasMessageContaining("the reader recursed too deep")
                .hasCauseInstanceOf(StackOverflowError.class);
    }

    private record Decoded(Throwable thrown, long allocatedBytes) {
    }

    /** Decodes on this thread and measures what this thread allocated meanwhile (not a timing: a byte count). */
    private static Decoded decode(byte[] record) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Throwable thrown = catchThrowable(() -> Topics.CASE_EVENTS.decode(record));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        return new Decoded(thrown, allocated);
    }

    static byte[] singleObject(Schema writer, byte[] body) {
        ByteBuffer buffer = ByteBuffer.allocate(10 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0xC3).put((byte) 0x01).putLong(AvroSingleObjectSerde.fingerprint(writer)).put(body);
        return buffer.array();
    }

    /** Avro's zig-zag varint of {@code value} at {@code offset}; returns the offset after it. */
    private static int writeLong(byte[] into, int offset, long value) {
        byte[] encoded = avroBody(encoder -> encoder.writeLong(value));
        System.arraycopy(encoded, 0, into, offset, encoded.length);
        return offset + encoded.length;
    }

    private interface BodyWriter {
        void write(BinaryEncoder encoder) throws IOException;
    }

    private static byte[] avroBody(BodyWriter writer) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
