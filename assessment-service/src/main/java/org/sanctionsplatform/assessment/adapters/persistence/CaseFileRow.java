package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A case and its single-valued inputs: reference, procedure, the officer's ratings and closure. */
@MappedEntity("case_file")
record CaseFileRow(
        @Id String caseId,
        @Nullable String caseReference,
        String caseProcedure,
        @Nullable LocalDate openedOn,
        int inputVersion,
        @Nullable String severity,
        @Nullable String conduct,
        @Nullable Integer decidedLevel,
        @Nullable String levelDepartureReason,
        boolean publicInterestStopsAction,
        @Nullable String publicInterestReason,
        @Nullable String factorsAssessedBy,
        @Nullable LocalDate factorsAssessedOn,
        @Nullable LocalDate closedOn,
        @Nullable String closureReason,
        @Nullable String closureNotes,
        @Nullable String calendarDivision) {
}
