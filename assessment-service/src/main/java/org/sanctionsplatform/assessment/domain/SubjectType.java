package org.sanctionsplatform.assessment.domain;

/** A subject of a case: a person or a legal person; an officer of a body is a separate subject (s.148, §2.4). */
public enum SubjectType {
    INDIVIDUAL, LEGAL_PERSON, UNKNOWN
}
