package org.sanctionsplatform.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseOrigin;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.schemas.Topics;

/** Case events as intake publishes them, and a producer that puts them on the real broker, for the service's tests. */
public final class CaseEventsForTests {

    private CaseEventsForTests() {
    }

    public static String newCaseId() {
        return "case-" + UUID.randomUUID();
    }

    /** An envelope from intake-service with a fresh event id. */
    public static CaseEventEnvelope envelope(String caseId, Object payload) {
        Instant now = Instant.now();
        return CaseEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId)
                .setOccurredAt(now)
                .setRecordedAt(now)
                .setProducer("intake-service")
                .setPayload(payload)
                .build();
    }

    /** A case against one company, opened on 2 March 2026. */
    public static CaseEventEnvelope caseOpened(String caseId, CaseProcedure procedure, CalendarDivision division) {
        return envelope(caseId, CaseOpened.newBuilder()
                .setCaseReference("SEP-" + caseId.substring(5, 13))
                .setOpenedOn(LocalDate.of(2026, 3, 2))
                .setProcedure(procedure)
                .setOrigin(CaseOrigin.SELF_REPORT)
                .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Example Trading Ltd")
                        .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                .setCalendarDivision(division)
                .build());
    }

    /** Publishes to the case-events and assessments topics, keyed by case id, waiting for each acknowledgement. */
    public static final class Publisher implements AutoCloseable {

        private final KafkaProducer<String, byte[]> producer;

        public Publisher(String bootstrapServers) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }

        public void publish(CaseEventEnvelope event) {
            send(new ProducerRecord<>(Topics.CASE_EVENTS.name(), event.getCaseId(), Topics.CASE_EVENTS.encode(event)),
                    event.getEventId());
        }

        public void publish(AssessmentEventEnvelope event) {
            send(new ProducerRecord<>(Topics.ASSESSMENTS.name(), event.getCaseId(), Topics.ASSESSMENTS.encode(event)),
                    event.getEventId());
        }

        private void send(ProducerRecord<String, byte[]> record, String eventId) {
            try {
                producer.send(record).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot publish " + eventId, e);
            }
        }

        @Override
        public void close() {
            producer.close();
        }
    }
}
