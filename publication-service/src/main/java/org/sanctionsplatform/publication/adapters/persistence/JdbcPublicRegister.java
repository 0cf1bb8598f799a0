package org.sanctionsplatform.publication.adapters.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanctionsplatform.publication.application.PublicRegister;
import org.sanctionsplatform.publication.application.RegisterPage;
import org.sanctionsplatform.publication.application.RegisterReader;
import org.sanctionsplatform.publication.domain.PenalisedPerson;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.RegisterEntry;
import org.sanctionsplatform.publication.domain.RegisterQuery;
import org.sanctionsplatform.publication.domain.RegisteredPublication;
import org.sanctionsplatform.support.persistence.BulkSql;

/**
 * The public register on the service's database: one {@code register_entry} row per version put on it (its content a
 * JSON document of {@link PublicationContent}), one {@code register_publication} row naming the current version, and the
 * current version's regimes for the regime filter. Writes join the caller's transaction (the release lifecycle's), so
 * a release and its register entry commit together; a version already on the register is not written again.
 */
@Singleton
@SerdeImport(PublicationContent.class)
@SerdeImport(PenalisedPerson.class)
class JdbcPublicRegister implements PublicRegister, RegisterReader {

    static final String HEAD = "select kind, current_version, first_released_on from register_publication where "
            + "publication_id = ?";
    static final String ENTRY_EXISTS = "select 1 from register_entry where publication_id = ? and version = ?";
    static final String UPDATE_HEAD = "update register_publication set current_version = ?, kind = ?, "
            + "last_changed_on = ? where publication_id = ?";
    static final String DELETE_REGIMES = "delete from register_regime where publication_id = ?";

