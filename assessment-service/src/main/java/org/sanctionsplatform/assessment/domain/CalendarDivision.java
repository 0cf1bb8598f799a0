package org.sanctionsplatform.assessment.domain;

/** The UK division whose bank holidays count when a case's windows are measured in business days (DESIGN §4). */
public enum CalendarDivision {
    ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND;

    public static final CalendarDivision DEFAULT = ENGLAND_AND_WALES;
}
