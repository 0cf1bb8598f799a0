package org.sanctionsplatform.intake.adapters.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.BreachRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.ClosureRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.FactorsRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.MilestoneRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.OpenCaseRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.DisclosureNoticeRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.PenaltyDecisionRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.PublicationDecisionRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.PublicationStepRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.PublicationTextRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.VoluntaryDisclosureRequest;
import org.sanctionsplatform.intake.adapters.http.CaseRequests.WithdrawalRequest;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.BreachResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.CaseListResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.CaseResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.DisclosureResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.FactorsResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.MilestoneResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.PenaltyDecisionResponse;
import org.sanctionsplatform.intake.adapters.http.CaseResponses.PublicationStepResponse;
import org.sanctionsplatform.intake.application.AuditTrail;
import org.sanctionsplatform.intake.application.CaseIntake;
import org.sanctionsplatform.intake.application.Requester;
import org.sanctionsplatform.intake.domain.Actor;
import org.sanctionsplatform.intake.domain.BreachCase;
import org.sanctionsplatform.intake.domain.CaseEvent;
import org.sanctionsplatform.intake.domain.Outcome;
import org.sanctionsplatform.intake.domain.Violation;
import org.sanctionsplatform.support.problem.ProblemException;
import org.sanctionsplatform.support.security.Caller;
import org.sanctionsplatform.support.security.Callers;
import org.sanctionsplatform.support.security.RequestIds;

import static org.sanctionsplatform.support.security.Roles.AUDITOR;
import static org.sanctionsplatform.support.security.Roles.CASE_OFFICER;
import static org.sanctionsplatform.support.security.Roles.DECISION_MAKER;
import static org.sanctionsplatform.support.security.Roles.PUBLICATION_OFFICER;

/**
 * The case officer's HTTP API. Thin: reads the body, calls one use case, answers with what was recorded.
 * Every refusal is {@code application/problem+json} (400 invalid fields, 401 no valid token, 403 a role that may not,
 * 404 unknown case, 409 refused by the procedure, 503 with {@code Retry-After} when intake takes no more writes for
 * now, see {@link WriteAdmission}) and leaves no row and no event behind. Each route names the roles that may call it
 * (README "Security"); who performed an action comes from the token ({@link Caller}).
 */
