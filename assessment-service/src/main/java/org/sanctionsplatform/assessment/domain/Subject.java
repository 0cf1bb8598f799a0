package org.sanctionsplatform.assessment.domain;

import java.util.Objects;

/** A person or body the case is against; {@code officerOfSubjectId} is set for an officer of a body (s.148, §2.4). */
public record Subject(String subjectId, String name, SubjectType type, String officerOfSubjectId) {
    public Subject {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(name, "name");
        type = type == null ? SubjectType.UNKNOWN : type;
    }
}
