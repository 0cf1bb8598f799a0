package org.sanctionsplatform.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One version of a publication as the public register holds it: released (§11.1 summaries, §12 Disclosures, §13.3
 * fixed penalties) or published in place of an earlier version (§11.4: a tribunal amended or quashed the penalty).
 * {@code recordedAt} is when the register took it in; {@code changedOn} the date the authority released or amended it.
 */
public record RegisterEntry(
        String publicationId,
        int version,
        Change change,
        LocalDate changedOn,
        Integer supersedesVersion,
        String reason,
        PublicationContent content,
        Instant recordedAt) {

    /** How a version came onto the register. */
    public enum Change {
        RELEASED,
        AMENDED
    }

    public RegisterEntry {
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(changedOn, "changedOn");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * The content the public may read. A publication that does not name the person (§12.3: a Disclosure made only for
     * its compliance lessons) shows no penalised person, whatever the content carries; an anonymised report (§11.3)
     * keeps its persons, which are labels ("Person A (a legal person)") by construction.
     */
    public PublicationContent publicContent() {
        if (content.named() || content.penalisedPersons().isEmpty() || content.kind() == PublicationKind.ANONYMISED_REPORT) {
            return content;
        }
        return new PublicationContent(content.kind(), false, content.version(), content.title(), content.text(),
                List.of(), content.breachTypes(), content.regimes(), content.regulations(),
                content.voluntarilyDisclosed(), content.aggregatedValue(), content.complianceLessons(),
                content.whyPublished(), content.trueUnderstanding(), content.designatedPerson(), content.statement());
    }
}
