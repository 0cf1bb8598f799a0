package org.sanctionsplatform.assessment.adapters.persistence;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
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

/**
 * Keeps the latest assessment of each case. The domain records are (de)serialised through compile-time
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

    private final Repositories.CaseAssessmentRows rows;
    private final ObjectMapper json;

    JdbcAssessmentStore(Repositories.CaseAssessmentRows rows, ObjectMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @Override
    public void saveLatest(Assessment a, String eventId, Instant assessedAt) {
        CaseAssessmentRow row = new CaseAssessmentRow(a.caseId(), eventId, a.inputVersion(), a.rulebook().name(),
                a.level() == null ? null : a.level().number(), a.likelyOutcome().name(), a.statutoryMaximum(),
                a.aggregatedValue(), assessedAt, write(a));
        if (rows.existsById(a.caseId())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
    }

    @Override
    public Optional<Assessment> latest(String caseId) {
        return rows.findById(caseId).map(row -> read(row.document()));
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
