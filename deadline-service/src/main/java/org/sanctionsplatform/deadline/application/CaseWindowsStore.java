package org.sanctionsplatform.deadline.application;

import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.deadline.domain.CaseEvent;
import org.sanctionsplatform.deadline.domain.CaseId;
import org.sanctionsplatform.deadline.domain.CaseWindows;
import org.sanctionsplatform.deadline.domain.WindowEvent;

/** Where the cases the service has seen and their windows are kept. Writes join the caller's transaction. */
public interface CaseWindowsStore {

    Optional<CaseWindows> find(CaseId caseId);

    void create(CaseEvent.Opened opened);

    void store(List<WindowEvent> events);

    void markClosed(CaseEvent.Closed closure);
}
