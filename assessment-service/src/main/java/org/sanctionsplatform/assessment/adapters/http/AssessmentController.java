package org.sanctionsplatform.assessment.adapters.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.sanctionsplatform.assessment.application.CaseAssessments;
import org.sanctionsplatform.support.problem.ProblemException;

import static org.sanctionsplatform.support.security.Roles.AUDITOR;
import static org.sanctionsplatform.support.security.Roles.CASE_OFFICER;
import static org.sanctionsplatform.support.security.Roles.DECISION_MAKER;
import static org.sanctionsplatform.support.security.Roles.PUBLICATION_OFFICER;

/** Case officers read the latest assessment of a case, with its explanation. */
// JDBC (and CPU-heavy work) never runs on the Netty event loop: a slow request must not hold up /health or others
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/cases")
class AssessmentController {

    private final CaseAssessments assessments;

    AssessmentController(CaseAssessments assessments) {
        this.assessments = assessments;
    }

    @Get("/{caseId}/assessment")
    @Secured({CASE_OFFICER, DECISION_MAKER, PUBLICATION_OFFICER, AUDITOR})
    AssessmentResponse latest(String caseId) {
        return assessments.latest(caseId).map(AssessmentResponse::from)
                .orElseThrow(() -> ProblemException.notFound("No assessment of case " + caseId + " is known."));
    }
}
