package org.sanctionsplatform.intake.adapters.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.Set;
import java.util.function.Supplier;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.BreachRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.ClosureRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.FactorsRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.MilestoneRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.OpenCaseRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.PenaltyDecisionRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.VoluntaryDisclosureRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.WithdrawalRequest;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.BreachResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.CaseListResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.CaseResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.DisclosureResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.FactorsResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.MilestoneResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.PenaltyDecisionResponse;
import org.sanctionsplatform.intake.application.CaseIntake;
import org.sanctionsplatform.intake.domain.BreachCase;
import org.sanctionsplatform.intake.domain.CaseEvent;
import org.sanctionsplatform.intake.domain.Outcome;
import org.sanctionsplatform.support.problem.ProblemException;
import org.sanctionsplatform.support.security.Caller;
import org.sanctionsplatform.support.security.Callers;

import static org.sanctionsplatform.support.security.Roles.AUDITOR;
import static org.sanctionsplatform.support.security.Roles.CASE_OFFICER;
import static org.sanctionsplatform.support.security.Roles.DECISION_MAKER;
import static org.sanctionsplatform.support.security.Roles.PUBLICATION_OFFICER;

/**
 * The case officer's HTTP API. Thin: reads the body, calls one use case, answers with what was recorded.
 * Every refusal is {@code application/problem+json} (400 invalid fields, 401 no valid token, 403 a role that may not,
 * 404 unknown case, 409 refused by the procedure) and leaves no row and no event behind. Each route names the roles
 * that may call it (README "Security"); who performed an action comes from the token ({@link Caller}).
 */
@Controller("/cases")
class CasesController {

    static final String CORRELATION_HEADER = CaseIntake.CORRELATION_HEADER;
    static final int MAX_PAGE_SIZE = 100;

    /**
     * The milestones that record the authority's own decisions (the final penalty decision, a review's decision and
     * the decision to publish, §6 and §7): the decision maker's, although case officers record every other milestone.
     */
    static final Set<String> DECISIONS = Set.of(Milestone.FINAL_DECISION.name(), Milestone.REVIEW_DECIDED.name(),
            Milestone.DISCLOSURE_DECIDED.name());

    private final CaseIntake intake;
    private final Callers callers;

    CasesController(CaseIntake intake, Callers callers) {
        this.intake = intake;
        this.callers = callers;
    }

    @Post
    @Secured({CASE_OFFICER})
    HttpResponse<CaseResponse> open(@Body @Nullable OpenCaseRequest body, @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        Outcome.Accepted accepted = intake.open(required(body).read(), correlationId);
        BreachCase opened = accepted.breachCase();
        return HttpResponse.created(CaseResponse.of(opened), URI.create("/cases/" + opened.id()));
    }

