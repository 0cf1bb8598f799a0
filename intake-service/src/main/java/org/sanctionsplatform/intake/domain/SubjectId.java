package org.sanctionsplatform.intake.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A subject of the case: a person on whom a penalty may be imposed (guidance §2.4). Given by the officer
 * (e.g. {@code S-1}) or generated.
 */
public record SubjectId(String value) {

    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    public SubjectId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a subject id: " + value);
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
