package org.sanctionsplatform.publication.adapters.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import org.sanctionsplatform.publication.application.CasePublications;
import org.sanctionsplatform.support.problem.ProblemException;

import static org.sanctionsplatform.support.security.Roles.AUDITOR;
import static org.sanctionsplatform.support.security.Roles.CASE_OFFICER;
import static org.sanctionsplatform.support.security.Roles.DECISION_MAKER;
import static org.sanctionsplatform.support.security.Roles.PUBLICATION_OFFICER;

/** The publications of a case, drafts and withheld ones included: the latest version of each, with every version. */
// JDBC (and CPU-heavy work) never runs on the Netty event loop: a slow request must not hold up /health or others
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/cases")
class PublicationController {

    private final CasePublications publications;

    PublicationController(CasePublications publications) {
        this.publications = publications;
    }

    @Get("/{caseId}/publications")
    @Secured({CASE_OFFICER, DECISION_MAKER, PUBLICATION_OFFICER, AUDITOR})
    List<PublicationResponse> ofCase(String caseId) {
        return publications.ofCase(caseId)
                .map(list -> list.stream().map(p -> PublicationResponse.from(p, publications.versions(p.publicationId())))
                        .toList())
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId + " is not known to publication-service."));
    }
}
