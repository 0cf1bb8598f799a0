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
        String basedOnEventId,
        String whyPublished,
        String trueUnderstanding,
        String designatedPerson,
        String statement,
        List<Version> versions) {

    /** One version of the publication, in the state it was left in (§11.4: an amended one keeps the original). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Version(int version, String state, String title, String text, String statement,
                          List<PenalisedPerson> penalisedPersons) {
        static Version of(Publication p) {
            return new Version(p.version(), p.state().name(), p.content().title(), p.content().text(),
                    p.content().statement(), persons(p));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PenalisedPerson(String name, BigDecimal penalty, String officerOf, List<String> discounts) {
    }

    private static List<PenalisedPerson> persons(Publication p) {
        return p.content().penalisedPersons().stream()
                .map(x -> new PenalisedPerson(x.name(), x.penalty(), x.officerOf(), x.discounts())).toList();
    }

    static PublicationResponse from(Publication p) {
        return from(p, List.of(p));
    }

    static PublicationResponse from(Publication p, List<Publication> versions) {
        var c = p.content();
        return new PublicationResponse(p.publicationId(), p.caseId(), p.kind().name(), p.version(), p.state().name(),
                c.named(), c.title(), c.text(),
                persons(p), c.breachTypes(), c.regimes(), c.regulations(), c.voluntarilyDisclosed(), c.aggregatedValue(),
                c.complianceLessons(), p.releaseCondition(), p.basedOnEventId(), c.whyPublished(),
                c.trueUnderstanding(), c.designatedPerson(), c.statement(),
                versions.stream().map(Version::of).toList());
    }
}
