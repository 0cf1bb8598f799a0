package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseOrigin;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.schemas.AvroSingleObjectSerde;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.schemas.avro.Fingerprints;
import org.sanctionsplatform.schemas.avro.HttpSchemaStore;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * A consumer built on an older schema keeps reading what a newer producer writes (issue 11.7): every service serves
 * each released schema by its fingerprint, anonymously, and schemas-avro's HttpSchemaStore fetches an unknown writer
 * schema from there. A decoder that knows only case-events v1 decodes none of two records written with v2 on its own,
 * and both with the resolver against this service's real HTTP endpoint.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaByFingerprintTest implements TestPropertyProvider {

    private static final String TOPIC = Topics.CASE_EVENTS.name();

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("schemas"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @Test
    void aConsumerThatKnowsOnlyV1ReadsRecordsWrittenWithV2ThroughTheResolverAndNoneWithoutIt() throws Exception {
        List<Schema> history = Topics.CASE_EVENTS.releasedSchemas();
        Schema v1 = history.get(0);
        Schema v2 = history.get(1);
        assertThat(Fingerprints.of(v2)).isNotEqualTo(Fingerprints.of(v1));
        List<CaseEventEnvelope> events = List.of(caseOpened("case-a"), caseOpened("case-b"));
        List<byte[]> writtenWithV2 = new ArrayList<>();
        for (CaseEventEnvelope event : events) {
            writtenWithV2.add(writtenWith(v2, event));
        }

        AvroSingleObjectSerde<GenericRecord> v1Only = new AvroSingleObjectSerde<>(TOPIC, GenericData.get(), v1, List.of(v1));
        for (byte[] record : writtenWithV2) {
            assertThatThrownBy(() -> v1Only.decode(record)).isInstanceOf(SerializationException.class)
                    .hasMessageContaining("unknown writer schema fingerprint 0x" + Fingerprints.hex(Fingerprints.of(v2)));
        }

        HttpSchemaStore resolver = new HttpSchemaStore(List.of(URI.create(server.getURL().toString())), Duration.ofSeconds(10));
        AvroSingleObjectSerde<GenericRecord> v1Resolving =
                new AvroSingleObjectSerde<>(TOPIC, GenericData.get(), v1, List.of(v1), resolver);
        List<GenericRecord> read = writtenWithV2.stream().map(v1Resolving::decode).toList();
        assertThat(read).hasSize(2);
        for (int i = 0; i < 2; i++) {
            GenericRecord envelope = read.get(i);
            assertThat(envelope.getSchema()).isEqualTo(v1);
            assertThat(envelope.get("eventId")).hasToString(events.get(i).getEventId());
            GenericRecord subject = (GenericRecord) ((List<?>) ((GenericRecord) envelope.get("payload")).get("subjects")).get(0);
            assertThat(subject.get("name")).hasToString("Subject of " + events.get(i).getCaseId());
            assertThat(subject.getSchema().getField("priorFixedPenaltyWarnings")).as("a v2 field, unknown to v1").isNull();
        }
    }

    @Test
    void aResolverRefusesToGuessWhenTheServerCannotBeAskedAndTheRecordIsNotMisread() throws Exception {
        Schema v1 = Topics.CASE_EVENTS.releasedSchemas().get(0);
        byte[] record = writtenWith(Topics.CASE_EVENTS.releasedSchemas().get(1), caseOpened("case-c"));
        HttpSchemaStore nowhere = new HttpSchemaStore(List.of(URI.create("http://127.0.0.1:9")), Duration.ofSeconds(2));
        AvroSingleObjectSerde<GenericRecord> v1Resolving =
                new AvroSingleObjectSerde<>(TOPIC, GenericData.get(), v1, List.of(v1), nowhere);
        assertThatThrownBy(() -> v1Resolving.decode(record)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("could not be fetched");
    }

    @Test
    void everyReleasedSchemaIsServedByItsFingerprintAnonymously() throws Exception {
        HttpResponse<String> list = get("/schemas");
        assertThat(list.statusCode()).isEqualTo(200);
        int released = Topics.all().stream().mapToInt(t -> t.releasedSchemas().size()).sum();
        for (var topic : Topics.all()) {
            for (Schema schema : topic.releasedSchemas()) {
                String fingerprint = Fingerprints.hex(Fingerprints.of(schema));
                assertThat(list.body()).contains("\"fingerprint\":\"" + fingerprint + "\"");
                HttpResponse<String> answer = get("/schemas/0x" + fingerprint);
                assertThat(answer.statusCode()).as(fingerprint).isEqualTo(200);
                assertThat(Fingerprints.of(new Schema.Parser().parse(answer.body()))).isEqualTo(Fingerprints.of(schema));
            }
        }
        assertThat(list.body().split("\"fingerprint\"")).hasSize(released + 1);
        assertThat(get("/schemas/0000000000000000").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = get("/schemas/not-a-fingerprint");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"fingerprint\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The event as a producer built on {@code writer} writes it: the current record read into that version, encoded. */
    private static byte[] writtenWith(Schema writer, CaseEventEnvelope event) throws IOException {
        byte[] current = Topics.CASE_EVENTS.encode(event);
        GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(Topics.CASE_EVENTS.schema(), writer);
        GenericRecord asWriter = reader.read(null, DecoderFactory.get().binaryDecoder(current, 10, current.length - 10, null));
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(asWriter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(encoded.array(), encoded.arrayOffset(), encoded.remaining());
        return out.toByteArray();
    }

    private static CaseEventEnvelope caseOpened(String caseId) {
        return CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setCaseId(caseId)
                .setOccurredAt(Instant.parse("2026-03-02T09:00:00Z")).setRecordedAt(Instant.parse("2026-03-02T09:00:01Z"))
                .setProducer("intake-service")
                .setPayload(CaseOpened.newBuilder().setCaseReference("REF-" + caseId).setOpenedOn(LocalDate.of(2026, 3, 2))
                        .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                        .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-" + caseId)
                                .setName("Subject of " + caseId).setSubjectType(SubjectType.LEGAL_PERSON).build()))
                        .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES).build())
                .build();
    }
}
