package org.sanctionsplatform.intake.domain;

import java.util.Objects;

/**
 * A person the case is against (§2.4). An officer of a body (s.148) is a separate subject, linked to the
 * body through {@code officerOf}, with a separate penalty and separate appeal rights.
 *
 * @param officerOf the body this subject is an officer of, or null
 */
public record CaseSubject(SubjectId subjectId, String name, SubjectType subjectType, SubjectId officerOf) {

    public CaseSubject {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subjectType, "subjectType");
    }

    public boolean isOfficerOfABody() {
        return officerOf != null;
    }
}
