package org.sanctionsplatform.intake.domain;

/** A natural person or a legal person, body or entity (§2.1 "person"); only legal persons may use the EAS (§4.2). */
public enum SubjectType {
    INDIVIDUAL,
    LEGAL_PERSON
}
