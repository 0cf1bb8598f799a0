package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sanctionsplatform.support.CaseEventsTraffic.deadLetterFor;
import static org.sanctionsplatform.support.CaseEventsTraffic.envelope;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * A record that cannot be dead-lettered must not be skipped: the consumer keeps it (and everything behind it on its
 * partition) until the dead-letter topic accepts it. That stuck consumer must be visible: readiness turns DOWN once
 * it has lasted longer than {@code sep.loops.unhealthy-after}, and UP again when the record goes through.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterOutageTest implements TestPropertyProvider {

    private CaseEventsTraffic traffic;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        String jdbcUrl = pg.createDatabase("dlqoutage");
        traffic = new CaseEventsTraffic(jdbcUrl);
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "sep.loops.unhealthy-after", "1s"));
    }

    @AfterAll
    void restoreTheDeadLetterTopic() {
        acceptRecordsOnTheDeadLetterTopicUpTo(null);
        traffic.close();
    }

    @Test
    void aConsumerThatCannotDeadLetterARecordKeepsItTurnsReadinessDownAndRecoversWhenTheDeadLetterTopicAcceptsIt() {
        await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);
        acceptRecordsOnTheDeadLetterTopicUpTo("64");
        await().atMost(Duration.ofSeconds(30)).until(DeadLetterOutageTest::theDeadLetterTopicRefusesARecord);
        CaseEventEnvelope failing = envelope("poison-" + UUID.randomUUID());
        traffic.send(failing);
        CaseEventEnvelope behind = envelope("after-" + failing.getCaseId());
        traffic.send(failing.getCaseId(), Topics.CASE_EVENTS.encode(behind));

        await().atMost(Duration.ofSeconds(60)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 503);
        HealthProbe readiness = HealthProbe.get(http, "/health/readiness");
        assertThat(readiness.indicator("kafkaConsumers")).as(readiness.text()).containsEntry("status", "DOWN");
        assertThat(readiness.indicatorDetails("kafkaConsumers").get("deadLettering")).asString()
                .contains("support-test " + Topics.CASE_EVENTS.name()).contains("CANNOT_DEAD_LETTER")
                .contains("larger than the max message size");
        assertThat(readiness.text()).doesNotContain("\tat ");
        assertThat(traffic.seen(behind.getCaseId())).as("the record behind the stuck one").isZero();

        acceptRecordsOnTheDeadLetterTopicUpTo(null);

        deadLetterFor(failing.getCaseId());
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.seen(behind.getCaseId()) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> HealthProbe.get(http, "/health/readiness").status() == 200);
    }

    private static boolean theDeadLetterTopicRefusesARecord() {
        try (KafkaProducer<String, byte[]> producer = KafkaFixture.shared().newProducer()) {
            producer.send(new ProducerRecord<>(Topics.CASE_EVENTS.dlq(), "probe-" + UUID.randomUUID(), new byte[256]))
                    .get(30, TimeUnit.SECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof RecordTooLargeException;
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the dead-letter topic's {@code max.message.bytes}, or back to the broker's default when null. */
    private static void acceptRecordsOnTheDeadLetterTopicUpTo(String maxMessageBytes) {
        ConfigResource dlq = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CASE_EVENTS.dlq());
        AlterConfigOp op = maxMessageBytes == null
                ? new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes), AlterConfigOp.OpType.SET);
        try {
            KafkaFixture.shared().admin().incrementalAlterConfigs(Map.of(dlq, List.of(op))).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot change " + dlq, e);
        }
    }
}
