package org.sanctionsplatform.publication.adapters.persistence;

import org.sanctionsplatform.support.persistence.BulkSql;
import org.sanctionsplatform.support.persistence.KeyedPlans;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.support.persistence.BulkSql.At;
import org.sanctionsplatform.support.persistence.BulkSql.ListChanges;
import org.sanctionsplatform.publication.application.CaseFactsStore;
import org.sanctionsplatform.publication.application.Revision;
import org.sanctionsplatform.publication.domain.CaseFacts;

/**
 * Keeps case facts in relational tables ({@code pub_case} and its ordered subjects, breaches and disclosures, each row at
 * its position {@code seq}). The cases of a batch are read with one statement per table, and only what changed is
 * written: usually one breach or disclosure appended and the case's count of events.
 */
@Singleton
class JdbcCaseFactsStore implements CaseFactsStore {

    static final String UPDATE_CASE = "update pub_case set case_reference = ?, events_applied = ? where case_id = ?";
    static final String UPDATE_SUBJECT = "update pub_subject set subject_id = ?, name = ?, subject_type = ? where "
            + "case_id = ? and seq = ?";
    static final String UPDATE_BREACH = "update pub_breach set breach_id = ?, subject_id = ?, breach_type = ?, "
            + "regime = ?, regulation = ?, estimated_value = ?, withdrawn = ? where case_id = ? and seq = ?";
    static final String UPDATE_DISCLOSURE = "update pub_disclosure set subject_id = ?, voluntary = ? "
            + "where case_id = ? and seq = ?";

    private final BulkSql sql;
    private final KeyedPlans plans;

    JdbcCaseFactsStore(BulkSql sql, KeyedPlans plans) {
        this.sql = sql;
        this.plans = plans;
    }

    @Override
    public Optional<CaseFacts> find(String caseId) {
        Reading reading = new Reading();
        sql.perChunk(List.of(caseId), chunk -> reading.add(chunk, false));
        return Optional.ofNullable(reading.facts().get(caseId));
    }

    /**
     * Adds to a chunk's statements the lock of its cases and the reads of their facts ({@link JdbcCaseStates}): the
     * cases' rows inserted where absent, then locked, then their lists read, each a statement of its own after the lock.
     */
    static void addLock(BulkSql.ChunkStatements chunk, Reading reading) {
        // never "find, else save": a case created by the other consumer between the two would be overwritten.
        // Inserting a key that another transaction has inserted and not yet committed waits for it (PostgreSQL, and
        // H2 in its PostgreSQL mode), then does nothing; the select then holds the rows until this transaction ends.
        // One statement inserts the batch's cases (a statement per case was 8 of publication's 54 per whole case).
        reading.add(chunk.insertKeys(INSERT_CASE, CASE_ROW, "on conflict do nothing"), true);
    }

    private void insertIfAbsent(List<String> sortedIds) {
        sql.insertKeys(INSERT_CASE, CASE_ROW, "on conflict do nothing", sortedIds);
    }

    private static final String INSERT_CASE = "insert into pub_case (case_id, case_reference, events_applied)";
    private static final String CASE_ROW = "(?, null, 0)";

    /** The facts of those of the cases that have a row, read with one statement per table (per chunk of cases). */
    static final class Reading {
        private record CaseRow(String reference, int eventsApplied) {
        }

        private final Map<String, CaseRow> rows = new LinkedHashMap<>();
        private final Map<String, List<CaseFacts.Subject>> subjects = new HashMap<>();
        private final Map<String, List<CaseFacts.Breach>> breaches = new HashMap<>();
        private final Map<String, List<CaseFacts.Disclosure>> disclosures = new HashMap<>();

