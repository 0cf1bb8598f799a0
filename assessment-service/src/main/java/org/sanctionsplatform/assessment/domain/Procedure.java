package org.sanctionsplatform.assessment.domain;

/** The procedure a case follows: the full civil penalty process (chapters 3–11) or fixed penalties (chapter 13). */
public enum Procedure {
    CIVIL_MONETARY_PENALTY, FIXED_MONETARY_PENALTY, UNKNOWN
}
