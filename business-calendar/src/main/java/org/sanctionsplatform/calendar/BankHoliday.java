package org.sanctionsplatform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A bank holiday on the date it is observed (a substitute day when the holiday itself falls on a
 * weekend), with its title and where the calendar learned of it.
 */
public record BankHoliday(LocalDate date, String title, Origin origin) {

    /** Where a bank holiday comes from. */
    public enum Origin {
        /** The Jollyday holiday rules shipped with the release. */
        JOLLYDAY,
        /** Extra dates an operator configured (e.g. a newly proclaimed bank holiday). */
        OPERATOR_CONFIGURED
    }

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
    }
}
