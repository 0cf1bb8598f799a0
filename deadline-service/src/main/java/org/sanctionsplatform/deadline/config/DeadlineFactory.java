package org.sanctionsplatform.deadline.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.guidance.windows.DueDates;

/**
 * Wires the domain: the due-date arithmetic of the shared window rules (guidance-rules) over the UK business
 * calendars that service-support's CalendarFactory builds once from the operator's corrections (EXTRA_BANK_HOLIDAYS_FILE,
 * EXTRA_WORKING_DAYS_FILE), exactly as intake and assessment build theirs.
 */
@Factory
class DeadlineFactory {

    @Singleton
    DueDates dueDates(BusinessCalendars calendars) {
        return new DueDates(calendars);
    }
}
