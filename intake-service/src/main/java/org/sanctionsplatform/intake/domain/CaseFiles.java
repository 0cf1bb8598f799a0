package org.sanctionsplatform.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where breach cases are kept. Implemented by the persistence adapter. */
public interface CaseFiles {

    Optional<BreachCase> find(CaseId id);

    /** Finds the case and holds it against concurrent changes until the current transaction ends. */
    Optional<BreachCase> findForChange(CaseId id);

    boolean isReferenceTaken(CaseReference reference);

    /** The next running number for a generated case reference. */
    long nextCaseNumber();

    /** Keeps what the events changed; {@code after} is the case with the events applied. */
    void keep(BreachCase after, List<CaseEvent> events);

    /** Cases, most recently recorded first. */
    CasePage list(int page, int size);

    /** One line of the case list. */
    record CaseSummary(CaseId id, CaseReference reference, LocalDate openedOn, CaseProcedure procedure, CaseOrigin origin,
                       CalendarDivision calendarDivision, Instant recordedAt, LocalDate closedOn,
                       CaseClosureReason closureReason) {
    }

    record CasePage(List<CaseSummary> items, int page, int size, long totalItems) {
    }
}
