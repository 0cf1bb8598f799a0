package org.sanctionsplatform.publication.adapters.persistence;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsplatform.publication.application.AssessedCaseStore;
import org.sanctionsplatform.publication.domain.AssessedCase;

/** Keeps the latest assessment of each case: outcome and value, established breach ids and penalties. */
@Singleton
class JdbcAssessedCaseStore implements AssessedCaseStore {

    private final Repositories.AssessmentRows assessments;
    private final Repositories.AssessedBreachRows breaches;
    private final Repositories.AssessedPenaltyRows penalties;

    JdbcAssessedCaseStore(Repositories.AssessmentRows assessments, Repositories.AssessedBreachRows breaches,
                          Repositories.AssessedPenaltyRows penalties) {
        this.assessments = assessments;
        this.breaches = breaches;
        this.penalties = penalties;
    }

    @Override
    public Optional<AssessedCase> find(String caseId) {
        return assessments.findById(caseId).map(row -> new AssessedCase(row.eventId(), row.inputVersion(),
                row.likelyOutcome(), row.aggregatedValue(),
                breaches.findByCaseId(caseId).stream().map(Rows.AssessedBreachRow::breachId)
                        .collect(Collectors.toSet()),
                penalties.findByCaseIdOrderBySeq(caseId).stream()
                        .map(p -> new AssessedCase.Penalty(p.subjectId(), p.subjectName(), p.subjectType(),
                                p.finalPenalty()))
                        .toList()));
    }

    @Override
    public void save(String caseId, AssessedCase assessment) {
        Rows.AssessmentRow row = new Rows.AssessmentRow(caseId, assessment.assessmentEventId(),
                assessment.inputVersion(), assessment.likelyOutcome(), assessment.aggregatedValue());
        if (assessments.existsById(caseId)) {
            assessments.update(row);
        } else {
            assessments.save(row);
        }
        breaches.deleteByCaseId(caseId);
        penalties.deleteByCaseId(caseId);
        breaches.saveAll(assessment.establishedBreachIds().stream().sorted()
                .map(id -> new Rows.AssessedBreachRow(null, caseId, id)).toList());
        List<Rows.AssessedPenaltyRow> penaltyRows = new ArrayList<>();
        for (int i = 0; i < assessment.penalties().size(); i++) {
            AssessedCase.Penalty p = assessment.penalties().get(i);
            penaltyRows.add(new Rows.AssessedPenaltyRow(null, caseId, i, p.subjectId(), p.subjectName(),
                    p.subjectType(), p.finalPenalty()));
        }
        penalties.saveAll(penaltyRows);
    }
}
