package org.sanctionsplatform.guidance.limits;

import java.time.LocalDate;
import java.util.Optional;
import org.sanctionsplatform.calendar.BusinessCalendar;

/**
 * The limits every service accepts on what intake records, in one place: whatever intake accepts, every consumer of
 * the case events must be able to apply (store, compute windows for, publish), so intake refuses anything beyond these
 * at the door and each consumer's storage holds at least this much. Dates are bounded to what the business calendar
 * supports: a window cannot be counted in business days outside 2015–2035, and a date outside that range is a typing
 * mistake in any case (OFSI's enforcement powers date from 2017).
 */
public final class InputLimits {

    /** Ids and references that travel on the events, e.g. a correlation id. */
    public static final int ID_LENGTH = 100;
    /** A person's or body's name, a regime, who assessed or decided. */
    public static final int NAME_LENGTH = 200;
    /** The regulation a breach is of. */
    public static final int REGULATION_LENGTH = 500;
    /** Free text: descriptions, reasons, rationales, notes. */
    public static final int TEXT_LENGTH = 4000;
    /** The first date any service accepts: the first day of the business calendar. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(BusinessCalendar.DEFAULT_FIRST_YEAR, 1, 1);
    /** The last date any service accepts: the last day of the business calendar. */
    public static final LocalDate LATEST_DATE = LocalDate.of(BusinessCalendar.DEFAULT_LAST_YEAR, 12, 31);

    private InputLimits() {
    }

    /** Why the date cannot be accepted, or empty when it is within the supported range. */
    public static Optional<String> dateProblem(LocalDate date) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            return Optional.of("must be from " + EARLIEST_DATE + " to " + LATEST_DATE
                    + ", the dates the UK business calendar supports");
        }
        return Optional.empty();
    }

    /** Why the text cannot be accepted as it is longer than {@code maxLength}, or empty. */
    public static Optional<String> lengthProblem(String text, int maxLength) {
        return text != null && text.length() > maxLength
                ? Optional.of("must be at most " + maxLength + " characters")
                : Optional.empty();
    }
}
