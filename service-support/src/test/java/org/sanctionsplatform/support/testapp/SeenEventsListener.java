package org.sanctionsplatform.support.testapp;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;

/**
 * Records each case event in {@code seen_event}. The case id chooses a failure, for the tests of the error strategy:
 * {@code poison…} throws an IllegalStateException, {@code assert…} an AssertionError, {@code overflow…} overflows
 * its stack, {@code checked…} writes its row and then throws a checked IOException the compiler never saw, and
 * {@code slow…} writes its row and then takes 3 s, and {@code prerequisite…} needs its case's row in {@code prerequisite}
 * (a consumer's missing prerequisite, which an operator can supply before re-driving the dead letter).
 */
@KafkaListener(groupId = "support-test", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.DISABLED,
        batch = true)
class SeenEventsListener {

    private final InboundEvents inbound;
    private final JdbcOperations jdbc;
    private final HandlerAttempts attempts;

    SeenEventsListener(InboundEvents inbound, JdbcOperations jdbc, HandlerAttempts attempts) {
        this.inbound = inbound;
        this.jdbc = jdbc;
        this.attempts = attempts;
    }

    /** A poll batch in one transaction (InboundEvents#processBatch), as the services consume. */
    @Topic(Topics.CASE_EVENTS_NAME)
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch("support-test", Topics.CASE_EVENTS, records, kafkaConsumer, events -> {
            attempts.batch(events.stream().map(CaseEventEnvelope::getCaseId).toList());
            events.forEach(this::handle);
        });
    }

    private void handle(CaseEventEnvelope event) {
        {
            String caseId = event.getCaseId();
            attempts.entered(caseId);
            if (caseId.startsWith("poison")) {
                throw new IllegalStateException("cannot handle case " + caseId);
            }
            if (caseId.startsWith("assert")) {
                throw new AssertionError("the handler's assumption about case " + caseId + " does not hold");
            }
            if (caseId.startsWith("prerequisite") && !prerequisiteExists(caseId)) {
                throw new IllegalStateException("case " + caseId + " has no prerequisite yet");
            }
            if (caseId.startsWith("overflow")) {
                recurseForever(0);
            }
            insertSeen(event);
            if (caseId.startsWith("slow")) {
                pause(3_000); // long enough for a test to start closing the context while the batch is handled
            }
            if (caseId.startsWith("checked")) {
                throwUnchecked(new IOException("the archive refused case " + caseId));
            }
        }
    }

    private boolean prerequisiteExists(String caseId) {
        return jdbc.prepareStatement("select count(*) from prerequisite where case_id = ?", s -> {
            try {
                s.setString(1, caseId);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void insertSeen(CaseEventEnvelope event) {
        jdbc.prepareStatement("insert into seen_event (event_id, case_id) values (?, ?)", s -> {
            try {
                s.setString(1, event.getEventId());
                s.setString(2, event.getCaseId());
                return s.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int recurseForever(int depth) {
        return recurseForever(depth + 1) + 1;
    }

    /** Throws a checked exception through a lambda that does not declare it, as some frameworks and libraries do. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void throwUnchecked(Throwable t) throws E {
        throw (E) t;
    }
}
