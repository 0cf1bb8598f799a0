package org.sanctionsplatform.support.testapp;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;

@KafkaListener(groupId = "support-test", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
class SeenEventsListener {

    private final InboundEvents inbound;
    private final JdbcOperations jdbc;

    SeenEventsListener(InboundEvents inbound, JdbcOperations jdbc) {
        this.inbound = inbound;
        this.jdbc = jdbc;
    }

    @Topic(Topics.CASE_EVENTS_NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.process("support-test", Topics.CASE_EVENTS, record, event -> {
            if (event.getCaseId().startsWith("poison")) {
                throw new IllegalStateException("cannot handle case " + event.getCaseId());
            }
            jdbc.prepareStatement("insert into seen_event (event_id, case_id) values (?, ?)", s -> {
                try {
                    s.setString(1, event.getEventId());
                    s.setString(2, event.getCaseId());
                    return s.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        });
    }
}
