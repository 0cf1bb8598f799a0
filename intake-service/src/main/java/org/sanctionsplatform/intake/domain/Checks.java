package org.sanctionsplatform.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.guidance.limits.InputLimits;

/** Collects every violation of a command, so that one answer names every bad field. */
public final class Checks {

    /** Every service accepts names of this length (guidance-rules' InputLimits). */
    public static final int NAME_LENGTH = InputLimits.NAME_LENGTH;
    /** Every service accepts free text of this length (guidance-rules' InputLimits). */
    public static final int TEXT_LENGTH = InputLimits.TEXT_LENGTH;

    private final List<Violation> violations = new ArrayList<>();

    public void add(String field, String reason) {
        violations.add(new Violation(field, reason));
    }

    public void addAll(List<Violation> more) {
        violations.addAll(more);
    }

    /** True when present; otherwise records "is required". */
    public boolean required(Object value, String field) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** True when present, not blank and not too long. */
    public boolean requiredText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, value == null ? "is required" : "must not be blank");
            return false;
        }
        return optionalText(value, field, maxLength);
    }

    /** True when absent or within length (blank counts as absent). */
    public boolean optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
            return false;
        }
        return true;
    }

    /** A date that must be given, must not be in the future and must not be before {@code earliest} (if any). */
    public boolean pastDate(LocalDate date, String field, LocalDate today, LocalDate earliest, String earliestMeaning) {
        if (!required(date, field)) {
            return false;
        }
        return optionalPastDate(date, field, today, earliest, earliestMeaning);
    }

    public boolean optionalPastDate(LocalDate date, String field, LocalDate today, LocalDate earliest,
                                    String earliestMeaning) {
        if (date == null) {
            return true;
        }
        if (date.isAfter(today)) {
            add(field, "must not be in the future (today is " + today + ")");
            return false;
        }
        if (earliest != null && date.isBefore(earliest)) {
            add(field, "must not be before " + earliestMeaning + " (" + earliest + ")");
            return false;
        }
        return true;
    }

    /** A GBP amount, if given: not negative and in whole pence. */
    public boolean optionalAmount(BigDecimal amount, String field) {
        if (amount == null) {
            return true;
        }
        boolean ok = true;
        if (amount.signum() < 0) {
            add(field, "must not be negative");
            ok = false;
        }
        if (!Gbp.hasAtMostPence(amount)) {
            add(field, "must have at most 2 decimal places (GBP in pence)");
            ok = false;
        }
        return ok;
    }

    /** A percentage, if given: 0 to 100 with at most 2 decimals. */
    public boolean optionalPercentage(BigDecimal value, String field) {
        if (value == null) {
            return true;
        }
        if (!Percentage.isValid(value)) {
            add(field, "must be a percentage from 0 to 100 with at most 2 decimal places");
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }
}
