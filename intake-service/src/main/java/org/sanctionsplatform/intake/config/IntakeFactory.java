package org.sanctionsplatform.intake.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.intake.domain.EventRecorder;
import org.sanctionsplatform.intake.domain.WindowRules;
import org.sanctionsplatform.support.events.EventIds;

/** Builds intake's domain services from plain constructors (STYLE 6). */
@Factory
class IntakeFactory {

    /**
     * Stamps events and answers "today" from the one injected clock; the events' ids are made in order on it
     * (EventIds: they are appended to the indexes of every service's processed events).
     */
    @Singleton
    EventRecorder eventRecorder(Clock clock) {
        return new EventRecorder(clock, EventIds.timeOrdered(clock));
    }

    /**
     * The shared window rules over the business calendars configured as in every service (service-support's
     * CalendarFactory: EXTRA_BANK_HOLIDAYS_FILE, EXTRA_WORKING_DAYS_FILE).
     */
    @Singleton
    WindowRules windowRules(BusinessCalendars calendars) {
        return new WindowRules(new DueDates(calendars));
    }
}
