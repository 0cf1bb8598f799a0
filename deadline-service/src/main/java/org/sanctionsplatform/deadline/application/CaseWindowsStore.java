package org.sanctionsplatform.deadline.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.CaseWindows;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.deadline.domain.Worklist;

/** Where the cases the service has seen and their windows are kept. Writes join the caller's transaction. */
public interface CaseWindowsStore {

    Optional<CaseWindows> find(CaseId caseId);

    /**
     * Locks the case until the transaction ends, whether or not it has been opened here yet. The case events and the
     * assessments are consumed by different threads (and replicas); every change of a case takes this lock first, so
     * neither works from a state the other is about to change, not even while the case is being opened.
     */
    void lock(CaseId caseId);


    /**
     * The first {@code limit} open windows of every case due between {@code from} and {@code to} inclusive, in the
     * worklist's order ({@link Worklist.Position}), after {@code after} when given.
     */
    List<Window> openWindowsDueBetween(LocalDate from, LocalDate to, Optional<Worklist.Position> after, int limit);

    void create(CaseEvent.Opened opened);

    void store(List<WindowEvent> events);

    void markClosed(CaseEvent.Closed closure);

    /** Keeps the assessment's latest fixed-penalty finding of a case, seen opened here or not. */
    void recordAssessedTerms(CaseId caseId, boolean halvedWindows, String assessmentEventId);

    /** The assessment's latest fixed-penalty finding of a case, if one has arrived. */
    Optional<Boolean> assessedTerms(CaseId caseId);

    /** Records whose timeframes the case's windows run under from now on. */
    void updateWindowTerms(CaseId caseId, Procedure terms);
}
