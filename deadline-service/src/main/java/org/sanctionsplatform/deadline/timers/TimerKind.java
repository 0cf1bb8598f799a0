package org.sanctionsplatform.deadline.timers;

import java.util.Objects;

/**
 * What a timer of a window does when it falls due: a reminder at a business-day offset from the due date, or the
 * expiry at the due instant. Its {@link #key()} is the second half of the timer's key (window id, timer kind), so a
 * window has at most one timer of each kind.
 */
public sealed interface TimerKind permits TimerKind.Reminder, TimerKind.Expiry {

    /** The stored form: {@code EXPIRY}, or {@code REMINDER_-5}, {@code REMINDER_0}, {@code REMINDER_+1}. */
    String key();

    static TimerKind parse(String key) {
        Objects.requireNonNull(key, "timer kind");
        if (key.equals(Expiry.KEY)) {
            return Expiry.INSTANCE;
        }
        if (key.startsWith(Reminder.PREFIX)) {
            try {
                return new Reminder(Integer.parseInt(key.substring(Reminder.PREFIX.length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a timer kind: " + key, e);
            }
        }
        throw new IllegalArgumentException("not a timer kind: " + key);
    }

    /**
     * A reminder {@code offset} business days from the due date: −5 is five business days before, 0 the due day
     * itself, +1 one business day overdue (DESIGN §4).
     */
    record Reminder(int offset) implements TimerKind {

        static final String PREFIX = "REMINDER_";

        @Override
        public String key() {
            return PREFIX + (offset > 0 ? "+" : "") + offset;
        }

        /** The sign the event contract uses: 5 = five business days before the due date, −1 = one overdue. */
        public int businessDaysBeforeDue() {
            return -offset;
        }
    }

    /** The window's end: fires at its due instant (the end of the due day in Europe/London). */
    record Expiry() implements TimerKind {

        static final String KEY = "EXPIRY";
        public static final Expiry INSTANCE = new Expiry();

        @Override
        public String key() {
            return KEY;
        }
    }
}
