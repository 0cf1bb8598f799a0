package org.sanctionsplatform.publication.adapters.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsplatform.publication.application.RegisterPage;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.RegisterEntry;
import org.sanctionsplatform.publication.domain.RegisteredPublication;

/**
 * The public register's JSON: what the authority released and nothing else. No case id, no draft, no withheld case;
 * a publication that does not name the person carries no penalised person (§12.3).
 */
final class RegisterResponses {

    private RegisterResponses() {
    }

    /** {@code GET /api/register/publications}: one page of the register, newest first. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Page(int page, int size, long total, long pages, Filters filters, List<Item> items) {
        static Page from(RegisterPage page) {
            var q = page.query();
            return new Page(q.page(), q.size(), page.total(), page.pages(),
                    new Filters(q.kind() == null ? null : q.kind().name(), q.regime(), q.year()),
                    page.items().stream().map(Item::from).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Filters(@Nullable String kind, @Nullable String regime, @Nullable Integer year) {
    }

    /** A publication on the register in its current version. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(String publicationId, String kind, LocalDate firstReleasedOn, boolean amended, Version current,
                String page) {
        static Item from(RegisteredPublication p) {
            return new Item(p.publicationId(), p.kind().name(), p.firstReleasedOn(), p.amended(),
                    Version.from(p.current()), RegisterLinks.page(p.publicationId()));
        }
    }

    /** {@code GET /api/register/publications/{id}}: the current version and every version it superseded. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Publication(String publicationId, String kind, LocalDate firstReleasedOn, boolean amended, Version current,
                       List<Version> superseded, String page) {
        static Publication from(RegisteredPublication p) {
            return new Publication(p.publicationId(), p.kind().name(), p.firstReleasedOn(), p.amended(),
                    Version.from(p.current()), p.superseded().stream().map(Version::from).toList(),
                    RegisterLinks.page(p.publicationId()));
        }
    }

    /** One version: how it came onto the register and its content (§11.1, §12.3). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Version(int version, String change, LocalDate changedOn, @Nullable Integer supersedesVersion,
                   @Nullable String reason, boolean named, String title, String text,
                   List<PenalisedPerson> penalisedPersons, List<String> breachTypes, List<String> regimes,
                   List<String> regulations, boolean voluntarilyDisclosed, @Nullable BigDecimal aggregatedValue,
                   List<String> complianceLessons, @Nullable String whyPublished, @Nullable String trueUnderstanding,
                   @Nullable String designatedPerson, @Nullable String statement) {
        static Version from(RegisterEntry e) {
            PublicationContent c = e.publicContent();
            return new Version(e.version(), e.change().name(), e.changedOn(), e.supersedesVersion(), e.reason(),
                    c.named(), c.title(), c.text(),
                    c.penalisedPersons().stream().map(x -> new PenalisedPerson(x.name(), x.penalty(), x.officerOf(),
                            x.discounts())).toList(),
                    c.breachTypes(), c.regimes(), c.regulations(), c.voluntarilyDisclosed(), c.aggregatedValue(),
                    c.complianceLessons(), c.whyPublished(), c.trueUnderstanding(), c.designatedPerson(), c.statement());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PenalisedPerson(String name, @Nullable BigDecimal penalty, @Nullable String officerOf,
                           List<String> discounts) {
    }
}
