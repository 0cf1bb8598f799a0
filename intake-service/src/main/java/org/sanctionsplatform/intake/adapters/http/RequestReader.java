package org.sanctionsplatform.intake.adapters.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsplatform.guidance.limits.InputLimits;
import org.sanctionsplatform.intake.application.Received;
import org.sanctionsplatform.intake.domain.Violation;

/**
 * Reads the text of a request's fields (enum symbols, ISO dates, numbers, booleans) into typed values, noting every field that
 * cannot be read instead of failing on the first, so one answer names every bad field.
 */
final class RequestReader {

    private final List<Violation> unreadable = new ArrayList<>();

    /** Null when absent; null and noted when not one of the symbols. */
    <E extends Enum<E>> E symbol(Class<E> type, String raw, String field) {
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException unknown) {
            unreadable.add(new Violation(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /**
     * Null when absent; null and noted when not an ISO date (2026-03-02) or outside the dates every service accepts
     * (guidance-rules' InputLimits: the business calendar's 2015–2035).
     */
    LocalDate date(String raw, String field) {
        if (raw == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException malformed) {
            unreadable.add(new Violation(field, "must be a date like 2026-03-02"));
            return null;
        }
        Optional<String> outOfRange = InputLimits.dateProblem(date);
        if (outOfRange.isPresent()) {
            unreadable.add(new Violation(field, outOfRange.get()));
            return null;
        }
        return date;
    }

    /**
     * Null when absent; null and noted when not an amount of money within guidance-rules' InputLimits (at most 13 digits
     * before the decimal point and 2 after, no exponent). JSON numbers arrive as their text, which is checked before
     * anything converts it, so that 1e1000000 or a number of 100,000 digits costs nothing.
     */
    BigDecimal money(String raw, String field) {
        return checked(raw, field, InputLimits.moneyProblem(raw == null ? "" : raw));
    }

    /** Null when absent; null and noted when not a percentage from 0 to 100 (InputLimits). */
    BigDecimal percent(String raw, String field) {
        return checked(raw, field, InputLimits.percentProblem(raw == null ? "" : raw));
    }

    /** Null when absent; null and noted when not a whole number of at most 9 digits (InputLimits). */
    Integer whole(String raw, String field) {
        BigDecimal number = checked(raw, field, InputLimits.wholeProblem(raw == null ? "" : raw));
        return number == null ? null : number.intValueExact();
    }

    private BigDecimal checked(String raw, String field, Optional<String> problem) {
        if (raw == null) {
            return null;
        }
        if (problem.isPresent()) {
            unreadable.add(new Violation(field, problem.get()));
            return null;
        }
        return new BigDecimal(raw.strip());
    }

    /** Null when absent; null and noted when not true or false. */
    Boolean yesNo(String raw, String field) {
        if (raw == null) {
            return null;
        }
        return switch (raw.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                unreadable.add(new Violation(field, "must be true or false"));
                yield null;
            }
        };
    }

    void note(String field, String reason) {
        unreadable.add(new Violation(field, reason));
    }

    <C> Received<C> received(C command) {
        return new Received<>(command, unreadable);
    }
}
