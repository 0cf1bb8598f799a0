package org.sanctionsplatform.intake.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A person the case is against (§2.4). An officer of a body (s.148) is a separate subject, linked to the
 * body through {@code officerOf}, with a separate penalty and separate appeal rights.
 *
 * @param officerOf the body this subject is an officer of, or null
 * @param priorFixedPenaltyWarnings private warning letters already issued for information, reporting or licensing
 *                                  offences, for the fixed-penalty ladder (§13.1 Figure 13A)
 * @param priorFixedPenalty the largest fixed penalty already imposed (£5,000 or £10,000, §13.2), or null
 */
public record CaseSubject(SubjectId subjectId, String name, SubjectType subjectType, SubjectId officerOf,
                          int priorFixedPenaltyWarnings, BigDecimal priorFixedPenalty) {

    public CaseSubject {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subjectType, "subjectType");
    }

    public CaseSubject(SubjectId subjectId, String name, SubjectType subjectType, SubjectId officerOf) {
        this(subjectId, name, subjectType, officerOf, 0, null);
    }

    public boolean isOfficerOfABody() {
        return officerOf != null;
    }
}
