package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("case_subject")
record CaseSubjectRow(
        @Id @GeneratedValue @Nullable Long id,
        String caseId,
        int seq,
        String subjectId,
        String name,
        String subjectType,
        @Nullable String officerOfSubjectId,
        int priorFixedPenaltyWarnings,
        @Nullable java.math.BigDecimal priorFixedPenalty) {
}