    @Get
    @Secured({CASE_OFFICER, DECISION_MAKER, PUBLICATION_OFFICER, AUDITOR})
    CaseListResponse list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid(page < 0 ? "page" : "size",
                    page < 0 ? "must not be negative" : "must be from 1 to " + MAX_PAGE_SIZE);
        }
        return CaseListResponse.of(intake.list(page, size));
    }

    @Get("/{id}")
    @Secured({CASE_OFFICER, DECISION_MAKER, PUBLICATION_OFFICER, AUDITOR})
    CaseResponse find(@PathVariable String id) {
        return CaseResponse.of(intake.find(id));
    }

    @Post("/{id}/breaches")
    @Secured({CASE_OFFICER})
    HttpResponse<BreachResponse> recordBreach(@PathVariable String id, @Body @Nullable BreachRequest body,
                                              @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        Outcome.Accepted accepted = intake.change(id, required(body).read(), BreachCase::recordBreach, correlationId);
        CaseEvent.BreachRecorded recorded = only(accepted, CaseEvent.BreachRecorded.class);
        return HttpResponse.created(BreachResponse.of(recorded.breach()),
                URI.create("/cases/" + id + "/breaches/" + recorded.breach().breachId()));
    }

    @Post("/{id}/breaches/{breachId}/withdrawal")
    @Secured({CASE_OFFICER})
    BreachResponse withdrawBreach(@PathVariable String id, @PathVariable String breachId,
                                  @Body @Nullable WithdrawalRequest body,
                                  @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        Outcome.Accepted accepted = intake.change(id, CaseRequests.withdrawal(breachId, body), BreachCase::withdrawBreach,
                correlationId);
        return BreachResponse.of(accepted.breachCase().breach(breachId).orElseThrow());
    }

    @Post("/{id}/voluntary-disclosures")
    @Secured({CASE_OFFICER})
    HttpResponse<DisclosureResponse> recordVoluntaryDisclosure(@PathVariable String id,
                                                               @Body @Nullable VoluntaryDisclosureRequest body,
                                                               @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        Outcome.Accepted accepted = intake.change(id, required(body).read(), BreachCase::recordVoluntaryDisclosure,
                correlationId);
        return HttpResponse.created(DisclosureResponse.of(only(accepted, CaseEvent.VoluntaryDisclosureRecorded.class).disclosure()));
    }

    @Put("/{id}/factors")
    @Secured({CASE_OFFICER, DECISION_MAKER})
    FactorsResponse assessFactors(@PathVariable String id, @Body @Nullable FactorsRequest body,
                                  @Header(CORRELATION_HEADER) @Nullable String correlationId,
                                  @Nullable Authentication authentication) {
        Caller caller = callers.of(authentication);
        FactorsRequest factors = required(body);
        if (factors.decidedLevel() != null && !factors.decidedLevel().isBlank()) {
            // §5.8: the indicative level is the officer's assessment; departing from it is a decision
            caller.require(DECISION_MAKER, "A decidedLevel (a departure from the indicative level, §5.8)");
        }
        Outcome.Accepted accepted = intake.change(id, factors.withAssessedBy(caller.actingPerson("assessedBy",
                factors.assessedBy())).read(), BreachCase::assessFactors, correlationId);
        return FactorsResponse.of(only(accepted, CaseEvent.CaseFactorsAssessed.class).assessment());
    }

    @Post("/{id}/milestones")
    @Secured({CASE_OFFICER, DECISION_MAKER})
    HttpResponse<MilestoneResponse> recordMilestone(@PathVariable String id, @Body @Nullable MilestoneRequest body,
                                                    @Header(CORRELATION_HEADER) @Nullable String correlationId,
                                                    @Nullable Authentication authentication) {
        MilestoneRequest milestone = required(body);
        if (milestone.milestone() != null && DECISIONS.contains(milestone.milestone().trim())) {
            callers.of(authentication).require(DECISION_MAKER, "Recording the authority's decision (" + milestone.milestone().trim() + ")");
        }
        Outcome.Accepted accepted = intake.recordMilestone(id, milestone.read(), correlationId);
        return HttpResponse.created(MilestoneResponse.of(only(accepted, CaseEvent.ProcedureMilestoneRecorded.class).milestone()));
    }

    @Post("/{id}/penalty-decisions")
    @Secured({DECISION_MAKER})
    HttpResponse<PenaltyDecisionResponse> recordPenaltyDecision(@PathVariable String id,
                                                                @Body @Nullable PenaltyDecisionRequest body,
                                                                @Header(CORRELATION_HEADER) @Nullable String correlationId,
                                                                @Nullable Authentication authentication) {
        PenaltyDecisionRequest decision = required(body);
        decision = decision.withDecisionMaker(callers.of(authentication).actingPerson("decisionMaker", decision.decisionMaker()));
        Outcome.Accepted accepted = intake.change(id, decision.read(), BreachCase::recordPenaltyDecision, correlationId);
        return HttpResponse.created(PenaltyDecisionResponse.of(only(accepted, CaseEvent.PenaltyDecisionRecorded.class).decision()));
    }

    @Post("/{id}/closure")
    @Secured({DECISION_MAKER})
    CaseResponse close(@PathVariable String id, @Body @Nullable ClosureRequest body,
                       @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return CaseResponse.of(intake.change(id, required(body).read(), BreachCase::close, correlationId).breachCase());
    }

    private static <B> B required(B body) {
        if (body == null) {
            throw ProblemException.invalid("body", "is required (a JSON object)");
        }
        return body;
    }

    private static <E extends CaseEvent> E only(Outcome.Accepted accepted, Class<E> type) {
        Supplier<IllegalStateException> missing = () -> new IllegalStateException("expected a " + type.getSimpleName());
        return accepted.events().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow(missing);
    }
}
