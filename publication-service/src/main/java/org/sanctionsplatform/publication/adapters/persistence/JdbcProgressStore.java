package org.sanctionsplatform.publication.adapters.persistence;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.publication.application.ProgressStore;
import org.sanctionsplatform.publication.application.Revision;
import org.sanctionsplatform.publication.domain.PublicationProgress;
import org.sanctionsplatform.support.persistence.BulkSql;

/** Keeps each case's {@link PublicationProgress} as one JSON document ({@code pub_progress}). */
@Singleton
@SerdeImport(PublicationProgress.class)
@SerdeImport(PublicationProgress.Decision.class)
@SerdeImport(PublicationProgress.DisclosureNotice.class)
class JdbcProgressStore implements ProgressStore {

    static final String UPDATE_PROGRESS = "update pub_progress set progress = ? where case_id = ?";

    private final BulkSql sql;
    private final ObjectMapper json;

    JdbcProgressStore(BulkSql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Adds to a chunk's statements the read of its cases' progress, into {@code found} ({@link JdbcCaseStates}). */
    void addRead(BulkSql.ChunkStatements chunk, Map<String, PublicationProgress> found) {
        chunk.selectIn("select case_id, progress from pub_progress where case_id in (%s)",
                r -> found.put(r.getString(1), read(r.getString(2))));
    }

    @Override
    public void saveChanges(List<Revision<PublicationProgress>> revisions) {
        List<Revision<PublicationProgress>> changed = revisions.stream().filter(Revision::changed).toList();
        sql.batch("insert into pub_progress (case_id, progress) values (?, ?)",
                changed.stream().filter(r -> r.before() == null).toList(), (s, r) -> {
                    s.setString(1, r.caseId());
                    s.setString(2, write(r.after()));
                });
        sql.batch(UPDATE_PROGRESS,
                changed.stream().filter(r -> r.before() != null).toList(), (s, r) -> {
                    s.setString(1, write(r.after()));
                    s.setString(2, r.caseId());
                });
    }

    private String write(PublicationProgress progress) {
        try {
            return json.writeValueAsString(progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise publication progress", e);
        }
    }

    private PublicationProgress read(String document) {
        try {
            return json.readValue(document, PublicationProgress.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored publication progress", e);
        }
    }
}
