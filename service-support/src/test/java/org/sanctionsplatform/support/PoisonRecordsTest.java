package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sanctionsplatform.support.CaseEventsTraffic.deadLetterFor;
import static org.sanctionsplatform.support.CaseEventsTraffic.envelope;
import static org.sanctionsplatform.support.CaseEventsTraffic.header;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.DeadLetters;
import org.sanctionsplatform.support.testapp.HandlerAttempts;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * Nothing a record does stops the consumer: a decoding bomb, an oversized record, or a handler that throws an Error
 * or a checked exception is dead-lettered with its reason, and the record behind it on the same partition is still
 * processed. Runs in a heap the size of a service's (see the surefire configuration), so a bomb that were decoded
 * would be an OutOfMemoryError here as in production.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonRecordsTest implements TestPropertyProvider {

    private static final int MAX_RECORD_BYTES = 4096;

    private CaseEventsTraffic traffic;

    @Inject
    HandlerAttempts attempts;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        String jdbcUrl = pg.createDatabase("poison");
        traffic = new CaseEventsTraffic(jdbcUrl);
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "sep.consumer.max-record-bytes", Integer.toString(MAX_RECORD_BYTES)));
    }

    @AfterAll
    void closeTraffic() {
        traffic.close();
    }

    @Test
    void aRecordWhoseStringClaimsTwoBillionBytesIsDeadLetteredAndTheRecordBehindItIsProcessed() {
        String key = "string-bomb-" + UUID.randomUUID();
        traffic.send(key, CaseEventsTraffic.stringClaimingTwoBillionBytes());
        traffic.send(envelope(key));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(key);
        assertThat(dead.value()).hasSize(28);
        assertThat(header(dead, DeadLetters.ERROR_CLASS)).isEqualTo(SerializationException.class.getName());
        assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).contains("eventId").contains("2000000000");
        assertThat(header(dead, DeadLetters.CONSUMER)).isEqualTo("support-test");
        assertThat(header(dead, DeadLetters.SOURCE_TOPIC)).isEqualTo(Topics.CASE_EVENTS.name());
        await().atMost(Duration.ofSeconds(30)).until(() -> traffic.seen(key) == 1);
    }

    @Test
    void aRecordWhoseArrayClaimsABillionItemsIsDeadLetteredAndTheRecordBehindItIsProcessed() {
        String key = "array-bomb-" + UUID.randomUUID();
        traffic.send(key, CaseEventsTraffic.arrayClaimingABillionItems());
        traffic.send(envelope(key));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(key);
        assertThat(dead.value()).hasSize(138);
        assertThat(header(dead, DeadLetters.ERROR_CLASS)).isEqualTo(SerializationException.class.getName());
        assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).contains("subjects").contains("1000000000");
        await().atMost(Duration.ofSeconds(30)).until(() -> traffic.seen(key) == 1);
    }

    @Test
    void aRecordLargerThanTheConfiguredLimitIsDeadLetteredWithTheLimitInItsReason() {
        String key = "oversized-" + UUID.randomUUID();
        byte[] oversized = Topics.CASE_EVENTS.encode(envelope(key, "n".repeat(MAX_RECORD_BYTES)));
        traffic.send(key, oversized);
        traffic.send(envelope(key));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(key);
        assertThat(dead.value()).isEqualTo(oversized);
        assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).contains(Integer.toString(oversized.length))
                .contains(Integer.toString(MAX_RECORD_BYTES));
        await().atMost(Duration.ofSeconds(30)).until(() -> traffic.seen(key) == 1);
    }

    @Test
    void aHandlerThrowingAnAssertionErrorIsRetriedThenDeadLetteredAndTheConsumerMovesOn() {
        CaseEventEnvelope failing = envelope("assert-" + UUID.randomUUID());
        traffic.send(failing);
        CaseEventEnvelope next = envelope("after-" + failing.getCaseId());
        traffic.send(failing.getCaseId(), Topics.CASE_EVENTS.encode(next));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(failing.getCaseId());
        assertThat(header(dead, DeadLetters.ERROR_CLASS)).isEqualTo(AssertionError.class.getName());
        assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).contains("does not hold");
        // once in its poll batch (which then falls back to one record at a time), then sep.consumer.max-attempts (2) alone
        assertThat(attempts.of(failing.getCaseId())).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> traffic.seen(next.getCaseId()) == 1);
    }

    @Test
    void aHandlerThatOverflowsItsStackIsRetriedThenDeadLetteredAndTheConsumerMovesOn() {
        CaseEventEnvelope failing = envelope("overflow-" + UUID.randomUUID());
        traffic.send(failing);
        CaseEventEnvelope next = envelope("after-" + failing.getCaseId());
        traffic.send(failing.getCaseId(), Topics.CASE_EVENTS.encode(next));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(failing.getCaseId());
        assertThat(header(dead, DeadLetters.ERROR_CLASS)).isEqualTo(StackOverflowError.class.getName());
        assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).isEqualTo("StackOverflowError (no message)");
        assertThat(attempts.of(failing.getCaseId())).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> traffic.seen(next.getCaseId()) == 1);
    }

    @Test
    void aHandlerSneakilyThrowingACheckedExceptionIsRetriedThenDeadLetteredAndItsWritesAreRolledBack() {
        CaseEventEnvelope failing = envelope("checked-" + UUID.randomUUID());
        traffic.send(failing);
        CaseEventEnvelope next = envelope("after-" + failing.getCaseId());
        traffic.send(failing.getCaseId(), Topics.CASE_EVENTS.encode(next));

        ConsumerRecord<String, byte[]> dead = deadLetterFor(failing.getCaseId());
        assertThat(header(dead, DeadLetters.ERROR_CLASS)).isEqualTo(java.io.IOException.class.getName());
        assertThat(header(dead, DeadLetters.ERROR_MESSAGE)).isEqualTo("the archive refused case " + failing.getCaseId());
        assertThat(attempts.of(failing.getCaseId())).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> traffic.seen(next.getCaseId()) == 1);
        assertThat(traffic.seen(failing.getCaseId())).as("the failed handler's row").isZero();
        assertThat(traffic.count("select count(*) from processed_event where event_id = '" + failing.getEventId() + "'")).isZero();
    }
}
