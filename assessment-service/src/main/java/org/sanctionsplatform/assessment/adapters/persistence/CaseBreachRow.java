package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;

@MappedEntity("case_breach")
record CaseBreachRow(
        @Id @GeneratedValue @Nullable Long id,
        String caseId,
        int seq,
        String breachId,
        @Nullable String subjectId,
        @Nullable String breachType,
        @Nullable String regime,
        @Nullable String regulation,
        LocalDate breachDate,
        @Nullable BigDecimal estimatedValue,
        boolean establishedOnBalance,
        @Nullable Boolean knewOrHadCauseToSuspect,
        @Nullable String withdrawnReason,
        @Nullable String sharesFundsWithBreachId) {
}
