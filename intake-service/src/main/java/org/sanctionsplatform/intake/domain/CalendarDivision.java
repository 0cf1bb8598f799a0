package org.sanctionsplatform.intake.domain;

/** The UK division whose bank holidays count against the case's business-day windows. */
public enum CalendarDivision {
    ENGLAND_AND_WALES,
    SCOTLAND,
    NORTHERN_IRELAND
}
