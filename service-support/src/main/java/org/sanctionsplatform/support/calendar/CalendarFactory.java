package org.sanctionsplatform.support.calendar;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UK business calendars of every service that counts business days (intake, assessment, deadline), configured
 * the same way in each: {@code sep.calendar.extra-holidays-file} (EXTRA_BANK_HOLIDAYS_FILE) and
 * {@code sep.calendar.extra-working-days-file} (EXTRA_WORKING_DAYS_FILE), both in GOV.UK {@code bank-holidays.json}
 * format and optional. Read once at start-up; a bad file stops start-up with a message naming it.
 */
@Factory
class CalendarFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarFactory.class);

    @Singleton
    BusinessCalendars businessCalendars(@Value("${sep.calendar.extra-holidays-file:}") String holidaysFile,
                                        @Value("${sep.calendar.extra-working-days-file:}") String workingDaysFile) {
        BusinessCalendars calendars = BusinessCalendars.fromFiles(path(holidaysFile), path(workingDaysFile));
        LOG.info("UK business calendars 2015-2035 built ({})", calendars.corrections());
        return calendars;
    }

    private static Optional<Path> path(String file) {
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file.strip()));
    }
}
