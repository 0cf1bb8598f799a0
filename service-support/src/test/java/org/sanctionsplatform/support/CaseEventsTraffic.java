package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseClosureReason;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.AvroSingleObjectSerde;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * Records for the test application's case-events consumer on the shared broker, their dead letters, and counts in
 * the test's PostgreSQL database: the fixtures of the error-strategy tests.
 */
final class CaseEventsTraffic implements AutoCloseable {

    private final String jdbcUrl;
    private KafkaProducer<String, byte[]> producer;

    CaseEventsTraffic(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static CaseEventEnvelope envelope(String caseId) {
        return envelope(caseId, null);
    }

    static CaseEventEnvelope envelope(String caseId, String notes) {
        return CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setCaseId(caseId)
                .setOccurredAt(Instant.parse("2026-05-01T09:00:00Z")).setRecordedAt(Instant.parse("2026-05-01T09:00:01Z"))
                .setProducer("support-test")
                .setPayload(CaseClosed.newBuilder().setClosedOn(LocalDate.of(2026, 5, 1)).setReason(CaseClosureReason.OTHER)
                        .setNotes(notes).build())
                .build();
    }

    /** 28 bytes: a released schema's header, then an eventId whose length claims 2,000,000,000 bytes. */
    static byte[] stringClaimingTwoBillionBytes() {
        byte[] body = new byte[18];
        byte[] length = avro(encoder -> encoder.writeLong(2_000_000_000L));
        System.arraycopy(length, 0, body, 0, length.length);
        Arrays.fill(body, length.length, body.length, (byte) 'x');
        return singleObject(releasedV1(), body);
    }

    /** 138 bytes: a released schema's CaseOpened whose subjects array claims 1,000,000,000 items. */
    static byte[] arrayClaimingABillionItems() {
        byte[] body = avro(encoder -> {
            encoder.writeString("event-1");
            encoder.writeString("case-1");
            encoder.writeLong(0);
            encoder.writeLong(0);
            encoder.writeString("intake-service");
            encoder.writeIndex(0);
            encoder.writeIndex(0);
            encoder.writeIndex(0);                 // payload: CaseOpened
            encoder.writeString("REF-1");
            encoder.writeInt(20_000);
            encoder.writeEnum(0);
            encoder.writeEnum(0);
            encoder.writeArrayStart();
            encoder.setItemCount(1_000_000_000L);  // subjects
        });
        return singleObject(releasedV1(), Arrays.copyOf(body, 128));
    }

    private static Schema releasedV1() {
        return Topics.CASE_EVENTS.releasedSchemas().get(0);
    }

    private static byte[] singleObject(Schema writer, byte[] body) {
        ByteBuffer buffer = ByteBuffer.allocate(10 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0xC3).put((byte) 0x01).putLong(AvroSingleObjectSerde.fingerprint(writer)).put(body);
        return buffer.array();
    }

    private interface BodyWriter {
        void write(BinaryEncoder encoder) throws IOException;
    }

    private static byte[] avro(BodyWriter writer) {
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

    void send(CaseEventEnvelope event) {
        send(event.getCaseId(), Topics.CASE_EVENTS.encode(event));
    }

    void send(String key, byte[] value) {
        if (producer == null) {
            producer = KafkaFixture.shared().newProducer();
        }
        try {
            producer.send(new ProducerRecord<>(Topics.CASE_EVENTS.name(), key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send the test record " + key, e);
        }
    }

    /** Sends the events as one burst (the producer batches them), so the consumer polls many at once. */
    void sendBurst(List<CaseEventEnvelope> events) {
        sendRecords(events.stream().map(event -> new ProducerRecord<>(Topics.CASE_EVENTS.name(), event.getCaseId(),
                Topics.CASE_EVENTS.encode(event))).toList());
    }

    /** Sends the records, of any topics, as one burst, and waits until the broker has every one. */
    void sendRecords(List<ProducerRecord<String, byte[]>> records) {
        if (producer == null) {
            producer = KafkaFixture.shared().newProducer();
        }
        List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
        for (ProducerRecord<String, byte[]> record : records) {
            sent.add(producer.send(record));
        }
        producer.flush();
        for (java.util.concurrent.Future<?> f : sent) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot send the test burst", e);
            }
        }
    }

    /** The event ids the handler saw for a case, in the order it saw them. */
    List<String> seenInOrder(String caseId) {
        return strings("select event_id from seen_event where case_id = ? order by seen_order", caseId);
    }

    /** The first column of the rows {@code sql} answers with these parameters, in its order. */
    List<String> strings(String sql, String... parameters) {
        PostgresFixture pg = PostgresFixture.shared();
        try (Connection c = DriverManager.getConnection(jdbcUrl, pg.username(), pg.password());
             java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<String> values = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ConsumerRecord<String, byte[]> deadLetterFor(String key) {
        List<ConsumerRecord<String, byte[]>> dead = KafkaFixture.shared().readAll(Topics.CASE_EVENTS.dlq(), Duration.ofSeconds(60),
                rec -> key.equals(rec.key()), 1);
        assertThat(dead).as("dead letter for %s", key).hasSize(1);
        return dead.get(0);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    long seen(String caseId) {
        return count("select count(*) from seen_event where case_id = '" + caseId + "'");
    }

    long count(String sql) {
        PostgresFixture pg = PostgresFixture.shared();
        try (Connection c = DriverManager.getConnection(jdbcUrl, pg.username(), pg.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        PostgresFixture pg = PostgresFixture.shared();
        try (Connection c = DriverManager.getConnection(jdbcUrl, pg.username(), pg.password())) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