    private static final String ENTRY_COLUMNS = "e.publication_id, e.version, e.change, e.changed_on,"
            + " e.supersedes_version, e.reason, e.content, e.recorded_at";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    JdbcPublicRegister(JdbcOperations jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void released(String publicationId, String caseId, PublicationContent content, LocalDate releasedOn,
                         String reason) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(releasedOn, "releasedOn");
        Optional<Head> head = head(publicationId);
        if (head.isPresent()) {
            if (entryExists(publicationId, content.version())) {
                return;
            }
            throw new IllegalStateException("publication " + publicationId + " is on the register at version "
                    + head.get().currentVersion() + "; version " + content.version()
                    + " can only replace it as an amended version");
        }
        Instant now = clock.instant();
        update("insert into register_publication (publication_id, case_id, kind, current_version, first_released_on,"
                + " release_year, last_changed_on, first_recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setString(1, publicationId);
                    s.setString(2, caseId);
                    s.setString(3, content.kind().name());
                    s.setInt(4, content.version());
                    s.setDate(5, Date.valueOf(releasedOn));
                    s.setInt(6, releasedOn.getYear());
                    s.setDate(7, Date.valueOf(releasedOn));
                    s.setObject(8, BulkSql.utc(now));
                });
        insertEntry(publicationId, content, RegisterEntry.Change.RELEASED, releasedOn, null, reason, now);
        replaceRegimes(publicationId, content);
    }

    @Override
    @Transactional
    public void amended(String publicationId, String caseId, PublicationContent content, int supersedesVersion,
                        LocalDate amendedOn, String reason) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(amendedOn, "amendedOn");
        if (entryExists(publicationId, content.version())) {
            return;
        }
        Head head = head(publicationId).orElseThrow(() -> new IllegalStateException("publication " + publicationId
                + " is not on the register: only a released publication can be amended"));
        if (head.currentVersion() != supersedesVersion || content.version() <= supersedesVersion) {
            throw new IllegalStateException("publication " + publicationId + " is on the register at version "
                    + head.currentVersion() + "; version " + content.version() + " was said to supersede version "
                    + supersedesVersion);
        }
        Instant now = clock.instant();
        insertEntry(publicationId, content, RegisterEntry.Change.AMENDED, amendedOn, supersedesVersion, reason, now);
        update(UPDATE_HEAD, s -> {
                    s.setInt(1, content.version());
                    s.setString(2, content.kind().name());
                    s.setDate(3, Date.valueOf(amendedOn));
                    s.setString(4, publicationId);
                });
        replaceRegimes(publicationId, content);
    }

    @Override
    @Transactional(readOnly = true)
    public RegisterPage find(RegisterQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.kind() != null) {
            where.append(" and p.kind = ?");
            parameters.add(query.kind().name());
        }
        if (query.year() != null) {
            where.append(" and p.release_year = ?");
            parameters.add(query.year());
        }
        query.regimeKey().ifPresent(regime -> {
            where.append(" and exists (select 1 from register_regime r where r.publication_id = p.publication_id"
                    + " and r.regime_key = ?)");
            parameters.add(regime);
        });
        long total = jdbc.prepareStatement("select count(*) from register_publication p" + where, s -> {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
        List<RegisteredPublication> items = new ArrayList<>();
        if (total > query.offset()) {
            String sql = "select p.kind, p.first_released_on, " + ENTRY_COLUMNS + " from register_publication p"
                    + " join register_entry e on e.publication_id = p.publication_id and e.version = p.current_version"
                    + where + " order by p.first_released_on desc, p.first_recorded_at desc, p.publication_id"
                    + " limit ? offset ?";
            jdbc.prepareStatement(sql, s -> {
                bind(s, parameters);
                s.setInt(parameters.size() + 1, query.size());
                s.setLong(parameters.size() + 2, query.offset());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(new RegisteredPublication(r.getString("publication_id"),
                                PublicationKind.valueOf(r.getString("kind")),
                                r.getObject("first_released_on", LocalDate.class), entry(r), List.of()));
                    }
                }
                return null;
            });
        }
        return new RegisterPage(query, items, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisteredPublication> publication(String publicationId) {
        Optional<Head> head = head(publicationId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, RegisterEntry> versions = new LinkedHashMap<>();
        jdbc.prepareStatement("select " + ENTRY_COLUMNS + " from register_entry e where e.publication_id = ?"
                + " order by e.version", s -> {
                    s.setString(1, publicationId);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            RegisterEntry entry = entry(r);
                            versions.put(entry.version(), entry);
                        }
                    }
                    return null;
                });
        RegisterEntry current = versions.remove(head.get().currentVersion());
        return Optional.of(new RegisteredPublication(publicationId, head.get().kind(), head.get().firstReleasedOn(),
                current, List.copyOf(versions.values())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisterEntry> latestChanges(int limit) {
        return jdbc.prepareStatement("select " + ENTRY_COLUMNS + " from register_entry e"
                + " order by e.recorded_at desc, e.publication_id, e.version desc limit ?", s -> {
                    s.setInt(1, limit);
                    List<RegisterEntry> entries = new ArrayList<>();
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            entries.add(entry(r));
                        }
                    }
                    return entries;
                });
    }

    /** The register's row of a publication. */
    private record Head(PublicationKind kind, int currentVersion, LocalDate firstReleasedOn) {
    }

    private Optional<Head> head(String publicationId) {
        return jdbc.prepareStatement(HEAD, s -> {
                    s.setString(1, publicationId);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next()
                                ? Optional.of(new Head(PublicationKind.valueOf(r.getString(1)), r.getInt(2),
                                        r.getObject(3, LocalDate.class)))
                                : Optional.empty();
                    }
                });
    }

    private boolean entryExists(String publicationId, int version) {
        return jdbc.prepareStatement(ENTRY_EXISTS, s -> {
            s.setString(1, publicationId);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        });
    }

    private void insertEntry(String publicationId, PublicationContent content, RegisterEntry.Change change,
                             LocalDate changedOn, Integer supersedesVersion, String reason, Instant now) {
        update("insert into register_entry (publication_id, version, change, changed_on, supersedes_version, reason,"
                + " title, content, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setString(1, publicationId);
                    s.setInt(2, content.version());
                    s.setString(3, change.name());
                    s.setDate(4, Date.valueOf(changedOn));
                    if (supersedesVersion == null) {
                        s.setNull(5, java.sql.Types.INTEGER);
                    } else {
                        s.setInt(5, supersedesVersion);
                    }
                    BulkSql.setText(s, 6, reason);
                    s.setString(7, content.title() == null ? "" : content.title());
                    s.setString(8, write(content));
                    s.setObject(9, BulkSql.utc(now));
                });
    }

    private void replaceRegimes(String publicationId, PublicationContent content) {
        update(DELETE_REGIMES, s -> s.setString(1, publicationId));
        Set<String> keys = new LinkedHashSet<>();
        content.regimes().stream().filter(Objects::nonNull).filter(r -> !r.isBlank())
                .map(RegisterQuery::regimeKey).forEach(keys::add);
        for (String key : keys) {
            update("insert into register_regime (publication_id, regime_key) values (?, ?)", s -> {
                s.setString(1, publicationId);
                s.setString(2, key);
            });
        }
    }

    private RegisterEntry entry(ResultSet r) throws SQLException {
        int supersedesColumn = r.getInt("supersedes_version");
        Integer supersedes = r.wasNull() ? null : supersedesColumn;
        return new RegisterEntry(r.getString("publication_id"), r.getInt("version"),
                RegisterEntry.Change.valueOf(r.getString("change")), r.getObject("changed_on", LocalDate.class),
                supersedes, r.getString("reason"), read(r.getString("content")),
                BulkSql.instant(r, "recorded_at"));
    }

    @FunctionalInterface
    private interface Bind {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Bind binder) {
        jdbc.prepareStatement(sql, s -> {
            binder.bind(s);
            return s.executeUpdate();
        });
    }

    private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
    }

    private String write(PublicationContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise register content", e);
        }
    }

    private PublicationContent read(String document) {
        try {
            return json.readValue(document, PublicationContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read register content", e);
        }
    }
}
