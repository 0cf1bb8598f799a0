package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

@MappedEntity("case_disclosure")
record CaseDisclosureRow(
        @Id @GeneratedValue @Nullable Long id,
        String caseId,
        int seq,
        @Nullable String subjectId,
        @Nullable LocalDate disclosedOn,
        boolean requestedOrRequiredByOfsi,
        boolean ofsiAlreadyAware,
        boolean compelledByOtherInvestigation,
        boolean completeAndAccurate,
        @Nullable String cooperation,
        @Nullable LocalDate discoveredOn,
        @Nullable String madeBy) {
}
