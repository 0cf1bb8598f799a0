package org.sanctionsplatform.assessment.adapters.persistence;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.assessment.application.CaseFiles;
import org.sanctionsplatform.assessment.domain.Breach;
import org.sanctionsplatform.assessment.domain.CalendarDivision;
import org.sanctionsplatform.assessment.domain.CaseFactor;
import org.sanctionsplatform.assessment.domain.FactorEffect;
import org.sanctionsplatform.assessment.domain.FactorFinding;
import org.sanctionsplatform.assessment.domain.FixedPenaltyHistory;
import org.sanctionsplatform.assessment.domain.CaseFile;
import org.sanctionsplatform.assessment.domain.Closure;
import org.sanctionsplatform.assessment.domain.Conduct;
import org.sanctionsplatform.assessment.domain.FactorRatings;
import org.sanctionsplatform.assessment.domain.Milestone;
import org.sanctionsplatform.assessment.domain.PenaltyDecision;
import org.sanctionsplatform.assessment.domain.Procedure;
import org.sanctionsplatform.assessment.domain.SeriousnessLevel;
import org.sanctionsplatform.assessment.domain.Severity;
import org.sanctionsplatform.assessment.domain.Subject;
import org.sanctionsplatform.assessment.domain.SubjectType;
import org.sanctionsplatform.assessment.domain.VoluntaryDisclosure;

/**
 * Keeps case files in relational tables. A save rewrites the case's child rows: a case has tens of rows, and the
 * domain's {@link CaseFile#apply} stays the only place that decides what a case event changes.
 */
@Singleton
class JdbcCaseFiles implements CaseFiles {

    private final Repositories.CaseFileRows files;
    private final Repositories.CaseSubjectRows subjects;
    private final Repositories.CaseBreachRows breaches;
    private final Repositories.CaseDisclosureRows disclosures;
    private final Repositories.CaseMilestoneRows milestones;
    private final Repositories.CasePenaltyDecisionRows decisions;
    private final Repositories.CaseFactorFindingRows findings;

    JdbcCaseFiles(Repositories.CaseFileRows files, Repositories.CaseSubjectRows subjects,
                  Repositories.CaseBreachRows breaches, Repositories.CaseDisclosureRows disclosures,
                  Repositories.CaseMilestoneRows milestones, Repositories.CasePenaltyDecisionRows decisions,
                  Repositories.CaseFactorFindingRows findings) {
        this.findings = findings;
        this.files = files;
        this.subjects = subjects;
        this.breaches = breaches;
        this.disclosures = disclosures;
        this.milestones = milestones;
        this.decisions = decisions;
    }

    @Override
    public Optional<CaseFile> find(String caseId) {
        return files.findById(caseId).map(row -> new CaseFile(
                row.caseId(),
                row.caseReference(),
                Procedure.valueOf(row.caseProcedure()),
                row.openedOn(),
                row.calendarDivision() == null ? null : CalendarDivision.valueOf(row.calendarDivision()),
                subjects.findByCaseIdOrderBySeq(caseId).stream()
                        .map(s -> new Subject(s.subjectId(), s.name(), SubjectType.valueOf(s.subjectType()),
                                s.officerOfSubjectId(),
                                new FixedPenaltyHistory(s.priorFixedPenaltyWarnings(), s.priorFixedPenalty())))
                        .toList(),
                breaches.findByCaseIdOrderBySeq(caseId).stream()
                        .map(b -> new Breach(b.breachId(), b.subjectId(), b.breachType(), b.regime(), b.regulation(),
                                b.breachDate(), b.estimatedValue(), b.establishedOnBalance(),
                                b.knewOrHadCauseToSuspect(), b.withdrawnReason(), b.sharesFundsWithBreachId()))
                        .toList(),
                disclosures.findByCaseIdOrderBySeq(caseId).stream()
                        .map(d -> new VoluntaryDisclosure(d.subjectId(), d.disclosedOn(), d.requestedOrRequiredByOfsi(),
                                d.ofsiAlreadyAware(), d.compelledByOtherInvestigation(), d.completeAndAccurate(),
                                d.cooperation(), d.discoveredOn(), d.madeBy()))
                        .toList(),
                ratings(row, caseId),
                milestones.findByCaseIdOrderBySeq(caseId).stream()
                        .map(m -> new Milestone(m.milestoneId(), m.milestoneType(), m.occurredOn(), m.subjectId(),
                                m.correctsMilestoneId(), m.windowKind(), m.extensionBusinessDays(), m.reason()))
                        .toList(),
                decisions.findByCaseIdOrderBySeq(caseId).stream()
                        .map(p -> new PenaltyDecision(p.subjectId(), p.decidedOn(), p.decisionMaker(), p.baseline(),
                                p.baselineDepartureReason(), p.voluntaryDisclosureDiscountPercent(),
                                p.earlyAccountDiscountPercent(), p.settlementDiscountClaimed(), p.hardshipReduction(),
                                p.hardshipReason(), p.instalmentPlan(), p.rationale(), p.component()))
                        .toList(),
                row.closedOn() == null && row.closureReason() == null ? null
                        : new Closure(row.closedOn(), row.closureReason(), row.closureNotes()),
                row.inputVersion()));
    }

