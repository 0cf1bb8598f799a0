package org.sanctionsplatform.deadline.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.RandomData;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionsplatform.deadline.adapters.kafka.view.AssessmentEventView;
import org.sanctionsplatform.deadline.application.InboundAssessment;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.audit.Actor;
import org.sanctionsplatform.testkit.Projections;

/**
 * Deadline reads {@code enforcement.assessments.v1} through its own projection of the schema
 * ({@code src/main/avro/assessment-view.avsc}): what it takes from a record must be exactly what the whole record says,
 * for records written with every released version of the topic's schema and the current one. The records: 200 random
 * ones per writer schema (Avro's {@code RandomData}, fixed seeds), written by Avro's generic writer with that schema's
 * fingerprint, as a producer of that release wrote them; compared with the same record as written, field by field.
 */
class AssessmentViewTest {

    static Stream<Schema> writerSchemas() {
        return Projections.writerSchemas(Topics.ASSESSMENTS).stream();
    }

    @ParameterizedTest
    @MethodSource("writerSchemas")
    void theViewReadsWhatEveryWriterWrote(Schema writer) throws IOException {
        int records = 0;
        int halved = 0;
        int escalated = 0;
        int withActor = 0;
        for (Object random : new RandomData(GenericData.get(), writer, 200, 20261201L + writer.hashCode())) {
            GenericRecord written = (GenericRecord) random;
            // ids as the platform writes them (the domain refuses a blank case id; RandomData's strings may be empty)
            written.put("caseId", "case-" + records + "-" + written.get("caseId"));
            written.put("eventId", "event-" + records + "-" + written.get("eventId"));
            byte[] bytes = Projections.singleObject(writer, written);

            AssessmentEventView read = AssessmentsListener.ASSESSMENTS.decode(bytes);
            Optional<InboundAssessment> inbound = AssessmentsListener.toDomain(read);

            GenericRecord payload = (GenericRecord) written.get("payload");
            GenericRecord fixed = (GenericRecord) payload.get("fixedPenalty");
            boolean halvedWindows = payload.getSchema().getField("halvedWindows") != null && (Boolean) payload.get("halvedWindows");
            boolean escalate = fixed != null && (Boolean) fixed.get("escalateToFullProcess");
            assertThat(inbound).isPresent();
            InboundAssessment a = inbound.orElseThrow();
            assertThat(a.caseId().value()).isEqualTo(written.get("caseId").toString());
            assertThat(a.causation().eventId()).isEqualTo(written.get("eventId").toString());
            assertThat(a.causation().correlationId()).isEqualTo(Optional.ofNullable(written.get("correlationId")).map(Object::toString));
            assertThat(a.causation().occurredAt()).isEqualTo(Instant.ofEpochMilli((Long) written.get("occurredAt")));
            assertThat(a.halvedWindows()).isEqualTo(halvedWindows ? Optional.of(true) : escalate ? Optional.of(false) : Optional.empty());
            GenericRecord actor = writer.getField("actor") == null ? null : (GenericRecord) written.get("actor");
            assertThat(a.causation().actor()).isEqualTo(Optional.ofNullable(actor == null ? null : new Actor(
                    actor.get("subject").toString(), actor.get("name").toString(), actor.get("role").toString())));
            records++;
            halved += halvedWindows ? 1 : 0;
            escalated += !halvedWindows && escalate ? 1 : 0;
            withActor += actor != null ? 1 : 0;
        }
        assertThat(records).isEqualTo(200);
        // each outcome was among them: halved, the full process, undecided; and, from v4 on, records with an actor
        assertThat(halved).isPositive();
        assertThat(escalated).isPositive();
        assertThat(records - halved - escalated).isPositive();
        assertThat(withActor > 0).isEqualTo(writer.getField("actor") != null);
    }

    @ParameterizedTest
    @MethodSource("writerSchemas")
    void everyFieldOfTheViewHoldsWhatTheRecordHolds(Schema writer) {
        assertThat(Projections.readRandom(AssessmentsListener.ASSESSMENTS, writer, 200, 42L + writer.hashCode(), r -> { }))
                .hasSize(200);
    }

    @Test
    void aRecordTheViewCannotReadIsRefusedWithTheReason() throws IOException {
        Schema writer = Topics.ASSESSMENTS.schema();
        byte[] bytes = Projections.singleObject(writer, (GenericRecord) new RandomData(GenericData.get(), writer, 1, 7L).iterator().next());

        byte[] truncated = Arrays.copyOf(bytes, 40);
        assertThatThrownBy(() -> AssessmentsListener.ASSESSMENTS.decode(truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("enforcement.assessments.v1");
        byte[] unknownWriter = bytes.clone();
        unknownWriter[5] ^= 0x5a;
        assertThatThrownBy(() -> AssessmentsListener.ASSESSMENTS.decode(unknownWriter))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown writer schema fingerprint");
    }

    @Test
    void aViewIsNotWritten() {
        AssessmentEventView view = AssessmentEventView.newBuilder().setEventId("e").setCaseId("c")
                .setOccurredAt(Instant.parse("2026-03-02T10:15:30Z"))
                .setPayload(org.sanctionsplatform.deadline.adapters.kafka.view.CaseAssessedView.newBuilder().build())
                .build();
        assertThatThrownBy(() -> AssessmentsListener.ASSESSMENTS.encode(view)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aViewThatCannotReadEveryReleasedVersionIsRefusedAtStartUp() {
        // the case events' envelope has no such records: the view cannot read them
        assertThatThrownBy(() -> Topics.CASE_EVENTS.readAs(AssessmentEventView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read every record of topic enforcement.case-events.v1");
    }
}
