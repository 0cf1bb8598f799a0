package org.sanctionsplatform.publication.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.sanctionsplatform.publication.domain.Publication;

/** One publication of a case in its latest version, as answered by {@code GET /cases/{id}/publications}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PublicationResponse(
        String publicationId,
        String caseId,
        String kind,
        int version,
        String state,
        boolean named,
        String title,
        String text,
        List<PenalisedPerson> penalisedPersons,
        List<String> breachTypes,
        List<String> regimes,
        List<String> regulations,
        boolean voluntarilyDisclosed,
        BigDecimal aggregatedValue,
        List<String> complianceLessons,
        String releaseCondition,
        String basedOnEventId) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PenalisedPerson(String name, BigDecimal penalty) {
    }

    static PublicationResponse from(Publication p) {
        var c = p.content();
        return new PublicationResponse(p.publicationId(), p.caseId(), p.kind().name(), p.version(), p.state().name(),
                c.named(), c.title(), c.text(),
                c.penalisedPersons().stream().map(x -> new PenalisedPerson(x.name(), x.penalty())).toList(),
                c.breachTypes(), c.regimes(), c.regulations(), c.voluntarilyDisclosed(), c.aggregatedValue(),
                c.complianceLessons(), p.releaseCondition(), p.basedOnEventId());
    }
}