// JDBC (and CPU-heavy work) never runs on the Netty event loop: a slow request must not hold up /health or others
@ExecuteOn(TaskExecutors.BLOCKING)
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
    private final WriteAdmission admission;

    CasesController(CaseIntake intake, Callers callers, WriteAdmission admission) {
        this.intake = intake;
        this.callers = callers;
        this.admission = admission;
    }

    @Post
    @Secured({CASE_OFFICER})
    HttpResponse<CaseResponse> open(@Body @Nullable OpenCaseRequest body, HttpRequest<?> request,
                                    @Nullable Authentication authentication) {
        Requester requester = requester(request, callers.of(authentication), "POST /cases", CASE_OFFICER);
        return admission.open(request, () -> {
            Outcome.Accepted accepted = intake.open(required(body).read(), requester);
            BreachCase opened = accepted.breachCase();
            return HttpResponse.created(CaseResponse.of(opened), URI.create("/cases/" + opened.id()));
        });
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
                                              HttpRequest<?> request, @Nullable Authentication authentication) {
        Requester requester = requester(request, callers.of(authentication), "POST /cases/{id}/breaches", CASE_OFFICER);
        return admission.write(request, () -> {
            Outcome.Accepted accepted = intake.change(id, required(body).read(), BreachCase::recordBreach, requester);
            CaseEvent.BreachRecorded recorded = only(accepted, CaseEvent.BreachRecorded.class);
            return HttpResponse.created(BreachResponse.of(recorded.breach()),
                    URI.create("/cases/" + id + "/breaches/" + recorded.breach().breachId()));
        });
    }

    @Post("/{id}/breaches/{breachId}/withdrawal")
    @Secured({CASE_OFFICER})
    HttpResponse<BreachResponse> withdrawBreach(@PathVariable String id, @PathVariable String breachId,
                                                @Body @Nullable WithdrawalRequest body,
                                                HttpRequest<?> request, @Nullable Authentication authentication) {
        Requester requester = requester(request, callers.of(authentication),
                "POST /cases/{id}/breaches/{breachId}/withdrawal", CASE_OFFICER);
        return admission.write(request, () -> {
            Outcome.Accepted accepted = intake.change(id, CaseRequests.withdrawal(breachId, body), BreachCase::withdrawBreach,
                    requester);
            return HttpResponse.ok(BreachResponse.of(accepted.breachCase().breach(breachId).orElseThrow()));
        });
    }

    @Post("/{id}/voluntary-disclosures")
    @Secured({CASE_OFFICER})
    HttpResponse<DisclosureResponse> recordVoluntaryDisclosure(@PathVariable String id,
                                                               @Body @Nullable VoluntaryDisclosureRequest body,
                                                               HttpRequest<?> request,
                                                               @Nullable Authentication authentication) {
        Requester requester = requester(request, callers.of(authentication), "POST /cases/{id}/voluntary-disclosures",
                CASE_OFFICER);
        return admission.write(request, () -> {
            Outcome.Accepted accepted = intake.change(id, required(body).read(), BreachCase::recordVoluntaryDisclosure,
                    requester);
            return HttpResponse.created(DisclosureResponse.of(only(accepted, CaseEvent.VoluntaryDisclosureRecorded.class).disclosure()));
        });
    }

    @Put("/{id}/factors")
    @Secured({CASE_OFFICER, DECISION_MAKER})
    HttpResponse<FactorsResponse> assessFactors(@PathVariable String id, @Body @Nullable FactorsRequest body,
                                                HttpRequest<?> request, @Nullable Authentication authentication) {
        Caller caller = callers.of(authentication);
        FactorsRequest factors = required(body);
        boolean departure = factors.decidedLevel() != null && !factors.decidedLevel().isBlank();
        if (departure) {
            // §5.8: the indicative level is the officer's assessment; departing from it is a decision
            caller.require(DECISION_MAKER, "A decidedLevel (a departure from the indicative level, §5.8)");
        }
        Requester requester = departure ? requester(request, caller, "PUT /cases/{id}/factors", DECISION_MAKER)
                : requester(request, caller, "PUT /cases/{id}/factors", CASE_OFFICER, DECISION_MAKER);
        Caller.ActingPerson assessor = caller.actingPersonOf("assessedBy", factors.assessedBy());
        FactorsRequest assessed = factors.withAssessedBy(assessor.person());
        return admission.write(request, () -> {
            // a body naming somebody else is refused with the body's other problems, in one 400
            Outcome.Accepted accepted = intake.change(id, assessed.read().plus(violations(assessor)),
                    BreachCase::assessFactors, requester);
            return HttpResponse.ok(FactorsResponse.of(only(accepted, CaseEvent.CaseFactorsAssessed.class).assessment()));
        });
    }

    @Post("/{id}/milestones")
    @Secured({CASE_OFFICER, DECISION_MAKER})
    HttpResponse<MilestoneResponse> recordMilestone(@PathVariable String id, @Body @Nullable MilestoneRequest body,
                                                    HttpRequest<?> request, @Nullable Authentication authentication) {
        Caller caller = callers.of(authentication);
        MilestoneRequest milestone = required(body);
        boolean decision = milestone.milestone() != null && DECISIONS.contains(milestone.milestone().trim());
        if (decision) {
            caller.require(DECISION_MAKER, "Recording the authority's decision (" + milestone.milestone().trim() + ")");
        }
        Requester requester = decision
                ? requester(request, caller, "POST /cases/{id}/milestones", DECISION_MAKER)
                : requester(request, caller, "POST /cases/{id}/milestones", CASE_OFFICER, DECISION_MAKER);
        return admission.write(request, () -> {
            Outcome.Accepted accepted = intake.recordMilestone(id, milestone.read(), requester);
            return HttpResponse.created(MilestoneResponse.of(only(accepted, CaseEvent.ProcedureMilestoneRecorded.class).milestone()));
        });
    }

    @Post("/{id}/penalty-decisions")
    @Secured({DECISION_MAKER})
    HttpResponse<PenaltyDecisionResponse> recordPenaltyDecision(@PathVariable String id,
                                                                @Body @Nullable PenaltyDecisionRequest body,
                                                                HttpRequest<?> request,
                                                                @Nullable Authentication authentication) {
        Caller caller = callers.of(authentication);
        PenaltyDecisionRequest asked = required(body);
        Caller.ActingPerson decisionMaker = caller.actingPersonOf("decisionMaker", asked.decisionMaker());
        PenaltyDecisionRequest decision = asked.withDecisionMaker(decisionMaker.person());
        Requester requester = requester(request, caller, "POST /cases/{id}/penalty-decisions", DECISION_MAKER);
        return admission.write(request, () -> {
            // a body naming somebody else is refused with the body's other problems, in one 400
            Outcome.Accepted accepted = intake.change(id, decision.read().plus(violations(decisionMaker)),
                    BreachCase::recordPenaltyDecision, requester);
            return HttpResponse.created(PenaltyDecisionResponse.of(only(accepted, CaseEvent.PenaltyDecisionRecorded.class).decision()));
        });
    }

    @Post("/{id}/closure")
    @Secured({DECISION_MAKER})
    HttpResponse<CaseResponse> close(@PathVariable String id, @Body @Nullable ClosureRequest body, HttpRequest<?> request,
                                     @Nullable Authentication authentication) {
        Requester requester = requester(request, callers.of(authentication), "POST /cases/{id}/closure", DECISION_MAKER);
        return admission.write(request, () -> HttpResponse.ok(
                CaseResponse.of(intake.change(id, required(body).read(), BreachCase::close, requester).breachCase())));
    }

    // ---- publication steps (issue 10.6): decisions by the decision maker, the rest by the publication officer ----

    /** Publish, publish amended, or not publish the penalty summary (§11.3, §13.3) or the Disclosure (§12.2). */
    @Post("/{id}/publication/decisions")
    @Secured({DECISION_MAKER})
    HttpResponse<PublicationStepResponse> decidePublication(@PathVariable String id,
                                                            @Body @Nullable PublicationDecisionRequest body,
                                                            HttpRequest<?> request,
                                                            @Nullable Authentication authentication) {
        Caller caller = callers.of(authentication);
        Requester requester = requester(request, caller, "POST /cases/{id}/publication/decisions", DECISION_MAKER);
        return admission.write(request, () -> created(intake.decidePublication(id, required(body).read(caller.name()),
                requester)));
    }

    /** Notice of an intended Disclosure (§12.2): named (30 business days of representations) or unnamed (§12.3). */
    @Post("/{id}/publication/disclosure-notice")
    @Secured({DECISION_MAKER})
    HttpResponse<PublicationStepResponse> intendDisclosure(@PathVariable String id,
                                                           @Body @Nullable DisclosureNoticeRequest body,
                                                           HttpRequest<?> request,
                                                           @Nullable Authentication authentication) {
        Requester requester = requester(request, callers.of(authentication),
                "POST /cases/{id}/publication/disclosure-notice", DECISION_MAKER);
        return admission.write(request, () -> created(intake.intendDisclosure(id, required(body).read(), requester)));
    }

    /** The officer's "true understanding" section of the publication (§11.1, §12.3); the latest one counts. */
    @Put("/{id}/publication/text")
    @Secured({CASE_OFFICER, PUBLICATION_OFFICER})
    HttpResponse<PublicationStepResponse> writePublicationText(@PathVariable String id,
                                                               @Body @Nullable PublicationTextRequest body,
                                                               HttpRequest<?> request,
                                                               @Nullable Authentication authentication) {
        Caller caller = callers.of(authentication);
        Requester requester = requester(request, caller, "PUT /cases/{id}/publication/text", PUBLICATION_OFFICER,
                CASE_OFFICER);
        return admission.write(request, () -> created(intake.change(id, required(body).read(caller.name()),
                BreachCase::writePublicationText, requester)));
    }

    /** The Disclosure's text shared with the named person in advance, for factual accuracy (§12.2). */
    @Post("/{id}/publication/text-shared")
    @Secured({PUBLICATION_OFFICER})
    HttpResponse<PublicationStepResponse> sharePublicationText(@PathVariable String id,
                                                               @Body @Nullable PublicationStepRequest body,
                                                               HttpRequest<?> request,
                                                               @Nullable Authentication authentication) {
        Caller caller = callers.of(authentication);
        Requester requester = requester(request, caller, "POST /cases/{id}/publication/text-shared",
                PUBLICATION_OFFICER);
        return admission.write(request, () -> created(intake.change(id, required(body).shared(caller.name()),
                BreachCase::sharePublicationText, requester)));
    }

    /** The publication officer releases the decided Disclosure (§12.2). */
    @Post("/{id}/publication/release")
    @Secured({PUBLICATION_OFFICER})
    HttpResponse<PublicationStepResponse> authoriseRelease(@PathVariable String id,
                                                           @Body @Nullable PublicationStepRequest body,
                                                           HttpRequest<?> request,
                                                           @Nullable Authentication authentication) {
        Caller caller = callers.of(authentication);
        Requester requester = requester(request, caller, "POST /cases/{id}/publication/release", PUBLICATION_OFFICER);
        return admission.write(request, () -> created(intake.change(id, required(body).release(caller.name()),
                BreachCase::authoriseRelease, requester)));
    }

    private static HttpResponse<PublicationStepResponse> created(Outcome.Accepted accepted) {
        return HttpResponse.created(PublicationStepResponse.of(only(accepted, CaseEvent.PublicationStepRecorded.class)
                .step()));
    }

    /** The audit trail of the case (issue 9.3): who changed what, in which role, when, through which request. */
    @Get("/{id}/history")
    @Secured({CASE_OFFICER, DECISION_MAKER, PUBLICATION_OFFICER, AUDITOR})
    List<HistoryEntry> history(@PathVariable String id) {
        return intake.history(id).stream().map(HistoryEntry::of).toList();
    }

    /** One entry of {@code GET /cases/{id}/history}. */
    @Serdeable
    record HistoryEntry(String eventId, Instant recordedAt, String principal, String name, String role,
                        String requestId, String action, String change) {

        static HistoryEntry of(AuditTrail.Entry e) {
            return new HistoryEntry(e.eventId(), e.recordedAt(), e.principal(), e.principalName(), e.role(), e.requestId(),
                    e.action(), e.change());
        }
    }

    /**
     * Who asks, through which request: the request id is the X-Correlation-Id header (else a generated one), the
     * actor the caller the token vouches for, in the first of {@code roles} (the action's roles) they hold.
     */
    private static Requester requester(HttpRequest<?> request, Caller caller, String action, String... roles) {
        Actor actor = caller.verified() ? new Actor(caller.subject(), caller.name(), caller.actingRole(roles)) : null;
        return new Requester(request.getHeaders().get(CORRELATION_HEADER), RequestIds.of(request), actor, action);
    }

    /** The body's naming of somebody else as the acting person, as a violation of the request. */
    private static List<Violation> violations(Caller.ActingPerson acting) {
        return acting.violation().map(v -> List.of(new Violation(v.field(), v.reason()))).orElse(List.of());
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
