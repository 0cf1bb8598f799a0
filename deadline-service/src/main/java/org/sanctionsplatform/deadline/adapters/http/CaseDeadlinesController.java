package org.sanctionsplatform.deadline.adapters.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.support.problem.ProblemException;

import static org.sanctionsplatform.support.security.Roles.AUDITOR;
import static org.sanctionsplatform.support.security.Roles.CASE_OFFICER;
import static org.sanctionsplatform.support.security.Roles.DECISION_MAKER;
import static org.sanctionsplatform.support.security.Roles.PUBLICATION_OFFICER;

/** The windows of a case, earliest due first. A case the service has never seen is a 404 problem. */
// JDBC (and CPU-heavy work) never runs on the Netty event loop: a slow request must not hold up /health or others
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/cases/{caseId}/deadlines")
class CaseDeadlinesController {

    private final CaseDeadlines caseDeadlines;

    CaseDeadlinesController(CaseDeadlines caseDeadlines) {
        this.caseDeadlines = caseDeadlines;
    }

    @Get
    @Secured({CASE_OFFICER, DECISION_MAKER, PUBLICATION_OFFICER, AUDITOR})
    List<WindowView> list(@PathVariable String caseId) {
        return caseDeadlines.attributedWindowsOf(new CaseId(caseId))
                .orElseThrow(() -> ProblemException.notFound("deadline-service has not seen case " + caseId
                        + " (no CaseOpened on enforcement.case-events.v1)"))
                .stream()
                .map(WindowView::of)
                .toList();
    }
}
