package org.sanctionsplatform.calendar;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The UK bank-holiday divisions, as named in the GOV.UK {@code bank-holidays.json} feed, each with the
 * Jollyday subdivision code that yields its full list of bank holidays (DESIGN §4). England and Wales is
 * the default division.
 */
public enum Division {
    ENGLAND_AND_WALES("england-and-wales", "eng"),
    SCOTLAND("scotland", "sct"),
    NORTHERN_IRELAND("northern-ireland", "nir");

    /** The division used when none is chosen (DESIGN §4). */
    public static final Division DEFAULT = ENGLAND_AND_WALES;

    private final String govUkName;
    private final String jollydaySubdivision;

    Division(String govUkName, String jollydaySubdivision) {
        this.govUkName = govUkName;
        this.jollydaySubdivision = jollydaySubdivision;
    }

    public String govUkName() {
        return govUkName;
    }

    public String jollydaySubdivision() {
        return jollydaySubdivision;
    }

    /**
     * The division with this GOV.UK name ({@code england-and-wales}, {@code scotland},
     * {@code northern-ireland}).
     *
     * @throws IllegalArgumentException naming the unknown value and the accepted ones
     */
    public static Division fromGovUkName(String govUkName) {
        for (Division division : values()) {
            if (division.govUkName.equals(govUkName)) {
                return division;
            }
        }
        throw new IllegalArgumentException(
                "unknown division \"" + govUkName + "\" (expected one of " + govUkNames() + ")");
    }

    static String govUkNames() {
        return Arrays.stream(values()).map(Division::govUkName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return govUkName;
    }
}
