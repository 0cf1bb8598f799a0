package org.sanctionsplatform.guidance.windows;

import java.time.Period;

/** How long a window runs, as the guidance states it. {@link #describe()} is the human-readable length. */
public sealed interface WindowLength {

    String describe();

    static BusinessDays businessDays(int days) {
        return new BusinessDays(days);
    }

    /** "Within N business days of D": ends at the end of the Nth business day after D; D is not counted (DESIGN §4). */
    record BusinessDays(int days) implements WindowLength {
        public BusinessDays {
            if (days <= 0) {
                throw new IllegalArgumentException("a window lasts at least one business day, not " + days);
            }
        }

        @Override
        public String describe() {
            return days + (days == 1 ? " business day" : " business days");
        }
    }

    /** A target in calendar months, e.g. the review conclusion (§8.2). */
    record CalendarMonths(int months) implements WindowLength {
        @Override
        public String describe() {
            return months + (months == 1 ? " calendar month" : " calendar months");
        }
    }

    /** Calendar days; when {@code movesOffNonWorkingDay}, a due date on a non-working day moves to the next working day (§9). */
    record CalendarDays(int days, boolean movesOffNonWorkingDay) implements WindowLength {
        @Override
        public String describe() {
            return days + " calendar days" + (movesOffNonWorkingDay ? ", next working day if it ends on a non-working day" : "");
        }
    }

    /** The due date is the one written in a letter, normally no later than {@code normallyAtMost} after the start (§4.5). */
    record DateInLetter(Period normallyAtMost) implements WindowLength {
        @Override
        public String describe() {
            return "date in the letter, normally at most " + normallyAtMost.toTotalMonths() + " months";
        }
    }

    /** A recurring check, e.g. the monthly EAS progress review until the account is delivered (§4.5). */
    record Recurring(Period every, Milestone until) implements WindowLength {
        @Override
        public String describe() {
            return "every " + every + " until " + until.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
