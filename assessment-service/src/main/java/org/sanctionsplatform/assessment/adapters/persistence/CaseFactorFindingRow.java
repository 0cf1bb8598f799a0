package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("case_factor_finding")
record CaseFactorFindingRow(
        @Id @GeneratedValue @Nullable Long id,
        String caseId,
        int seq,
        String factor,
        String effect,
        @Nullable String rationale) {
}
