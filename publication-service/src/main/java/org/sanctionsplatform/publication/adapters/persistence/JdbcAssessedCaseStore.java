package org.sanctionsplatform.publication.adapters.persistence;

import org.sanctionsplatform.support.persistence.BulkSql;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctionsplatform.support.persistence.BulkSql.At;
import org.sanctionsplatform.support.persistence.BulkSql.ListChanges;
import org.sanctionsplatform.publication.application.AssessedCaseStore;
import org.sanctionsplatform.publication.application.Revision;
import org.sanctionsplatform.publication.domain.AssessedCase;

/**
 * Keeps the latest assessment of each case: outcome and value ({@code pub_assessment}), established breach ids and
 * penalties. The cases of a batch are read with one statement per table ({@link JdbcCaseStates}), and only what
 * changed is written: usually the assessment's row, and a penalty when one was set.
 */
@Singleton
class JdbcAssessedCaseStore implements AssessedCaseStore {

    static final String UPDATE_ASSESSMENT = "update pub_assessment set event_id = ?, input_version = ?, "
            + "likely_outcome = ?, aggregated_value = ?, seriousness = ?, level_reason = ?, outcome_on = ? where "
            + "case_id = ?";
    static final String DELETE_ASSESSED_BREACH = "delete from pub_assessed_breach "
            + "where case_id = ? and breach_id = ?";
    static final String DELETE_PENALTY_TAIL = "delete from pub_assessed_penalty where case_id = ? and seq >= ?";
    static final String UPDATE_PENALTY = "update pub_assessed_penalty set subject_id = ?, subject_name = ?, "
            + "subject_type = ?, final_penalty = ?, officer_of = ?, discounts = ? where case_id = ? and seq = ?";

    private final BulkSql sql;

    JdbcAssessedCaseStore(BulkSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<AssessedCase> find(String caseId) {
        Reading reading = new Reading();
        sql.perChunk(List.of(caseId), reading::add);
        return Optional.ofNullable(reading.assessments().get(caseId));
    }

    /**
     * The latest assessment of those of the cases that have one, read with one statement per table per chunk of cases
     * ({@link BulkSql#perChunk}; with the lock and the other stores' reads in {@link JdbcCaseStates}).
     */
    static final class Reading {
        private record AssessmentRow(String eventId, int inputVersion, String likelyOutcome, BigDecimal aggregatedValue,
                                     String seriousness, String levelReason, java.time.LocalDate outcomeOn) {
        }

        private final Map<String, AssessmentRow> rows = new LinkedHashMap<>();
        private final Map<String, Set<String>> breaches = new HashMap<>();
        private final Map<String, List<AssessedCase.Penalty>> penalties = new HashMap<>();

        void add(BulkSql.ChunkStatements chunk) {
            chunk.selectIn("select case_id, event_id, input_version, likely_outcome, aggregated_value, seriousness,"
                            + " level_reason, outcome_on from pub_assessment where case_id in (%s)", r -> rows.put(
                            r.getString(1), new AssessmentRow(r.getString(2), r.getInt(3), r.getString(4),
                                    r.getBigDecimal(5), r.getString(6), r.getString(7),
                                    r.getObject(8, java.time.LocalDate.class))))
                    .selectIn("select case_id, breach_id from pub_assessed_breach where case_id in (%s)",
                            r -> breaches.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2)))
                    .selectIn("select case_id, subject_id, subject_name, subject_type, final_penalty, officer_of,"
                            + " discounts from pub_assessed_penalty where case_id in (%s) order by case_id, seq",
                            r -> penalties.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                    .add(new AssessedCase.Penalty(r.getString(2), r.getString(3), r.getString(4),
                                            r.getBigDecimal(5), r.getString(6), lines(r.getString(7)))));
        }

