package org.sanctionsplatform.deadline.adapters.kafka;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.DeadlineEvents;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;

/** Deadline events go out through the transactional outbox, keyed by case id. */
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
    public void windowsChanged(List<WindowEvent> events, Causation causation) {
        Instant recordedAt = clock.instant();
        for (WindowEvent event : events) {
            mapper.toEnvelope(event, causation, recordedAt).ifPresent(envelope ->
                    outbox.append(Topics.DEADLINES, envelope.getCaseId(), envelope.getEventId(), envelope));
        }
    }
}
