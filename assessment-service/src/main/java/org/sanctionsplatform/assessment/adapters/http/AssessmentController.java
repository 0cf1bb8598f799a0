package org.sanctionsplatform.assessment.adapters.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.sanctionsplatform.assessment.application.CaseAssessments;
import org.sanctionsplatform.support.problem.ProblemException;

/** Case officers read the latest assessment of a case, with its explanation. */
@Controller("/cases")
class AssessmentController {

    private final CaseAssessments assessments;

    AssessmentController(CaseAssessments assessments) {
        this.assessments = assessments;
    }

    @Get("/{caseId}/assessment")
    AssessmentResponse latest(String caseId) {
        return assessments.latest(caseId).map(AssessmentResponse::from)
                .orElseThrow(() -> ProblemException.notFound("No assessment of case " + caseId + " is known."));
    }
}
