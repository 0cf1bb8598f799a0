package org.sanctionsplatform.calendar;

/**
 * A {@code bank-holidays.json} document is not in the GOV.UK format. The message names the source (file
 * or description), and where it applies the line and column, the division, the event and the bad value.
 */
public final class BankHolidaysFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;

    BankHolidaysFormatException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /** The file path or description of the document that was rejected. */
    public String source() {
        return source;
    }
}