        void add(BulkSql.ChunkStatements chunk, boolean forUpdate) {
            chunk.selectIn("select case_id, case_reference, events_applied from pub_case where case_id in (%s) order by "
                            + "case_id" + (forUpdate ? " for update" : ""),
                            r -> rows.put(r.getString(1), new CaseRow(r.getString(2), r.getInt(3))))
                    .selectIn("select case_id, subject_id, name, subject_type from pub_subject where case_id in (%s)"
                            + " order by case_id, seq", r -> subjects
                            .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new CaseFacts.Subject(r.getString(2), r.getString(3), r.getString(4))))
                    .selectIn("select case_id, breach_id, subject_id, breach_type, regime, regulation, estimated_value,"
                            + " withdrawn from pub_breach where case_id in (%s) order by case_id, seq",
                            r -> breaches.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                    .add(new CaseFacts.Breach(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                            r.getString(6), r.getBigDecimal(7), r.getBoolean(8))))
                    .selectIn("select case_id, subject_id, voluntary from pub_disclosure where case_id in (%s)"
                            + " order by case_id, seq", r -> disclosures
                            .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new CaseFacts.Disclosure(r.getString(2), r.getBoolean(3))));
        }

        Map<String, CaseFacts> facts() {
            Map<String, CaseFacts> facts = new LinkedHashMap<>();
            rows.forEach((id, row) -> facts.put(id, new CaseFacts(id, row.reference(),
                    subjects.getOrDefault(id, List.of()), breaches.getOrDefault(id, List.of()),
                    disclosures.getOrDefault(id, List.of()), row.eventsApplied())));
            return facts;
        }
    }

    @Override
    public void saveChanges(List<Revision<CaseFacts>> revisions) {
        // A batch's first write (CasePublications.applyInOrder): its reads, which pick between plans by the tables as
        // they are, are done; everything its transaction does from here on finds its rows by key (a case's facts,
        // assessment and progress by case id, their lists by (case_id, seq), a publication and its versions by id, the
        // register's rows by publication id) or inserts them, and appends to the outbox (WritePlansTest checks their
        // plans on empty tables). One plan each, kept: no planning of every insert and foreign-key check (KeyedPlans).
        plans.forThisTransaction();
        List<Revision<CaseFacts>> changed = revisions.stream().filter(Revision::changed).toList();
        if (changed.isEmpty()) {
            return;
        }
        // a case that was not read before (no row, as far as the caller knew) gets its row first
        insertIfAbsent(changed.stream().filter(r -> r.before() == null).map(Revision::caseId).sorted().toList());
        List<CaseFacts> caseRows = new ArrayList<>();
        ListChanges<CaseFacts.Subject> subjects = ListChanges.empty();
        ListChanges<CaseFacts.Breach> breaches = ListChanges.empty();
        ListChanges<CaseFacts.Disclosure> disclosures = ListChanges.empty();
        for (Revision<CaseFacts> r : changed) {
            CaseFacts before = r.before() != null ? r.before() : CaseFacts.unknown(r.caseId());
            CaseFacts after = r.after();
            if (!Objects.equals(before.caseReference(), after.caseReference())
                    || before.eventsApplied() != after.eventsApplied()) {
                caseRows.add(after);
            }
            subjects.add(r.caseId(), before.subjects(), after.subjects());
            breaches.add(r.caseId(), before.breaches(), after.breaches());
            disclosures.add(r.caseId(), before.disclosures(), after.disclosures());
        }
        sql.batch(UPDATE_CASE, caseRows, (s, f) -> {
            BulkSql.setText(s, 1, f.caseReference());
            s.setInt(2, f.eventsApplied());
            s.setString(3, f.caseId());
        });
        writeSubjects(subjects);
        writeBreaches(breaches);
        writeDisclosures(disclosures);
    }

    private void writeSubjects(ListChanges<CaseFacts.Subject> changes) {
        deleteTails("pub_subject", changes.removedFrom());
        sql.batch(UPDATE_SUBJECT,
                changes.updated(), (s, at) -> {
                    bindSubject(s, 1, at.value());
                    s.setString(4, at.caseId());
                    s.setInt(5, at.seq());
                });
        sql.batch("insert into pub_subject (case_id, seq, subject_id, name, subject_type) values (?, ?, ?, ?, ?)",
                changes.added(), (s, at) -> {
                    s.setString(1, at.caseId());
                    s.setInt(2, at.seq());
                    bindSubject(s, 3, at.value());
                });
    }

    private static void bindSubject(java.sql.PreparedStatement s, int from, CaseFacts.Subject subject)
            throws java.sql.SQLException {
        s.setString(from, subject.subjectId());
        s.setString(from + 1, subject.name());
        s.setString(from + 2, subject.subjectType());
    }

    private void writeBreaches(ListChanges<CaseFacts.Breach> changes) {
        deleteTails("pub_breach", changes.removedFrom());
        sql.batch(UPDATE_BREACH, changes.updated(), (s, at) -> {
                    bindBreach(s, 1, at.value());
                    s.setString(8, at.caseId());
                    s.setInt(9, at.seq());
                });
        sql.batch("insert into pub_breach (case_id, seq, breach_id, subject_id, breach_type, regime, regulation,"
                + " estimated_value, withdrawn) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", changes.added(), (s, at) -> {
                    s.setString(1, at.caseId());
                    s.setInt(2, at.seq());
                    bindBreach(s, 3, at.value());
                });
    }

    private static void bindBreach(java.sql.PreparedStatement s, int from, CaseFacts.Breach breach)
            throws java.sql.SQLException {
        s.setString(from, breach.breachId());
        BulkSql.setText(s, from + 1, breach.subjectId());
        BulkSql.setText(s, from + 2, breach.breachType());
        BulkSql.setText(s, from + 3, breach.regime());
        BulkSql.setText(s, from + 4, breach.regulation());
        BulkSql.setMoney(s, from + 5, breach.estimatedValue());
        s.setBoolean(from + 6, breach.withdrawn());
    }

    private void writeDisclosures(ListChanges<CaseFacts.Disclosure> changes) {
        deleteTails("pub_disclosure", changes.removedFrom());
        sql.batch(UPDATE_DISCLOSURE,
                changes.updated(), (s, at) -> {
                    BulkSql.setText(s, 1, at.value().subjectId());
                    s.setBoolean(2, at.value().voluntary());
                    s.setString(3, at.caseId());
                    s.setInt(4, at.seq());
                });
        sql.batch("insert into pub_disclosure (case_id, seq, subject_id, voluntary) values (?, ?, ?, ?)",
                changes.added(), (s, at) -> {
                    s.setString(1, at.caseId());
                    s.setInt(2, at.seq());
                    BulkSql.setText(s, 3, at.value().subjectId());
                    s.setBoolean(4, at.value().voluntary());
                });
    }

    /** Removes a case's items of a list table from a position on. */
    static String deleteTail(String table) {
        return "delete from " + table + " where case_id = ? and seq >= ?";
    }

    private <T> void deleteTails(String table, List<At<T>> removedFrom) {
        sql.batch(deleteTail(table), removedFrom, (s, at) -> {
            s.setString(1, at.caseId());
            s.setInt(2, at.seq());
        });
    }
}
