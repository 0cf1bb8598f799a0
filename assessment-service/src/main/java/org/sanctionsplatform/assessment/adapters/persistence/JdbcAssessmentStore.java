package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sanctionsplatform.assessment.application.AssessmentStore;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.BaselineBand;
import org.sanctionsplatform.assessment.domain.BreachAssessment;
import org.sanctionsplatform.assessment.domain.Discount;
import org.sanctionsplatform.assessment.domain.ExplanationStep;
import org.sanctionsplatform.assessment.domain.FactorFinding;
import org.sanctionsplatform.assessment.domain.FixedPenaltyAssessment;
import org.sanctionsplatform.assessment.domain.SubjectFixedPenalty;
import org.sanctionsplatform.assessment.domain.SubjectPenalty;
import org.sanctionsplatform.support.audit.Actor;

/**
 * Keeps the latest assessment of each case in {@code case_assessment}: the figures worth querying as columns, the whole
 * assessment as a JSON document (what GET /cases/{id}/assessment answers), and who caused it (the actor of the case
 * event it was made from, issue 9.3) in {@code actor_subject/_name/_role}. A poll batch writes each of its cases' last
 * assessment once: one JDBC batch of updates for the cases opened before it, then one of inserts for the cases it
 * opened (and any update that found no row). The domain records are (de)serialised through compile-time
 * {@link SerdeImport}s, so the domain carries no framework annotation.
 */
@Singleton
@SerdeImport(Assessment.class)
@SerdeImport(BreachAssessment.class)
@SerdeImport(BaselineBand.class)
@SerdeImport(SubjectPenalty.class)
@SerdeImport(Discount.class)
@SerdeImport(ExplanationStep.class)
@SerdeImport(FactorFinding.class)
@SerdeImport(FixedPenaltyAssessment.class)
@SerdeImport(SubjectFixedPenalty.class)
class JdbcAssessmentStore implements AssessmentStore {

    private static final String COLUMNS = "event_id, input_version, rulebook, seriousness_level, likely_outcome, "
            + "statutory_maximum, aggregated_value, assessed_at, document, actor_subject, actor_name, actor_role";
    /** A case's latest assessment: its columns, then the case id. */
    static final String UPDATE_LATEST = "update case_assessment set " + COLUMNS.replace(",", " = ?,") + " = ? where case_id = ?";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    JdbcAssessmentStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void saveLatest(List<Latest> latest, Set<String> opened) {
        if (latest.isEmpty()) {
            return;
        }
        List<Row> updates = new ArrayList<>(latest.size());
        List<Row> inserts = new ArrayList<>();
        for (Latest l : latest) {
            Row row = new Row(l, write(l.assessment()));
            (opened.contains(l.assessment().caseId()) ? inserts : updates).add(row);
        }
        if (!updates.isEmpty()) {
            int[] counts = jdbc.prepareStatement(UPDATE_LATEST, s -> bindAll(s, updates));
            for (int i = 0; i < updates.size(); i++) {
                if (counts[i] == 0) {
                    inserts.add(updates.get(i));
                }
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.prepareStatement("insert into case_assessment (" + COLUMNS + ", case_id) values ("
                    + Sql.placeholders(13) + ")", s -> bindAll(s, inserts));
        }
    }

    @Override
    public Optional<Latest> latest(String caseId) {
        return jdbc.prepareStatement("select document, event_id, assessed_at, actor_subject, actor_name, actor_role "
                + "from case_assessment where case_id = ?", s -> {
            s.setString(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Latest(read(rs.getString("document")), rs.getString("event_id"),
                                rs.getTimestamp("assessed_at").toInstant(), Actor.read(rs, "actor")))
                        : Optional.<Latest>empty();
            }
        });
    }

    private record Row(Latest latest, String document) {
    }

    /** Binds each row's columns, in the order of COLUMNS, then its case id, as one batch. */
    private static int[] bindAll(PreparedStatement s, List<Row> rows) throws SQLException {
        for (Row row : rows) {
            Assessment a = row.latest().assessment();
            s.setString(1, row.latest().eventId());
            s.setInt(2, a.inputVersion());
            s.setString(3, a.rulebook().name());
            Sql.setInteger(s, 4, a.level() == null ? null : a.level().number());
            s.setString(5, a.likelyOutcome().name());
            s.setBigDecimal(6, a.statutoryMaximum());
            Sql.setDecimal(s, 7, a.aggregatedValue());
            s.setTimestamp(8, Timestamp.from(row.latest().assessedAt()));
            s.setString(9, row.document());
            Actor.bind(s, 10, row.latest().actor());
            s.setString(13, a.caseId());
            s.addBatch();
        }
        return s.executeBatch();
    }

    private String write(Assessment assessment) {
        try {
            return json.writeValueAsString(assessment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the assessment of case " + assessment.caseId(), e);
        }
    }

    private Assessment read(String document) {
        try {
            return json.readValue(document, Assessment.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored assessment", e);
        }
    }
}
