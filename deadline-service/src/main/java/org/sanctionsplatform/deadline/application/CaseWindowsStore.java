package org.sanctionsplatform.deadline.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.CaseWindows;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.deadline.domain.Worklist;
import org.sanctionsplatform.support.audit.Actor;

/** Where the cases the service has seen and their windows are kept. Writes join the caller's transaction. */
public interface CaseWindowsStore {

    Optional<CaseWindows> find(CaseId caseId);

    /**
     * Locks the cases until the transaction ends, whether or not they have been opened here yet, in case-id order (so
     * that two batches sharing cases, as during a rebalance, wait for each other instead of deadlocking), and returns
     * their stored state as the locks leave it. The case events and the assessments are consumed by different threads
     * (and replicas); every change of a case takes this lock first, so neither works from a state the other is about
     * to change, not even while the case is being opened.
     *
     * @return the stored state of every given case; a case never heard of is absent
     */
    Map<CaseId, Stored> lockAndLoad(Collection<CaseId> caseIds);

    /** A case as stored: its windows once opened here, and the assessment's latest finding when one has arrived. */
    record Stored(Optional<CaseWindows> windows, Optional<Boolean> assessedTerms) {
    }

    /**
     * Who caused what happened to a case's windows (issue 9.3), by window id: the person whose case event opened the
     * window, the one whose event set its current state (MET or CANCELLED; none while OPEN, or when the clock EXPIRED
     * it) and, by milestone id, who recorded each extension. Empty where the cause named nobody.
     */
    record WindowActors(Optional<Actor> opening, Optional<Actor> state, Map<String, Actor> extensionsByMilestone) {
    }

    Map<String, WindowActors> actorsOf(CaseId caseId);

    /** Writes what a batch changed (only that), in bulk. */
    void save(CaseChanges changes);

    /**
     * The first {@code limit} open windows of every case due between {@code from} and {@code to} inclusive, in the
     * worklist's order ({@link Worklist.Position}), after {@code after} when given.
     */
    List<Window> openWindowsDueBetween(LocalDate from, LocalDate to, Optional<Worklist.Position> after, int limit);
}
