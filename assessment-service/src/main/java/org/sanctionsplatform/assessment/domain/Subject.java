package org.sanctionsplatform.assessment.domain;

import java.util.Objects;

/**
 * A person or body the case is against; {@code officerOfSubjectId} is set for an officer of a body (s.148, §2.4);
 * {@code fixedPenaltyHistory} is its earlier enforcement for the fixed-penalty ladder (§13, Figure 13A).
 */
public record Subject(String subjectId, String name, SubjectType type, String officerOfSubjectId,
                      FixedPenaltyHistory fixedPenaltyHistory) {
    public Subject {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(name, "name");
        type = type == null ? SubjectType.UNKNOWN : type;
        fixedPenaltyHistory = fixedPenaltyHistory == null ? FixedPenaltyHistory.NONE : fixedPenaltyHistory;
    }

    public Subject(String subjectId, String name, SubjectType type, String officerOfSubjectId) {
        this(subjectId, name, type, officerOfSubjectId, FixedPenaltyHistory.NONE);
    }
}
