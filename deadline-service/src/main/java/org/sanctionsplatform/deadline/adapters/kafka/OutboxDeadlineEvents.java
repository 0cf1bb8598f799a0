package org.sanctionsplatform.deadline.adapters.kafka;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.deadline.application.CaseChanges;
import org.sanctionsplatform.deadline.application.DeadlineEvents;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;

/** Deadline events go out through the transactional outbox, keyed by case id, a batch's in one JDBC batch, in order. */
@Singleton
class OutboxDeadlineEvents implements DeadlineEvents {

    private final Outbox outbox;
    private final DeadlineEventMapper mapper;
    private final Clock clock;

    OutboxDeadlineEvents(Outbox outbox, DeadlineEventMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void windowsChanged(List<CaseChanges.CausedEvent> events) {
        Instant recordedAt = clock.instant();
        List<Outbox.Pending<DeadlineEventEnvelope>> pending = new ArrayList<>(events.size());
        for (CaseChanges.CausedEvent caused : events) {
            mapper.toEnvelope(caused.event(), caused.causation(), recordedAt).ifPresent(envelope ->
                    pending.add(new Outbox.Pending<>(envelope.getCaseId(), envelope.getEventId(), envelope)));
        }
        outbox.appendAll(Topics.DEADLINES, pending);
    }
}
