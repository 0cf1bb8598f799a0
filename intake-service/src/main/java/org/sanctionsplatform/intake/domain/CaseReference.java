package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The authority's human reference for a case, e.g. {@code OFSI-2026-000123}: given by the case officer or
 * generated from the year the case was opened and a running number.
 */
public record CaseReference(String value) {

    /** Letters and digits, then letters, digits, '-', '/', '.', '_'; at most 40 characters. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}");

    public CaseReference {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case reference: " + value);
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** {@code OFSI-<year opened>-<number, six digits>}. */
    public static CaseReference generated(LocalDate openedOn, long number) {
        return new CaseReference(String.format("OFSI-%d-%06d", openedOn.getYear(), number));
    }

    @Override
    public String toString() {
        return value;
    }
}
