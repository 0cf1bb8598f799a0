package org.sanctionsplatform.deadline.timers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.DeadlineTimers;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.support.audit.Actor;

/** Hands window events to the timers port in a transaction, as CaseDeadlines does. */
@Singleton
class WindowChanges {

    private final DeadlineTimers timers;

    WindowChanges(DeadlineTimers timers) {
        this.timers = timers;
    }

    @Transactional
    public void changed(String causeEventId, WindowEvent... events) {
        timers.windowsChanged(List.of(events), new Causation(causeEventId, Optional.empty(), Instant.EPOCH));
    }

    /** The same, caused by a case event a person caused. */
    @Transactional
    public void changedBy(Actor actor, String causeEventId, WindowEvent... events) {
        timers.windowsChanged(List.of(events), new Causation(causeEventId, Optional.empty(), Instant.EPOCH,
                Optional.of(actor)));
    }
}
