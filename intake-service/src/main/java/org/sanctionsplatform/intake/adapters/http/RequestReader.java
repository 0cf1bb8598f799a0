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

    /** Null when absent; null and noted when not a decimal number (JSON numbers arrive as their text). */
    BigDecimal number(String raw, String field) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException malformed) {
            unreadable.add(new Violation(field, "must be a number, like 1250.00"));
            return null;
        }
    }

    /** Null when absent; null and noted when not a whole number. */
    Integer whole(String raw, String field) {
        BigDecimal number = number(raw, field);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            unreadable.add(new Violation(field, "must be a whole number"));
            return null;
        }
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
