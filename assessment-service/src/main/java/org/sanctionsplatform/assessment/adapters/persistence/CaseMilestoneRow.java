package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

@MappedEntity("case_milestone")
record CaseMilestoneRow(
        @Id @GeneratedValue @Nullable Long id,
        String caseId,
        int seq,
        String milestoneId,
        String milestoneType,
        LocalDate occurredOn,
        @Nullable String subjectId,
        @Nullable String correctsMilestoneId,
        @Nullable String windowKind,
        @Nullable Integer extensionBusinessDays,
        @Nullable String reason) {
}