    @Override
    public void save(CaseFile file) {
        String caseId = file.caseId();
        FactorRatings r = file.ratings();
        Closure c = file.closure();
        CaseFileRow row = new CaseFileRow(caseId, file.caseReference(), file.procedure().name(), file.openedOn(),
                file.inputVersion(),
                r == null || r.severity() == null ? null : r.severity().name(),
                r == null || r.conduct() == null ? null : r.conduct().name(),
                r == null || r.decidedLevel() == null ? null : r.decidedLevel().number(),
                r == null ? null : r.levelDepartureReason(),
                r != null && r.publicInterestStopsAction(),
                r == null ? null : r.publicInterestReason(),
                r == null ? null : r.assessedBy(),
                r == null ? null : r.assessedOn(),
                c == null ? null : c.closedOn(),
                c == null ? null : c.reason(),
                c == null ? null : c.notes(),
                file.calendarDivision().name());
        if (files.existsById(caseId)) {
            files.update(row);
        } else {
            files.save(row);
        }
        subjects.deleteByCaseId(caseId);
        breaches.deleteByCaseId(caseId);
        disclosures.deleteByCaseId(caseId);
        milestones.deleteByCaseId(caseId);
        decisions.deleteByCaseId(caseId);
        findings.deleteByCaseId(caseId);
        if (r != null) {
            findings.saveAll(indexed(r.findings(), (f, i) -> new CaseFactorFindingRow(null, caseId, i, f.factor().name(),
                    f.effect().name(), f.rationale())));
        }
        subjects.saveAll(indexed(file.subjects(), (s, i) -> new CaseSubjectRow(null, caseId, i, s.subjectId(), s.name(),
                s.type().name(), s.officerOfSubjectId(), s.fixedPenaltyHistory().priorWarnings(),
                s.fixedPenaltyHistory().priorFixedPenalty())));
        breaches.saveAll(indexed(file.breaches(), (b, i) -> new CaseBreachRow(null, caseId, i, b.breachId(),
                b.subjectId(), b.breachType(), b.regime(), b.regulation(), b.breachDate(), b.estimatedValue(),
                b.establishedOnBalanceOfProbabilities(), b.knewOrHadReasonableCauseToSuspect(), b.withdrawnReason(),
                b.sharesFundsWithBreachId())));
        disclosures.saveAll(indexed(file.disclosures(), (d, i) -> new CaseDisclosureRow(null, caseId, i, d.subjectId(),
                d.disclosedOn(), d.requestedOrRequiredByOfsi(), d.ofsiAlreadyAware(), d.compelledByOtherInvestigation(),
                d.completeAndAccurate(), d.cooperation(), d.discoveredOn(), d.madeBy())));
        milestones.saveAll(indexed(file.milestones(), (m, i) -> new CaseMilestoneRow(null, caseId, i, m.milestoneId(),
                m.type(), m.occurredOn(), m.subjectId(), m.correctsMilestoneId(), m.windowKind(),
                m.extensionBusinessDays(), m.reason())));
        decisions.saveAll(indexed(file.penaltyDecisions(), (p, i) -> new CasePenaltyDecisionRow(null, caseId, i,
                p.subjectId(), p.decidedOn(), p.decisionMaker(), p.baseline(), p.baselineDepartureReason(),
                p.voluntaryDisclosureDiscountPercent(), p.earlyAccountDiscountPercent(), p.settlementDiscountClaimed(),
                p.hardshipReduction(), p.hardshipReason(), p.instalmentPlan(), p.rationale(), p.component())));
    }

    private FactorRatings ratings(CaseFileRow row, String caseId) {
        boolean rated = row.factorsAssessedOn() != null || row.severity() != null || row.conduct() != null
                || row.decidedLevel() != null || row.publicInterestStopsAction();
        if (!rated) {
            return null;
        }
        return new FactorRatings(
                row.severity() == null ? null : Severity.valueOf(row.severity()),
                row.conduct() == null ? null : Conduct.valueOf(row.conduct()),
                row.decidedLevel() == null ? null : SeriousnessLevel.ofNumber(row.decidedLevel()).orElse(null),
                row.levelDepartureReason(),
                row.publicInterestStopsAction(),
                row.publicInterestReason(),
                row.factorsAssessedBy(),
                row.factorsAssessedOn(),
                findings.findByCaseIdOrderBySeq(caseId).stream()
                        .map(f -> new FactorFinding(CaseFactor.valueOf(f.factor()), FactorEffect.valueOf(f.effect()),
                                f.rationale()))
                        .toList());
    }

    private interface Indexed<T, R> {
        R map(T item, int index);
    }

    private static <T, R> List<R> indexed(List<T> items, Indexed<T, R> mapper) {
        List<R> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(mapper.map(items.get(i), i));
        }
        return rows;
    }
}