        Map<String, AssessedCase> assessments() {
            Map<String, AssessedCase> assessments = new LinkedHashMap<>();
            rows.forEach((id, row) -> assessments.put(id, new AssessedCase(row.eventId(), row.inputVersion(),
                    row.likelyOutcome(), row.aggregatedValue(), breaches.getOrDefault(id, Set.of()),
                    penalties.getOrDefault(id, List.of()), row.seriousness(), row.levelReason(), row.outcomeOn())));
            return assessments;
        }
    }

    @Override
    public void saveChanges(List<Revision<AssessedCase>> revisions) {
        List<Revision<AssessedCase>> changed = revisions.stream().filter(Revision::changed).toList();
        if (changed.isEmpty()) {
            return;
        }
        List<Revision<AssessedCase>> inserted = new ArrayList<>();
        List<Revision<AssessedCase>> updated = new ArrayList<>();
        List<At<String>> breachesRemoved = new ArrayList<>();
        List<At<String>> breachesAdded = new ArrayList<>();
        ListChanges<AssessedCase.Penalty> penalties = ListChanges.empty();
        for (Revision<AssessedCase> r : changed) {
            AssessedCase before = r.before();
            AssessedCase after = r.after();
            (before == null ? inserted : updated).add(r);
            Set<String> breachesBefore = before == null ? Set.of() : before.establishedBreachIds();
            breachesBefore.stream().filter(id -> !after.establishedBreachIds().contains(id)).sorted()
                    .forEach(id -> breachesRemoved.add(new At<>(r.caseId(), 0, id)));
            after.establishedBreachIds().stream().filter(id -> !breachesBefore.contains(id)).sorted()
                    .forEach(id -> breachesAdded.add(new At<>(r.caseId(), 0, id)));
            penalties.add(r.caseId(), before == null ? List.of() : before.penalties(), after.penalties());
        }
        sql.batch("insert into pub_assessment (case_id, event_id, input_version, likely_outcome, aggregated_value,"
                + " seriousness, level_reason, outcome_on) values (?, ?, ?, ?, ?, ?, ?, ?)", inserted, (s, r) -> {
                    s.setString(1, r.caseId());
                    bindAssessment(s, 2, r.after());
                });
        sql.batch(UPDATE_ASSESSMENT, updated, (s, r) -> {
                    bindAssessment(s, 1, r.after());
                    s.setString(8, r.caseId());
                });
        sql.batch(DELETE_ASSESSED_BREACH, breachesRemoved, (s, at) -> {
            s.setString(1, at.caseId());
            s.setString(2, at.value());
        });
        sql.batch("insert into pub_assessed_breach (case_id, breach_id) values (?, ?)", breachesAdded, (s, at) -> {
            s.setString(1, at.caseId());
            s.setString(2, at.value());
        });
        sql.batch(DELETE_PENALTY_TAIL, penalties.removedFrom(),
                (s, at) -> {
                    s.setString(1, at.caseId());
                    s.setInt(2, at.seq());
                });
        sql.batch(UPDATE_PENALTY, penalties.updated(), (s, at) -> {
                    bindPenalty(s, 1, at.value());
                    s.setString(7, at.caseId());
                    s.setInt(8, at.seq());
                });
        sql.batch("insert into pub_assessed_penalty (case_id, seq, subject_id, subject_name, subject_type,"
                + " final_penalty, officer_of, discounts) values (?, ?, ?, ?, ?, ?, ?, ?)", penalties.added(), (s, at) -> {
                    s.setString(1, at.caseId());
                    s.setInt(2, at.seq());
                    bindPenalty(s, 3, at.value());
                });
    }

    private static void bindAssessment(java.sql.PreparedStatement s, int from, AssessedCase a)
            throws java.sql.SQLException {
        s.setString(from, a.assessmentEventId());
        s.setInt(from + 1, a.inputVersion());
        s.setString(from + 2, a.likelyOutcome());
        BulkSql.setMoney(s, from + 3, a.aggregatedValue());
        BulkSql.setText(s, from + 4, a.seriousness());
        BulkSql.setText(s, from + 5, a.levelReason());
        if (a.outcomeOn() == null) {
            s.setNull(from + 6, java.sql.Types.DATE);
        } else {
            s.setDate(from + 6, java.sql.Date.valueOf(a.outcomeOn()));
        }
    }

    /** The discounts, one a line. */
    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static void bindPenalty(java.sql.PreparedStatement s, int from, AssessedCase.Penalty p)
            throws java.sql.SQLException {
        s.setString(from, p.subjectId());
        s.setString(from + 1, p.subjectName());
        BulkSql.setText(s, from + 2, p.subjectType());
        BulkSql.setMoney(s, from + 3, p.finalPenalty());
        BulkSql.setText(s, from + 4, p.officerOf());
        BulkSql.setText(s, from + 5, p.discounts().isEmpty() ? null : String.join("\n", p.discounts()));
    }
}
