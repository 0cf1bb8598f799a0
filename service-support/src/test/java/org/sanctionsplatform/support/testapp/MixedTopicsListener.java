package org.sanctionsplatform.support.testapp;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.List;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;

/**
 * One consumer of two topics (case events and deadlines) applying each poll batch, whatever topics it holds, in one
 * transaction (InboundEvents#processBatch with several topics), as the publication service reads its three. Records
 * each event in {@code seen_mixed} with its topic and the id of the transaction it was applied in; a deadline event of
 * a case whose id starts with {@code mixedpoison} throws. Only in the {@code support-mixed} environment. A fetch waits
 * up to 500 ms for 1 MiB, so that a burst of both topics comes in one poll.
 */
@Requires(env = MixedTopicsListener.ENVIRONMENT)
@KafkaListener(groupId = MixedTopicsListener.GROUP, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.DISABLED, batch = true,
        properties = {
            @Property(name = ConsumerConfig.FETCH_MIN_BYTES_CONFIG, value = "1048576"),
            @Property(name = ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, value = "500")})
public class MixedTopicsListener {

    public static final String ENVIRONMENT = "support-mixed";
    public static final String GROUP = "support-mixed";

    private final InboundEvents inbound;
    private final JdbcOperations jdbc;

    MixedTopicsListener(InboundEvents inbound, JdbcOperations jdbc) {
        this.inbound = inbound;
        this.jdbc = jdbc;
    }

    @Topic({Topics.CASE_EVENTS_NAME, Topics.DEADLINES_NAME})
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch(GROUP, List.of(Topics.CASE_EVENTS, Topics.DEADLINES), records, kafkaConsumer,
                events -> events.forEach(this::handle));
    }

    private void handle(SpecificRecordBase event) {
        String topic;
        String eventId;
        String caseId;
        if (event instanceof CaseEventEnvelope c) {
            topic = Topics.CASE_EVENTS.name();
            eventId = c.getEventId();
            caseId = c.getCaseId();
        } else if (event instanceof DeadlineEventEnvelope d) {
            topic = Topics.DEADLINES.name();
            eventId = d.getEventId();
            caseId = d.getCaseId();
            if (caseId.startsWith("mixedpoison")) {
                throw new IllegalStateException("cannot handle the deadline event of case " + caseId);
            }
        } else {
            throw new IllegalArgumentException("not an event of the two topics: " + event.getClass());
        }
        jdbc.prepareStatement("insert into seen_mixed (event_id, case_id, topic, tx) values (?, ?, ?, txid_current())", s -> {
            try {
                s.setString(1, eventId);
                s.setString(2, caseId);
                s.setString(3, topic);
                return s.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
