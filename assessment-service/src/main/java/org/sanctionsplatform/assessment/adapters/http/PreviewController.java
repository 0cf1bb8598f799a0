package org.sanctionsplatform.assessment.adapters.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.assessment.domain.CaseDraft;
import org.sanctionsplatform.assessment.domain.CaseDraftPolicy;
import org.sanctionsplatform.assessment.domain.InputProblem;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.support.problem.FieldViolation;
import org.sanctionsplatform.support.problem.ProblemException;

import static org.sanctionsplatform.support.security.Roles.CASE_OFFICER;
import static org.sanctionsplatform.support.security.Roles.DECISION_MAKER;

/**
 * Officers and advisers test scenarios: a whole case as JSON in, its full assessment out, in the shape of
 * {@code GET /cases/{id}/assessment}. Nothing is stored and nothing is published; a case that cannot be assessed is
 * answered with application/problem+json naming each problem.
 */
// JDBC (and CPU-heavy work) never runs on the Netty event loop: a slow request must not hold up /health or others
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/assessments")
class PreviewController {

    private final Rulebook rulebook;
    private final CaseDraftPolicy policy;

    PreviewController(Rulebook rulebook, CaseDraftPolicy policy) {
        this.rulebook = rulebook;
        this.policy = policy;
    }

    @Post("/preview")
    @Secured({CASE_OFFICER, DECISION_MAKER})
    AssessmentResponse preview(@Body @Nullable PreviewRequest body) {
        PreviewReader reader = new PreviewReader();
        CaseDraft draft = reader.read(body);
        List<FieldViolation> violations = new ArrayList<>(reader.problems());
        // The policy's field paths index the lists as read, so it runs once every element could be read.
        if (draft != null && violations.isEmpty()) {
            for (InputProblem p : policy.problems(draft)) {
                violations.add(new FieldViolation(p.field(), p.reason()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        try {
            return AssessmentResponse.from(rulebook.assess(draft.toCaseFile()));
        } catch (IllegalArgumentException outOfRange) {
            // The business calendars cover 2015-2035: a settlement window outside them cannot be measured.
            throw ProblemException.invalid("milestones", outOfRange.getMessage());
        }
    }
}
