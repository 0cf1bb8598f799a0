package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;

@MappedEntity("case_penalty_decision")
record CasePenaltyDecisionRow(
        @Id @GeneratedValue @Nullable Long id,
        String caseId,
        int seq,
        String subjectId,
        LocalDate decidedOn,
        @Nullable String decisionMaker,
        @Nullable BigDecimal baseline,
        @Nullable String baselineDepartureReason,
        @Nullable BigDecimal voluntaryDisclosureDiscountPercent,
        @Nullable BigDecimal earlyAccountDiscountPercent,
        boolean settlementDiscountClaimed,
        @Nullable BigDecimal hardshipReduction,
        @Nullable String hardshipReason,
        @Nullable String instalmentPlan,
        @Nullable String rationale,
        @Nullable String component) {
}
