package org.sanctionsplatform.intake.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.sanctionsplatform.intake.domain.EventRecorder;

/** Builds intake's domain services from plain constructors (STYLE 6). */
@Factory
class IntakeFactory {

    /** Stamps events and answers "today" from the one injected clock. */
    @Singleton
    EventRecorder eventRecorder(Clock clock) {
        return new EventRecorder(clock);
    }
}
