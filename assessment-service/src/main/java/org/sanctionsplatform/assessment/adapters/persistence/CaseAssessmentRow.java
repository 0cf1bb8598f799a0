package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** The latest assessment of a case: key figures as columns, the whole assessment as a JSON document. */
@MappedEntity("case_assessment")
record CaseAssessmentRow(
        @Id String caseId,
        String eventId,
        int inputVersion,
        String rulebook,
        @Nullable Integer seriousnessLevel,
        String likelyOutcome,
        BigDecimal statutoryMaximum,
        @Nullable BigDecimal aggregatedValue,
        Instant assessedAt,
        String document) {
}
