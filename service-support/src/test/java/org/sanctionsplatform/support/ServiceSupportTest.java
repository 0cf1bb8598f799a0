package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseClosureReason;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.DeadLetters;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/** The outbox, idempotent consumption, dead letters and problem+json on a real broker and PostgreSQL. */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceSupportTest implements TestPropertyProvider {

    private String jdbcUrl;
    private KafkaProducer<String, byte[]> producer;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("support");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                // the relay never polls in this test: events leave because their transaction's commit wakes it
                "sep.outbox.relay-interval", "1h",
                "sep.outbox.initial-delay", "1h"));
    }

    @AfterAll
    void closeProducer() {
        if (producer != null) {
            producer.close();
        }
    }

    /** The relay publishes as soon as the transaction commits, not at its next polling round (an hour away here). */
    @Test
    void aRowAndItsEventCommitTogetherAndTheRelayPublishesTheEvent() {
        String id = http.toBlocking().retrieve(HttpRequest.POST("/widgets", Map.of("name", "first widget", "amount", 3)));

        List<CaseEventEnvelope> events = eventsFor(id, 1);
        assertThat(events).singleElement().satisfies(e -> assertThat(((CaseClosed) e.getPayload()).getNotes()).isEqualTo("first widget"));
        assertThat(count("select count(*) from widget where id = '" + id + "'")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from outbox_event where sent_at is null") == 0);
    }

    /** Events appended together (Outbox#appendAll, one JDBC batch) leave in the order given, woken by the commit too. */
    @Test
    void eventsAppendedTogetherAreRelayedInTheirOrderOnceTheTransactionCommits() {
        String id = http.toBlocking().retrieve(HttpRequest.POST("/widgets/batch", Map.of("name", "part", "amount", 3)));

        assertThat(eventsFor(id, 3)).extracting(e -> ((CaseClosed) e.getPayload()).getNotes())
                .containsExactly("part 1", "part 2", "part 3");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from outbox_event where sent_at is null") == 0);
    }

    @Test
    void whenTheTransactionRollsBackNeitherTheRowNorTheEventExists() throws SQLException {
        long outboxBefore = count("select count(*) from outbox_event");

        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/widgets", Map.of("name", "explode-after-write"))));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR.getCode());
        assertThat(count("select count(*) from widget where name = 'explode-after-write'")).isZero();
        assertThat(count("select count(*) from outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void invalidInputIsAProblemJsonNamingEachFieldAndWritesNothing() {
        long widgetsBefore = count("select count(*) from widget");

        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/widgets", Map.of("name", " ", "amount", -1)), Argument.of(String.class), Argument.of(Map.class)));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getContentType()).map(MediaType::toString).contains("application/problem+json");
        Map<String, Object> problem = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        assertThat(problem).containsEntry("status", 400).containsEntry("instance", "/widgets");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> violations = (List<Map<String, String>>) problem.get("violations");
        assertThat(violations).extracting(v -> v.get("field")).containsExactlyInAnyOrder("name", "amount");
        assertThat(violations).allSatisfy(v -> assertThat(v.get("reason")).isNotBlank());
        assertThat(count("select count(*) from widget")).isEqualTo(widgetsBefore);
    }

    @Test
    void unknownRoutesMalformedJsonAndMissingResourcesAreProblemJson() {
        HttpClientResponseException notFound = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/no-such-route"), Argument.of(String.class), Argument.of(Map.class)));
        assertThat(notFound.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(notFound.getResponse().getContentType()).map(MediaType::toString).contains("application/problem+json");

        HttpClientResponseException missing = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/widgets/w-1"), Argument.of(String.class), Argument.of(Map.class)));
        assertThat(missing.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(missing.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow())
                .containsEntry("detail", "no widget w-1");

        HttpClientResponseException malformed = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/widgets", "{\"name\": ").contentType(MediaType.APPLICATION_JSON_TYPE),
                        Argument.of(String.class), Argument.of(Map.class)));
        assertThat(malformed.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(malformed.getResponse().getContentType()).map(MediaType::toString).contains("application/problem+json");
        assertThat(onlyViolation(malformed)).containsEntry("field", "body")
                .hasEntrySatisfying("reason", r -> assertThat(r).startsWith("is not valid JSON: ").doesNotContain("Source"));
    }

    @Test
    void aBodyOrValueOfTheWrongTypeIsNamedInWordsNotInTheJsonLibrarysInternals() {
        HttpClientResponseException array = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/widgets", "[]").contentType(MediaType.APPLICATION_JSON_TYPE),
                        Argument.of(String.class), Argument.of(Map.class)));
        assertThat(array.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(onlyViolation(array)).containsEntry("field", "body")
                .containsEntry("reason", "has an array where an object is expected, at line 1, column 2");

        HttpClientResponseException size = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/widgets?size=lots"), Argument.of(String.class), Argument.of(Map.class)));
        assertThat(size.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(size.getResponse().getContentType()).map(MediaType::toString).contains("application/problem+json");
        assertThat(onlyViolation(size)).containsEntry("field", "size")
                .hasEntrySatisfying("reason", r -> assertThat(r).startsWith("must be a whole number"));
    }

    @Test
    void anUnexpectedFailureIsA500ProblemThatShowsNoMessageSqlOrStackTrace() {
        for (String path : List.of("/widgets/broken", "/widgets/asserted")) {
            HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(HttpRequest.GET(path), Argument.of(String.class), Argument.of(String.class)));

            assertThat(e.getStatus().getCode()).as(path).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR.getCode());
            assertThat(e.getResponse().getContentType()).map(MediaType::toString).contains("application/problem+json");
            String body = e.getResponse().getBody(String.class).orElseThrow();
            assertThat(body).as(path).contains("\"status\":500")
                    .doesNotContain("select").doesNotContain("secret_column").doesNotContain("SQL")
                    .doesNotContain("WidgetController").doesNotContain("org.sanctionsplatform")
                    .doesNotContain("Exception").doesNotContain("Error:").doesNotContain("\tat ");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> onlyViolation(HttpClientResponseException e) {
        Map<String, Object> problem = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        List<Map<String, String>> violations = (List<Map<String, String>>) problem.get("violations");
        assertThat(violations).as(problem.toString()).hasSize(1);
        return violations.get(0);
    }

    @Test
    void undecodableBytesGoToTheDeadLetterTopicWithTheReasonAndTheNextRecordIsStillProcessed() {
        String poisonKey = "garbage-" + UUID.randomUUID();
        send(poisonKey, "this is not avro".getBytes(StandardCharsets.UTF_8));
        CaseEventEnvelope good = envelope("after-garbage-" + UUID.randomUUID());
        send(good.getCaseId(), Topics.CASE_EVENTS.encode(good));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(poisonKey);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("this is not avro");
        assertThat(header(dead, DeadLetters.ERROR_CLASS)).isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).contains("not Avro single-object encoding");
        assertThat(header(dead, DeadLetters.SOURCE_TOPIC)).isEqualTo(Topics.CASE_EVENTS.name());
        assertThat(header(dead, DeadLetters.SOURCE_PARTITION)).matches("\\d+");
        assertThat(header(dead, DeadLetters.SOURCE_OFFSET)).matches("\\d+");
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from seen_event where case_id = '" + good.getCaseId() + "'") == 1);
    }

    @Test
    void aRedeliveredEventIsProcessedOnce() {
        CaseEventEnvelope event = envelope("twice-" + UUID.randomUUID());
        byte[] bytes = Topics.CASE_EVENTS.encode(event);
        send(event.getCaseId(), bytes);
        send(event.getCaseId(), bytes);
        CaseEventEnvelope marker = envelope(event.getCaseId());
        send(marker.getCaseId(), Topics.CASE_EVENTS.encode(marker));

        // the marker shares the partition, so once it is seen both copies have been consumed
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from seen_event where event_id = '" + marker.getEventId() + "'") == 1);
        assertThat(count("select count(*) from seen_event where event_id = '" + event.getEventId() + "'")).isEqualTo(1);
    }

    @Test
    void anEventTheHandlerKeepsFailingOnIsDeadLetteredAfterItsRetries() {
        CaseEventEnvelope poison = envelope("poison-" + UUID.randomUUID());
        send(poison.getCaseId(), Topics.CASE_EVENTS.encode(poison));
        CaseEventEnvelope next = envelope("after-poison-" + UUID.randomUUID());
        send(next.getCaseId(), Topics.CASE_EVENTS.encode(next));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(poison.getCaseId());
        assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).isEqualTo("cannot handle case " + poison.getCaseId());
        assertThat(header(dead, DeadLetters.ERROR_CLASS)).isEqualTo(IllegalStateException.class.getName());
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from seen_event where case_id = '" + next.getCaseId() + "'") == 1);
        assertThat(count("select count(*) from processed_event where event_id = '" + poison.getEventId() + "'")).isZero();
    }

    private List<CaseEventEnvelope> eventsFor(String caseId, int expected) {
        List<CaseEventEnvelope> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : KafkaFixture.shared().readAll(Topics.CASE_EVENTS.name(), Duration.ofSeconds(20),
                rec -> caseId.equals(rec.key()), expected)) {
            found.add(Topics.CASE_EVENTS.decode(r.value()));
        }
        return found;
    }

    private ConsumerRecord<String, byte[]> deadLetterFor(String key) {
        List<ConsumerRecord<String, byte[]>> dead = KafkaFixture.shared().readAll(Topics.CASE_EVENTS.dlq(), Duration.ofSeconds(30),
                rec -> key.equals(rec.key()), 1);
        assertThat(dead).as("dead letter for %s", key).hasSize(1);
        return dead.get(0);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private void send(String key, byte[] value) {
        if (producer == null) {
            producer = new KafkaProducer<>(KafkaFixture.shared().producerProps(), new StringSerializer(), new ByteArraySerializer());
        }
        try {
            producer.send(new ProducerRecord<>(Topics.CASE_EVENTS.name(), key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CaseEventEnvelope envelope(String caseId) {
        return CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setCaseId(caseId)
                .setOccurredAt(Instant.parse("2026-05-01T09:00:00Z")).setRecordedAt(Instant.parse("2026-05-01T09:00:01Z"))
                .setProducer("support-test")
                .setPayload(CaseClosed.newBuilder().setClosedOn(LocalDate.of(2026, 5, 1)).setReason(CaseClosureReason.OTHER).build())
                .build();
    }

    private long count(String sql) {
        PostgresFixture pg = PostgresFixture.shared();
        try (Connection c = DriverManager.getConnection(jdbcUrl, pg.username(), pg.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
