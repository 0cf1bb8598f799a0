package org.sanctionsplatform.publication.adapters.persistence;

import org.sanctionsplatform.support.persistence.BulkSql;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.publication.application.PublicationStore;
import org.sanctionsplatform.publication.domain.PenalisedPerson;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.PublicationState;
import org.sanctionsplatform.support.audit.Actor;

/**
 * Keeps publications and every version drafted. The content of a version is a JSON document of the domain's
 * {@link PublicationContent}, (de)serialised through compile-time {@link SerdeImport}s. The current publications of a
 * batch's cases are read with one statement per kind ({@link JdbcCaseStates}), and the versions drafted in a batch
 * written in bulk. Each version keeps who caused it ({@code actor_subject/_name/_role}, issue 9.3).
 */
@Singleton
@SerdeImport(PublicationContent.class)
@SerdeImport(PenalisedPerson.class)
class JdbcPublicationStore implements PublicationStore {

    static final String UPDATE_CURRENT = "update publication set state = ?, current_version = ?, "
            + "release_condition = ?, based_on_event_id = ?, updated_at = ? where publication_id = ?";
    static final String UPDATE_STATE = "update publication set state = ?, state_reason = ?, state_on = ? where "
            + "publication_id = ?";
    static final String UPDATE_VERSION_STATE = "update publication_version set state = ? where publication_id = ? "
            + "and version = ?";

    private static final String CURRENT = "select p.publication_id, p.case_id, p.kind, p.state, p.release_condition,"
            + " v.content, v.based_on_event_id from publication p join publication_version v"
            + " on v.publication_id = p.publication_id and v.version = p.current_version";

    private final Repositories.PublicationRows publications;
    private final Repositories.PublicationVersionRows versions;
    private final BulkSql sql;
    private final ObjectMapper json;

    JdbcPublicationStore(Repositories.PublicationRows publications, Repositories.PublicationVersionRows versions,
                         BulkSql sql, ObjectMapper json) {
        this.publications = publications;
        this.versions = versions;
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Optional<Publication> current(String caseId, PublicationKind kind) {
        Map<String, Publication> current = new LinkedHashMap<>();
        sql.perChunk(List.of(caseId), chunk -> addCurrent(chunk, kind, current));
        return Optional.ofNullable(current.get(caseId));
    }

    /**
     * Adds to a chunk's statements the read of the latest version of its cases' publication of this kind, into
     * {@code current} by case id ({@link JdbcCaseStates}).
     */
    void addCurrent(BulkSql.ChunkStatements chunk, PublicationKind kind, Map<String, Publication> current) {
        chunk.selectIn(CURRENT + " where p.kind = ? and p.case_id in (%s)", List.of(kind.name()),
                r -> current.put(r.getString(2), new Publication(r.getString(1), r.getString(2),
                        PublicationKind.valueOf(r.getString(3)), PublicationState.valueOf(r.getString(4)),
                        read(r.getString(6)), r.getString(5), r.getString(7))));
    }

    @Override
    public void saveVersions(List<NewVersion> drafted) {
        if (drafted.isEmpty()) {
            return;
        }
        // each publication's row ends at its last version given: updated if it exists, else inserted
        Map<String, NewVersion> latest = new LinkedHashMap<>();
        drafted.forEach(v -> latest.put(v.publication().publicationId(), v));
        List<NewVersion> rows = List.copyOf(latest.values());
        int[] updated = sql.batch(UPDATE_CURRENT, rows, (s, v) -> {
                    Publication p = v.publication();
                    s.setString(1, p.state().name());
                    s.setInt(2, p.version());
                    s.setString(3, p.releaseCondition());
                    s.setString(4, p.basedOnEventId());
                    s.setTimestamp(5, Timestamp.from(v.draftedAt()));
                    s.setString(6, p.publicationId());
                });
        List<NewVersion> created = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                created.add(rows.get(i));
            }
        }
        sql.batch("insert into publication (publication_id, case_id, kind, state, current_version, release_condition,"
                + " based_on_event_id, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", created, (s, v) -> {
                    Publication p = v.publication();
                    s.setString(1, p.publicationId());
                    s.setString(2, p.caseId());
                    s.setString(3, p.kind().name());
                    s.setString(4, p.state().name());
                    s.setInt(5, p.version());
                    s.setString(6, p.releaseCondition());
                    s.setString(7, p.basedOnEventId());
                    s.setTimestamp(8, Timestamp.from(v.draftedAt()));
                });
        sql.batch("insert into publication_version (publication_id, version, title, text, content, based_on_event_id,"
                + " drafted_at, state, actor_subject, actor_name, actor_role) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                drafted, (s, v) -> {
                    Publication p = v.publication();
                    s.setString(1, p.publicationId());
                    s.setInt(2, p.version());
                    s.setString(3, p.content().title());
                    s.setString(4, p.content().text());
                    s.setString(5, write(p.content()));
                    s.setString(6, p.basedOnEventId());
                    s.setTimestamp(7, Timestamp.from(v.draftedAt()));
                    s.setString(8, p.state().name());
                    Actor.bind(s, 9, v.draftedBy());
                });
    }

    @Override
    public Map<String, Drafting> currentDraftings(String caseId) {
        Map<String, Drafting> draftings = new LinkedHashMap<>();
        sql.selectIn("select p.publication_id, v.version, v.drafted_at, v.actor_subject, v.actor_name, v.actor_role"
                + " from publication p join publication_version v on v.publication_id = p.publication_id"
                + " and v.version = p.current_version where p.case_id in (%s)", List.of(caseId),
                r -> draftings.put(r.getString("publication_id"), new Drafting(r.getInt("version"),
                        BulkSql.instant(r, "drafted_at"), Actor.read(r, "actor"))));
        return draftings;
    }

    @Override
    public void changeStates(List<StateChange> changes) {
        sql.batch(UPDATE_STATE, changes,
                (s, c) -> {
                    s.setString(1, c.publication().state().name());
                    BulkSql.setText(s, 2, c.reason());
                    s.setObject(3, c.on());
                    s.setString(4, c.publication().publicationId());
                });
        sql.batch(UPDATE_VERSION_STATE, changes,
                (s, c) -> {
                    s.setString(1, c.publication().state().name());
                    s.setString(2, c.publication().publicationId());
                    s.setInt(3, c.publication().version());
                });
    }

    @Override
    public List<Publication> versions(String publicationId) {
        List<Publication> found = new ArrayList<>();
        sql.selectIn("select p.publication_id, p.case_id, p.kind, coalesce(v.state, p.state), p.release_condition,"
                + " v.content, v.based_on_event_id from publication p join publication_version v"
                + " on v.publication_id = p.publication_id where p.publication_id in (%s) order by v.version",
                List.of(), List.of(publicationId), r -> found.add(new Publication(r.getString(1), r.getString(2),
                        PublicationKind.valueOf(r.getString(3)), PublicationState.valueOf(r.getString(4)),
                        read(r.getString(6)), r.getString(5), r.getString(7))));
        return found;
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
