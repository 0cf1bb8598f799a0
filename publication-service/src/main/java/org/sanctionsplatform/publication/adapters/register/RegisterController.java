package org.sanctionsplatform.publication.adapters.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;
import org.sanctionsplatform.publication.application.RegisterReader;
import org.sanctionsplatform.publication.domain.RegisteredPublication;
import org.sanctionsplatform.support.problem.ProblemException;

/**
 * The public register as JSON (issue 10): released publications, newest first, paged, filterable by kind, regime and
 * year, and one publication with its versions. With the register's pages and feed, the only content anyone may read
 * without a token (DESIGN §8): it holds only what the authority released.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/register")
@Secured(SecurityRule.IS_ANONYMOUS)
class RegisterController {

    private final RegisterReader register;

    RegisterController(RegisterReader register) {
        this.register = register;
    }

    @Get("/publications")
    RegisterResponses.Page publications(@Nullable @QueryValue String kind, @Nullable @QueryValue String regime,
                                        @Nullable @QueryValue String year, @Nullable @QueryValue String page,
                                        @Nullable @QueryValue String size) {
        return RegisterResponses.Page.from(register.find(RegisterQueries.parse(kind, regime, year, page, size)));
    }

    @Get("/publications/{publicationId}")
    RegisterResponses.Publication publication(String publicationId) {
        Optional<RegisteredPublication> publication = RegisterQueries.plausibleId(publicationId)
                ? register.publication(publicationId) : Optional.empty();
        return publication.map(RegisterResponses.Publication::from)
                .orElseThrow(() -> ProblemException.notFound("That publication is not on the register."));
    }
}
