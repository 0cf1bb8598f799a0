package org.sanctionsplatform.assessment.domain;

/** The UK division whose bank holidays count when a case's windows are measured in business days (DESIGN §4). */
public enum CalendarDivision {
    ENGLAND_AND_WALES("England and Wales"), SCOTLAND("Scotland"), NORTHERN_IRELAND("Northern Ireland");

    public static final CalendarDivision DEFAULT = ENGLAND_AND_WALES;

    private final String words;

    CalendarDivision(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
