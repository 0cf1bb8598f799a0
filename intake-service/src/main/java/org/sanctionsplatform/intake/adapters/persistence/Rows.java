package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import org.sanctionsplatform.intake.domain.CalendarDivision;
import org.sanctionsplatform.intake.domain.CaseClosureReason;
import org.sanctionsplatform.intake.domain.CaseOrigin;
import org.sanctionsplatform.intake.domain.CaseProcedure;

/** The case row (V1__intake.sql) as the case list reads it. */
final class Rows {

    private Rows() {
    }

    @MappedEntity("breach_case")
    record CaseRow(@Id String id, String caseReference, LocalDate openedOn, CaseProcedure caseProcedure,
                   CaseOrigin origin, CalendarDivision calendarDivision, @Nullable String summary, Instant recordedAt,
                   @Nullable LocalDate closedOn, @Nullable CaseClosureReason closureReason,
                   @Nullable String closureNotes) {
    }
}
