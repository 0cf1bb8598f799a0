package org.sanctionsplatform.assessment.adapters.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import org.sanctionsplatform.assessment.application.AssessmentEvents;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.metrics.AfterCommit;
import org.sanctionsplatform.support.outbox.Outbox;

/** Publishes CaseAssessed through the transactional outbox, keyed by case id, a batch's events in one JDBC batch. */
@Singleton
class OutboxAssessmentEvents implements AssessmentEvents {

    /** Assessments made and committed, tagged with the seriousness level found (docs/observability.md). */
    static final String COMPUTED = "sep.assessments.computed";

    private final Outbox outbox;
    private final AfterCommit afterCommit;
    private final MeterRegistry registry;

    OutboxAssessmentEvents(Outbox outbox, AfterCommit afterCommit, MeterRegistry registry) {
        this.outbox = outbox;
        this.afterCommit = afterCommit;
        this.registry = registry;
    }

    @Override
    public void casesWereAssessed(List<Assessed> assessed) {
        List<Outbox.Pending<AssessmentEventEnvelope>> pending = assessed.stream()
                .map(a -> new Outbox.Pending<>(a.assessment().caseId(), a.eventId(),
                        CaseAssessedMapper.toEnvelope(a.assessment(), a.eventId(), a.cause(), a.assessedAt())))
                .toList();
        outbox.appendAll(Topics.ASSESSMENTS, pending);
        afterCommit.run(() -> assessed.forEach(a -> Counter.builder(COMPUTED)
                .description("Case assessments computed and committed, by seriousness level")
                .tag("level", a.assessment().level() == null ? "NOT_RATED" : a.assessment().level().name()).register(registry).increment()));
    }
}
