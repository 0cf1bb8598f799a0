package org.sanctionsplatform.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Fixture: one default calendar per division, built once for the whole test run (building loads Jollyday). */
final class Calendars {

    private static final Map<Division, BusinessCalendar> DEFAULTS = new EnumMap<>(Division.class);

    static {
        for (Division division : Division.values()) {
            DEFAULTS.put(division, BusinessCalendar.of(division));
        }
    }

    private Calendars() {
    }

    static BusinessCalendar englandAndWales() {
        return DEFAULTS.get(Division.ENGLAND_AND_WALES);
    }

    static BusinessCalendar scotland() {
        return DEFAULTS.get(Division.SCOTLAND);
    }

    static BusinessCalendar northernIreland() {
        return DEFAULTS.get(Division.NORTHERN_IRELAND);
    }

    static BusinessCalendar of(Division division) {
        return DEFAULTS.get(division);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
