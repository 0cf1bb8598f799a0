package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sanctionsplatform.support.CaseEventsTraffic.envelope;
import static org.sanctionsplatform.support.CaseEventsTraffic.header;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.deadlines.CalendarDivision;
import org.sanctionsplatform.events.deadlines.DeadlineCancelled;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.deadlines.WindowRef;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.DeadLetters;
import org.sanctionsplatform.support.testapp.MixedTopicsListener;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * One consumer of two topics applies a poll batch, whatever topics it holds, in one transaction
 * (InboundEvents#processBatch with several topics, as the publication service reads its three topics), on a real broker
 * and PostgreSQL: events of both topics are applied together, each once, each case's events of a topic in the order
 * published; the offsets of both topics are committed; a record that cannot be decoded and an event that keeps failing
 * go to their own topic's dead-letter topic, and the rest of their batch is applied.
 */
@MicronautTest(environments = {"support-test", MixedTopicsListener.ENVIRONMENT}, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MixedTopicsBatchTest implements TestPropertyProvider {

    private static final int CASES = 8;
    private static final int EVENTS_PER_TOPIC = 6;

    /** The test database's rows and the burst's producer. */
    private CaseEventsTraffic db;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        String jdbcUrl = pg.createDatabase("mixed");
        db = new CaseEventsTraffic(jdbcUrl);
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @AfterAll
    void closeTraffic() {
        db.close();
    }

    @Test
    void aBurstOfTwoTopicsIsAppliedTogetherOnceEachInOrderPerCaseAndBothTopicsAreCommitted() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> caseEventsOf = new LinkedHashMap<>();
        Map<String, List<String>> deadlinesOf = new LinkedHashMap<>();
        List<ProducerRecord<String, byte[]>> burst = new ArrayList<>();
        for (int k = 0; k < EVENTS_PER_TOPIC; k++) {
            for (int i = 0; i < CASES; i++) {
                String caseId = "mixed-" + run + "-" + i;
                CaseEventEnvelope caseEvent = envelope(caseId, "event " + k);
                DeadlineEventEnvelope deadline = deadline(caseId, "window " + k);
                caseEventsOf.computeIfAbsent(caseId, id -> new ArrayList<>()).add(caseEvent.getEventId());
                deadlinesOf.computeIfAbsent(caseId, id -> new ArrayList<>()).add(deadline.getEventId());
                burst.add(new ProducerRecord<>(Topics.CASE_EVENTS.name(), caseId, Topics.CASE_EVENTS.encode(caseEvent)));
                burst.add(new ProducerRecord<>(Topics.DEADLINES.name(), caseId, Topics.DEADLINES.encode(deadline)));
                if (k == 2) { // the same events again, as a relay retrying a batch sends them
                    burst.add(burst.get(burst.size() - 2));
                    burst.add(burst.get(burst.size() - 2));
                }
            }
        }

        db.sendRecords(burst);

        int expected = 2 * CASES * EVENTS_PER_TOPIC;
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from seen_mixed where case_id like ?",
                "mixed-" + run + "-%") == expected);
        caseEventsOf.forEach((caseId, ids) -> assertThat(seenInOrder(caseId, Topics.CASE_EVENTS.name()))
                .as("the case events of %s, once each, in the order published", caseId).isEqualTo(ids));
        deadlinesOf.forEach((caseId, ids) -> assertThat(seenInOrder(caseId, Topics.DEADLINES.name()))
                .as("the deadline events of %s, once each, in the order published", caseId).isEqualTo(ids));
        assertThat(count("select count(*) from (select tx from seen_mixed where case_id like ? group by tx "
                + "having count(distinct topic) = 2) both_topics", "mixed-" + run + "-%"))
                .as("transactions that applied events of both topics").isPositive();
        awaitCommittedToTheEnd();
    }

    @Test
    void anUndecodableRecordAndAFailingEventGoToTheirTopicsDeadLetterTopicsAndTheRestOfTheBatchIsApplied() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String good = "mixed-" + run + "-good";
        String poison = "mixedpoison-" + run;
        String garbage = "mixed-" + run + "-garbage";
        List<ProducerRecord<String, byte[]>> burst = new ArrayList<>();
        burst.add(new ProducerRecord<>(Topics.CASE_EVENTS.name(), good, Topics.CASE_EVENTS.encode(envelope(good, "before"))));
        burst.add(new ProducerRecord<>(Topics.DEADLINES.name(), garbage, "not an event".getBytes(StandardCharsets.UTF_8)));
        burst.add(new ProducerRecord<>(Topics.DEADLINES.name(), poison, Topics.DEADLINES.encode(deadline(poison, "poison"))));
        burst.add(new ProducerRecord<>(Topics.DEADLINES.name(), good, Topics.DEADLINES.encode(deadline(good, "after"))));
        burst.add(new ProducerRecord<>(Topics.CASE_EVENTS.name(), good, Topics.CASE_EVENTS.encode(envelope(good, "after"))));

        db.sendRecords(burst);

        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from seen_mixed where case_id = ?", good) == 3);
        ConsumerRecord<String, byte[]> undecodable = deadLetter(garbage);
        assertThat(new String(undecodable.value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
        assertThat(header(undecodable, DeadLetters.SOURCE_TOPIC)).isEqualTo(Topics.DEADLINES.name());
        ConsumerRecord<String, byte[]> failing = deadLetter(poison);
        assertThat(header(failing, DeadLetters.ERROR_MESSAGE)).contains("cannot handle the deadline event of case " + poison);
        assertThat(count("select count(*) from seen_mixed where case_id = ?", poison)).isZero();
        assertThat(KafkaFixture.shared().readAll(Topics.CASE_EVENTS.dlq(), Duration.ofSeconds(2),
                r -> r.key().startsWith("mixed") && r.key().contains(run), 1))
                .as("nothing of the case events dead-lettered").isEmpty();
        awaitCommittedToTheEnd();
    }

    private static DeadlineEventEnvelope deadline(String caseId, String windowId) {
        return DeadlineEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setCaseId(caseId)
                .setOccurredAt(Instant.parse("2026-05-01T09:00:00Z")).setRecordedAt(Instant.parse("2026-05-01T09:00:01Z"))
                .setProducer("support-test")
                .setPayload(DeadlineCancelled.newBuilder()
                        .setWindow(WindowRef.newBuilder().setWindowId(windowId).setKind(WindowKind.REPRESENTATIONS)
                                .setGuidanceSection("§11.2").setDivision(CalendarDivision.ENGLAND_AND_WALES).build())
                        .setReason("case closed").setDueDate(LocalDate.of(2026, 6, 1)).build())
                .build();
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String key) {
        List<ConsumerRecord<String, byte[]>> dead = KafkaFixture.shared().readAll(Topics.DEADLINES.dlq(),
                Duration.ofSeconds(60), r -> key.equals(r.key()), 1);
        assertThat(dead).as("dead letter for %s on %s", key, Topics.DEADLINES.dlq()).hasSize(1);
        return dead.get(0);
    }

    /** Until the group has committed every record of both topics (after the transaction of each batch). */
    private static void awaitCommittedToTheEnd() {
        Admin admin = KafkaFixture.shared().admin();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.CASE_EVENTS.name(), Topics.DEADLINES.name())).allTopicNames().get()
                    .forEach((topic, description) -> description.partitions().forEach(p -> latest.put(
                            new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            var ends = admin.listOffsets(latest).all().get();
            var committed = admin.listConsumerGroupOffsets(MixedTopicsListener.GROUP).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || (committed.get(end.getKey()) != null
                    && committed.get(end.getKey()).offset() >= end.getValue().offset()));
        });
    }

    private List<String> seenInOrder(String caseId, String topic) {
        return db.strings("select event_id from seen_mixed where case_id = ? and topic = ? order by seen_order", caseId, topic);
    }

    private long count(String sql, String parameter) {
        return Long.parseLong(db.strings(sql, parameter).get(0));
    }
}
