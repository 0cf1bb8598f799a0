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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.function.Supplier;
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

/**
 * The case officer's HTTP API. Thin: reads the body, calls one use case, answers with what was recorded.
 * Every refusal is {@code application/problem+json} (400 invalid fields, 404 unknown case, 409 refused by the
 * procedure, 503 with {@code Retry-After} when intake takes no more writes for now, see {@link WriteAdmission}) and
 * leaves no row and no event behind.
 */
// JDBC (and CPU-heavy work) never runs on the Netty event loop: a slow request must not hold up /health or others
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/cases")
class CasesController {

    static final String CORRELATION_HEADER = CaseIntake.CORRELATION_HEADER;
    static final int MAX_PAGE_SIZE = 100;

    private final CaseIntake intake;
    private final WriteAdmission admission;

    CasesController(CaseIntake intake, WriteAdmission admission) {
        this.intake = intake;
        this.admission = admission;
    }

    @Post
    HttpResponse<CaseResponse> open(@Body @Nullable OpenCaseRequest body, @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return admission.write(() -> {
            Outcome.Accepted accepted = intake.open(required(body).read(), correlationId);
            BreachCase opened = accepted.breachCase();
            return HttpResponse.created(CaseResponse.of(opened), URI.create("/cases/" + opened.id()));
        });
    }

    @Get
    CaseListResponse list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid(page < 0 ? "page" : "size",
                    page < 0 ? "must not be negative" : "must be from 1 to " + MAX_PAGE_SIZE);
        }
        return CaseListResponse.of(intake.list(page, size));
    }

    @Get("/{id}")
    CaseResponse find(@PathVariable String id) {
        return CaseResponse.of(intake.find(id));
    }

    @Post("/{id}/breaches")
    HttpResponse<BreachResponse> recordBreach(@PathVariable String id, @Body @Nullable BreachRequest body,
                                              @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return admission.write(() -> {
            Outcome.Accepted accepted = intake.change(id, required(body).read(), BreachCase::recordBreach, correlationId);
            CaseEvent.BreachRecorded recorded = only(accepted, CaseEvent.BreachRecorded.class);
            return HttpResponse.created(BreachResponse.of(recorded.breach()),
                    URI.create("/cases/" + id + "/breaches/" + recorded.breach().breachId()));
        });
    }

    @Post("/{id}/breaches/{breachId}/withdrawal")
    BreachResponse withdrawBreach(@PathVariable String id, @PathVariable String breachId,
                                  @Body @Nullable WithdrawalRequest body,
                                  @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return admission.write(() -> {
            Outcome.Accepted accepted = intake.change(id, CaseRequests.withdrawal(breachId, body), BreachCase::withdrawBreach,
                    correlationId);
            return BreachResponse.of(accepted.breachCase().breach(breachId).orElseThrow());
        });
    }

    @Post("/{id}/voluntary-disclosures")
    HttpResponse<DisclosureResponse> recordVoluntaryDisclosure(@PathVariable String id,
                                                               @Body @Nullable VoluntaryDisclosureRequest body,
                                                               @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return admission.write(() -> {
            Outcome.Accepted accepted = intake.change(id, required(body).read(), BreachCase::recordVoluntaryDisclosure,
                    correlationId);
            return HttpResponse.created(DisclosureResponse.of(only(accepted, CaseEvent.VoluntaryDisclosureRecorded.class).disclosure()));
        });
    }

    @Put("/{id}/factors")
    FactorsResponse assessFactors(@PathVariable String id, @Body @Nullable FactorsRequest body,
                                  @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return admission.write(() -> {
            Outcome.Accepted accepted = intake.change(id, required(body).read(), BreachCase::assessFactors, correlationId);
            return FactorsResponse.of(only(accepted, CaseEvent.CaseFactorsAssessed.class).assessment());
        });
    }

    @Post("/{id}/milestones")
    HttpResponse<MilestoneResponse> recordMilestone(@PathVariable String id, @Body @Nullable MilestoneRequest body,
                                                    @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return admission.write(() -> {
            Outcome.Accepted accepted = intake.recordMilestone(id, required(body).read(), correlationId);
            return HttpResponse.created(MilestoneResponse.of(only(accepted, CaseEvent.ProcedureMilestoneRecorded.class).milestone()));
        });
    }

    @Post("/{id}/penalty-decisions")
    HttpResponse<PenaltyDecisionResponse> recordPenaltyDecision(@PathVariable String id,
                                                                @Body @Nullable PenaltyDecisionRequest body,
                                                                @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return admission.write(() -> {
            Outcome.Accepted accepted = intake.change(id, required(body).read(), BreachCase::recordPenaltyDecision, correlationId);
            return HttpResponse.created(PenaltyDecisionResponse.of(only(accepted, CaseEvent.PenaltyDecisionRecorded.class).decision()));
        });
    }

    @Post("/{id}/closure")
    CaseResponse close(@PathVariable String id, @Body @Nullable ClosureRequest body,
                       @Header(CORRELATION_HEADER) @Nullable String correlationId) {
        return admission.write(() -> {
            return CaseResponse.of(intake.change(id, required(body).read(), BreachCase::close, correlationId).breachCase());
        });
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
