package org.sanctionsplatform.publication.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A page of the public register, newest first, optionally only one kind of publication, one sanctions regime or the
 * publications first released in one year. Pages are numbered from 1.
 */
public record RegisterQuery(PublicationKind kind, String regime, Integer year, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final int MAX_REGIME_LENGTH = 200;
    private static final int MAX_PAGE = 100_000;

    /** A query parameter that cannot be used, and why. */
    public record Violation(String field, String reason) {
    }

    /** The query the parameters ask for, or why they cannot be used: each bad parameter with its reason. */
    public sealed interface Parsed {
        record Valid(RegisterQuery query) implements Parsed {
        }

        record Invalid(List<Violation> violations) implements Parsed {
        }
    }

    public RegisterQuery {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page from 1 and size from 1 to " + MAX_SIZE);
        }
    }

    public static RegisterQuery firstPage() {
        return new RegisterQuery(null, null, null, 1, DEFAULT_SIZE);
    }

    /** Parses the register's query parameters as given (null when absent). */
    public static Parsed parse(String kind, String regime, String year, String page, String size) {
        List<Violation> violations = new ArrayList<>();
        PublicationKind parsedKind = null;
        if (present(kind)) {
            parsedKind = Arrays.stream(PublicationKind.values())
                    .filter(k -> k.name().equalsIgnoreCase(kind.trim().replace('-', '_')))
                    .findFirst().orElse(null);
            if (parsedKind == null) {
                violations.add(new Violation("kind", "must be one of " + Arrays.toString(PublicationKind.values())));
            }
        }
        String parsedRegime = null;
        if (present(regime)) {
            parsedRegime = regime.trim();
            if (parsedRegime.length() > MAX_REGIME_LENGTH) {
                violations.add(new Violation("regime", "must be at most " + MAX_REGIME_LENGTH + " characters"));
            }
        }
        Integer parsedYear = present(year) ? number(year, 1900, 9999, "year", "must be a year from 1900 to 9999", violations) : null;
        Integer parsedPage = present(page) ? number(page, 1, MAX_PAGE, "page", "must be a whole number from 1 to " + MAX_PAGE, violations) : null;
        Integer parsedSize = present(size) ? number(size, 1, MAX_SIZE, "size", "must be a whole number from 1 to " + MAX_SIZE, violations) : null;
        if (!violations.isEmpty()) {
            return new Parsed.Invalid(List.copyOf(violations));
        }
        return new Parsed.Valid(new RegisterQuery(parsedKind, parsedRegime, parsedYear,
                parsedPage == null ? 1 : parsedPage, parsedSize == null ? DEFAULT_SIZE : parsedSize));
    }

    /** The regime as the register compares it: case and surrounding spaces do not matter. */
    public Optional<String> regimeKey() {
        return Optional.ofNullable(regime).map(RegisterQuery::regimeKey);
    }

    public static String regimeKey(String regime) {
        return regime.trim().toLowerCase(Locale.ROOT);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public RegisterQuery withPage(int newPage) {
        return new RegisterQuery(kind, regime, year, newPage, size);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Integer number(String text, int min, int max, String field, String reason, List<Violation> violations) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a number: the same answer as a number out of range
        }
        violations.add(new Violation(field, reason));
        return null;
    }
}
