package org.sanctionsplatform.publication.adapters.persistence;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.publication.application.PublicationStore;
import org.sanctionsplatform.publication.domain.PenalisedPerson;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.PublicationState;

/**
 * Keeps publications and every version drafted. The content of a version is a JSON document of the domain's
 * {@link PublicationContent}, (de)serialised through compile-time {@link SerdeImport}s.
 */
@Singleton
@SerdeImport(PublicationContent.class)
@SerdeImport(PenalisedPerson.class)
class JdbcPublicationStore implements PublicationStore {

    private final Repositories.PublicationRows publications;
    private final Repositories.PublicationVersionRows versions;
    private final ObjectMapper json;

    JdbcPublicationStore(Repositories.PublicationRows publications, Repositories.PublicationVersionRows versions,
                         ObjectMapper json) {
        this.publications = publications;
        this.versions = versions;
        this.json = json;
    }

    @Override
    public Optional<Publication> current(String caseId, PublicationKind kind) {
        return publications.findByCaseIdAndKind(caseId, kind.name()).map(this::withCurrentVersion);
    }

    @Override
    public void saveVersion(Publication p, Instant draftedAt) {
        Rows.PublicationRow row = new Rows.PublicationRow(p.publicationId(), p.caseId(), p.kind().name(),
                p.state().name(), p.version(), p.releaseCondition(), p.basedOnEventId(), draftedAt);
        if (publications.existsById(p.publicationId())) {
            publications.update(row);
        } else {
            publications.save(row);
        }
        versions.save(new Rows.PublicationVersionRow(null, p.publicationId(), p.version(), p.content().title(),
                p.content().text(), write(p.content()), p.basedOnEventId(), draftedAt));
    }

    @Override
    public List<Publication> ofCase(String caseId) {
        return publications.findByCaseIdOrderByKind(caseId).stream().map(this::withCurrentVersion).toList();
    }

    private Publication withCurrentVersion(Rows.PublicationRow row) {
        Rows.PublicationVersionRow version = versions
                .findByPublicationIdAndVersion(row.publicationId(), row.currentVersion())
                .orElseThrow(() -> new IllegalStateException("publication " + row.publicationId()
                        + " has no version " + row.currentVersion()));
        return new Publication(row.publicationId(), row.caseId(), PublicationKind.valueOf(row.kind()),
                PublicationState.valueOf(row.state()), read(version.content()), row.releaseCondition(),
                version.basedOnEventId());
    }

    private String write(PublicationContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise publication content", e);
        }
    }

    private PublicationContent read(String document) {
        try {
            return json.readValue(document, PublicationContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored publication content", e);
        }
    }
}
