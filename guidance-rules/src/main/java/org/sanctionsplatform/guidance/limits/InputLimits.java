package org.sanctionsplatform.guidance.limits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sanctionsplatform.calendar.BusinessCalendar;

/**
 * The limits every service accepts on what intake records, in one place: whatever intake accepts, every consumer of
 * the case events must be able to apply (store, compute windows for, publish), so intake refuses anything beyond these
 * at the door and each consumer's storage holds at least this much. Dates are bounded to what the business calendar
 * supports: a window cannot be counted in business days outside 2015–2035, and a date outside that range is a typing
 * mistake in any case (OFSI's enforcement powers date from 2017).
 *
 * <p>Numbers are bounded by their text, before anything converts them, so that a number such as {@code 1e1000000}
 * or one of 100,000 digits costs nothing to refuse: an amount of money has at most 13 digits before the decimal
 * point and 2 after (up to £9,999,999,999,999.99, which every service stores in {@code numeric(19,2)}), a percentage
 * is from 0 to 100 with at most 2 decimals, a whole number at most 9 digits, and exponent notation ({@code 1e5},
 * {@code 1E+400}) is refused everywhere. Lists are bounded so that what one request may cost, and the answer it gets
 * (an assessment explains each breach and subject), stays in proportion.
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

    /** Digits an amount of money may have before the decimal point (pounds) and after it (pence). */
    public static final int MONEY_INTEGER_DIGITS = 13;
    public static final int MONEY_DECIMALS = 2;
    /** The largest amount any service accepts: 13 nines, then .99. */
    public static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999.99");
    /** Digits a whole number (an index, a count, a level, business days) may have. */
    public static final int WHOLE_DIGITS = 9;
    /** Subjects of one case. */
    public static final int MAX_SUBJECTS = 200;
    /** Breaches of one case. */
    public static final int MAX_BREACHES = 2000;
    /** Voluntary disclosures of one case. */
    public static final int MAX_DISCLOSURES = 200;
    /** Factor findings of one assessment of the case factors. */
    public static final int MAX_FINDINGS = 100;
    /** Procedure milestones of one case. */
    public static final int MAX_MILESTONES = 1000;
    /** Penalty decisions of one case (each subject may have several components, each may be decided again). */
    public static final int MAX_PENALTY_DECISIONS = 1000;

    private static final Pattern MONEY = Pattern.compile("-?\\d{1," + MONEY_INTEGER_DIGITS + "}(\\.\\d{1," + MONEY_DECIMALS + "})?");
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1," + WHOLE_DIGITS + "}");
    /** Longer than any number this class accepts: refused without even looking at its characters. */
    private static final int NUMBER_TEXT_LENGTH = 32;

    private InputLimits() {
    }

    /**
     * Why {@code text} (a JSON number's text or a string) is not an amount of money: at most 13 digits before the
     * decimal point and 2 after, no exponent; or empty when it is one.
     */
    public static Optional<String> moneyProblem(String text) {
        String t = text.strip();
        if (t.length() <= NUMBER_TEXT_LENGTH && MONEY.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of("must be an amount in pounds like 1250.00: at most " + MONEY_INTEGER_DIGITS
                + " digits before the decimal point and " + MONEY_DECIMALS + " after, without exponent notation");
    }

    /** Why {@code text} is not a percentage from 0 to 100 (at most 2 decimals, no exponent); or empty. */
    public static Optional<String> percentProblem(String text) {
        String t = text.strip();
        if (t.length() <= NUMBER_TEXT_LENGTH && PERCENT.matcher(t).matches()
                && new BigDecimal(t).compareTo(BigDecimal.valueOf(100)) <= 0) {
            return Optional.empty();
        }
        return Optional.of("must be a percentage from 0 to 100 like 25 or 12.5, without exponent notation");
    }

    /** Why {@code text} is not a whole number of at most 9 digits (no decimals, no exponent); or empty. */
    public static Optional<String> wholeProblem(String text) {
        String t = text.strip();
        if (t.length() <= NUMBER_TEXT_LENGTH && WHOLE.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of("must be a whole number of at most " + WHOLE_DIGITS + " digits, without exponent notation");
    }

    /** Why a list of {@code size} elements is too long for {@code max}, or empty. */
    public static Optional<String> sizeProblem(int size, int max) {
        return size > max ? Optional.of("must have at most " + max + " elements") : Optional.empty();
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
