package org.sanctionsplatform.assessment.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.sanctionsplatform.assessment.domain.BaselineBands;
import org.sanctionsplatform.assessment.domain.CaseDraftPolicy;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.guidance.windows.DueDates;

/** Builds the framework-free domain services of assessment-service from plain constructors. */
@Factory
public class AssessmentFactory {

    /** The published bands, each overridable under {@code assessment.baseline-bands} (see ConfiguredBaselineBands). */
    @Singleton
    BaselineBands baselineBands(Environment environment) {
        return ConfiguredBaselineBands.from(key -> environment.getProperty(key, String.class).orElse(null));
    }

    /**
     * The window arithmetic over the business calendars configured as in every service (service-support's
     * CalendarFactory: EXTRA_BANK_HOLIDAYS_FILE, EXTRA_WORKING_DAYS_FILE).
     */
    @Singleton
    DueDates dueDates(BusinessCalendars calendars) {
        return new DueDates(calendars);
    }

    @Singleton
    Rulebook rulebook(BaselineBands bands, DueDates dueDates) {
        return new Rulebook(bands, dueDates);
    }

    /** The preview's checks, the windows among them decided as the deadline service decides them. */
    @Singleton
    CaseDraftPolicy caseDraftPolicy(DueDates dueDates) {
        return new CaseDraftPolicy(dueDates);
    }
}
