package org.sanctionsplatform.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;

class AvroSingleObjectSerdeTest {

    @Test
    void anEnvelopeRoundTripsWithItsMoneyDatesAndInstants() {
        CaseEventEnvelope sent = SampleEvents.breachRecorded("case-1", new BigDecimal("128277.72"));

        CaseEventEnvelope received = Topics.CASE_EVENTS.decode(Topics.CASE_EVENTS.encode(sent));

        assertThat(received).isEqualTo(sent);
        assertThat(((BreachRecorded) received.getPayload()).getEstimatedValue()).isEqualByComparingTo("128277.72");
    }

    @Test
    void theBytesAreSingleObjectEncodedWithTheWriterFingerprint() {
        byte[] bytes = Topics.CASE_EVENTS.encode(SampleEvents.caseOpened("case-1"));

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(fingerprint).isEqualTo(AvroSingleObjectSerde.fingerprint(Topics.CASE_EVENTS.schema()));
    }

    @Test
    void theBytesAreThoseOfAvrosOwnMessageEncoderAndItsDecoderReadsThem() throws IOException {
        CaseEventEnvelope opened = SampleEvents.caseOpened("case-7");
        CaseEventEnvelope breach = SampleEvents.breachRecorded("case-7", new BigDecimal("2500000.00"));

        assertThat(Topics.CASE_EVENTS.encode(opened)).isEqualTo(CaseEventEnvelope.getEncoder().encode(opened).array());
        assertThat(Topics.CASE_EVENTS.encode(breach)).isEqualTo(CaseEventEnvelope.getEncoder().encode(breach).array());
        assertThat(CaseEventEnvelope.getDecoder().decode(Topics.CASE_EVENTS.encode(breach))).isEqualTo(breach);
        assertThat(Topics.CASE_EVENTS.decode(CaseEventEnvelope.getEncoder().encode(breach).array())).isEqualTo(breach);
    }

    @Test
    void aRecordThatCannotBeEncodedLeavesNothingBehindForTheNext() throws IOException {
        CaseEventEnvelope incomplete = SampleEvents.breachRecorded("case-8", new BigDecimal("10.00"));
        ((BreachRecorded) incomplete.getPayload()).setRegulation(null); // required: fails half-way through the record

        assertThatThrownBy(() -> Topics.CASE_EVENTS.encode(incomplete)).isInstanceOf(SerializationException.class);

        CaseEventEnvelope next = SampleEvents.caseOpened("case-9");
        assertThat(Topics.CASE_EVENTS.encode(next)).isEqualTo(CaseEventEnvelope.getEncoder().encode(next).array());
    }

    @Test
    void anotherTeamDecodesOurTopicWithNothingButTheAvscFile() throws IOException {
        byte[] bytes = Topics.CASE_EVENTS.encode(SampleEvents.caseOpened("case-42"));
        Schema fromFile = new Schema.Parser().parse(Files.readString(Path.of("src/main/avro/case-events.avsc")));

        AvroSingleObjectSerde<GenericRecord> generic =
                new AvroSingleObjectSerde<>("enforcement.case-events.v1", GenericData.get(), fromFile, List.of(fromFile));
        GenericRecord record = generic.decode(bytes);

        assertThat(record.get("caseId").toString()).isEqualTo("case-42");
        assertThat(((GenericRecord) record.get("payload")).getSchema().getName()).isEqualTo("CaseOpened");
    }

    @Test
    void aVersion1RecordIsReadByAVersion2ReaderWithTheNewFieldsDefault() throws IOException {
        Schema v1 = Topics.CASE_EVENTS.schema();
        Schema v2 = withNewEnvelopeFieldAndEventBranch(v1);
        GenericRecord oldRecord = SampleEvents.caseOpened("case-7");
        byte[] writtenByV1 = Topics.CASE_EVENTS.encode((CaseEventEnvelope) oldRecord);

        AvroSingleObjectSerde<GenericRecord> v2Reader =
                new AvroSingleObjectSerde<>("enforcement.case-events.v1", GenericData.get(), v2, List.of(v1, v2));
        GenericRecord read = v2Reader.decode(writtenByV1);

        assertThat(read.getSchema()).isEqualTo(v2);
        assertThat(read.get("caseId").toString()).isEqualTo("case-7");
        assertThat(read.get("tenant").toString()).isEqualTo("ofsi");
        assertThat(SchemaEvolutionRules.violations(v1, v2)).isEmpty();
    }

    @Test
    void aRecordWithAnUnknownWriterFingerprintIsRejectedWithAClearError() throws IOException {
        Schema unknown = withNewEnvelopeFieldAndEventBranch(Topics.CASE_EVENTS.schema());
        GenericRecord record = new GenericData.Record(unknown);
        GenericRecord source = SampleEvents.caseOpened("case-9");
        for (Schema.Field f : Topics.CASE_EVENTS.schema().getFields()) {
            record.put(f.name(), source.get(f.name()));
        }
        record.put("tenant", "ofsi");
        byte[] bytes = new BinaryMessageEncoder<GenericRecord>(org.apache.avro.specific.SpecificData.getForClass(CaseEventEnvelope.class), unknown)
                .encode(record).array();

        assertThatThrownBy(() -> Topics.CASE_EVENTS.decode(bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("enforcement.case-events.v1")
                .hasMessageContaining("unknown writer schema fingerprint")
                .hasMessageContaining(AvroSingleObjectSerde.fingerprintOf(bytes));
    }

    @Test
    void bytesThatAreNotSingleObjectEncodedAreRejected() {
        assertThatThrownBy(() -> Topics.CASE_EVENTS.decode("not avro at all".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not Avro single-object encoding");
    }

    @Test
    void aTruncatedBodyIsRejected() {
        byte[] bytes = Topics.CASE_EVENTS.encode(SampleEvents.caseOpened("case-1"));
        byte[] truncated = java.util.Arrays.copyOf(bytes, 14);

        assertThatThrownBy(() -> Topics.CASE_EVENTS.decode(truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot decode");
    }

    /** v1 plus an envelope field with a default and a new event appended to the payload union. */
    static Schema withNewEnvelopeFieldAndEventBranch(Schema v1) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : v1.getFields()) {
            Schema type = f.schema();
            if (f.name().equals("payload")) {
                List<Schema> branches = new ArrayList<>(type.getTypes());
                branches.add(Schema.createRecord("CaseReopened", null, v1.getNamespace(), false,
                        List.of(new Schema.Field("reason", Schema.create(Schema.Type.STRING)))));
                type = Schema.createUnion(branches);
            }
            fields.add(new Schema.Field(f, type));
        }
        fields.add(new Schema.Field("tenant", Schema.create(Schema.Type.STRING), "added in v2", "ofsi"));
        return Schema.createRecord(v1.getName(), v1.getDoc(), v1.getNamespace(), false, fields);
    }

    @SuppressWarnings("unused")
    private static byte[] rawBody(Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
