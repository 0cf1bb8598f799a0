package org.sanctionsplatform.intake.adapters.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.AssessmentRows;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.BreachRows;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.CaseRows;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.DecisionRows;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.DisclosureRows;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.FindingRows;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.MilestoneRows;
import org.sanctionsplatform.intake.adapters.persistence.Repositories.SubjectRows;
import org.sanctionsplatform.intake.adapters.persistence.Rows.AssessmentRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.BreachRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.CaseRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.DecisionRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.DisclosureRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.FindingRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.MilestoneRow;
import org.sanctionsplatform.intake.adapters.persistence.Rows.SubjectRow;
import org.sanctionsplatform.intake.domain.Breach;
import org.sanctionsplatform.intake.domain.BreachCase;
import org.sanctionsplatform.intake.domain.BreachId;
import org.sanctionsplatform.intake.domain.CaseClosure;
import org.sanctionsplatform.intake.domain.CaseEvent;
import org.sanctionsplatform.intake.domain.CaseFiles;
import org.sanctionsplatform.intake.domain.CaseId;
import org.sanctionsplatform.intake.domain.CaseReference;
import org.sanctionsplatform.intake.domain.CaseSubject;
import org.sanctionsplatform.intake.domain.FactorAssessment;
import org.sanctionsplatform.intake.domain.FactorFinding;
import org.sanctionsplatform.intake.domain.Gbp;
import org.sanctionsplatform.intake.domain.MilestoneId;
import org.sanctionsplatform.intake.domain.PenaltyDecision;
import org.sanctionsplatform.intake.domain.Percentage;
import org.sanctionsplatform.intake.domain.ProcedureMilestone;
import org.sanctionsplatform.intake.domain.SubjectId;
import org.sanctionsplatform.intake.domain.VoluntaryDisclosure;

/**
 * Keeps breach cases in intake's tables: each event of a command becomes the row changes it stands for, in
 * the caller's transaction; reading rebuilds the case from its rows.
 */
@Singleton
public class JdbcCaseFiles implements CaseFiles {

    private final CaseRows cases;
    private final SubjectRows subjects;
    private final BreachRows breaches;
    private final DisclosureRows disclosures;
    private final AssessmentRows assessments;
    private final FindingRows findings;
    private final MilestoneRows milestones;
    private final DecisionRows decisions;
    private final JdbcOperations jdbc;

    JdbcCaseFiles(CaseRows cases, SubjectRows subjects, BreachRows breaches, DisclosureRows disclosures,
                  AssessmentRows assessments, FindingRows findings, MilestoneRows milestones, DecisionRows decisions,
                  JdbcOperations jdbc) {
        this.cases = cases;
        this.subjects = subjects;
        this.breaches = breaches;
        this.disclosures = disclosures;
        this.assessments = assessments;
        this.findings = findings;
        this.milestones = milestones;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BreachCase> find(CaseId id) {
        return cases.findById(id.toString()).map(this::assemble);
    }

    @Override
    public Optional<BreachCase> findForChange(CaseId id) {
        return cases.findByIdForUpdate(id.toString()).map(this::assemble);
    }

    @Override
    public boolean isReferenceTaken(CaseReference reference) {
        return cases.existsByCaseReference(reference.value());
    }

    @Override
    public long nextCaseNumber() {
        return jdbc.prepareStatement("select nextval('case_number_seq')", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot draw a case number: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public CasePage list(int page, int size) {
        var found = cases.findAll(Pageable.from(page, size,
                Sort.of(Sort.Order.desc("recordedAt"), Sort.Order.desc("caseReference"))));
        List<CaseSummary> items = found.getContent().stream()
                .map(r -> new CaseSummary(new CaseId(UUID.fromString(r.id())), new CaseReference(r.caseReference()),
                        r.openedOn(), r.caseProcedure(), r.origin(), r.calendarDivision(), r.recordedAt(), r.closedOn(),
                        r.closureReason()))
                .toList();
        return new CasePage(items, page, size, found.getTotalSize());
    }

    // ---- writing -------------------------------------------------------------------------------------------

    @Override
    public void keep(BreachCase after, List<CaseEvent> events) {
        String caseId = after.id().toString();
        for (CaseEvent event : events) {
            if (event instanceof CaseEvent.CaseOpened e) {
                cases.save(new CaseRow(caseId, e.caseReference().value(), e.openedOn(), e.procedure(), e.origin(),
                        e.calendarDivision(), e.summary(), e.metadata().recordedAt(), null, null, null));
                for (int i = 0; i < e.subjects().size(); i++) {
                    CaseSubject s = e.subjects().get(i);
                    subjects.save(new SubjectRow(UUID.randomUUID().toString(), caseId, i, s.subjectId().value(), s.name(),
                            s.subjectType(), s.officerOf() == null ? null : s.officerOf().value(),
                            s.priorFixedPenaltyWarnings(), s.priorFixedPenalty()));
                }
            } else if (event instanceof CaseEvent.BreachRecorded e) {
                Breach b = e.breach();
                breaches.save(new BreachRow(b.breachId().value(), caseId, indexOf(after.breaches(), b, Breach::breachId),
                        b.subjectId().value(), b.breachType(), b.regime(), b.regulation(), b.description(), b.breachDate(),
                        b.breachEndDate(), b.estimatedValue() == null ? null : b.estimatedValue().amount(),
                        b.establishedOnBalanceOfProbabilities(), b.knewOrHadReasonableCauseToSuspect(), null, null,
                        b.sharesFundsWith() == null ? null : b.sharesFundsWith().value()));
            } else if (event instanceof CaseEvent.BreachWithdrawn e) {
                BreachRow row = breaches.findById(e.breachId().value()).orElseThrow();
                breaches.update(new BreachRow(row.id(), row.caseId(), row.seq(), row.subjectId(), row.breachType(),
                        row.regime(), row.regulation(), row.description(), row.breachDate(), row.breachEndDate(),
                        row.estimatedValue(), row.establishedOnBalanceOfProbabilities(),
                        row.knewOrHadReasonableCauseToSuspect(), e.reason(), e.metadata().recordedAt(),
                        row.sharesFundsWithBreachId()));
            } else if (event instanceof CaseEvent.VoluntaryDisclosureRecorded e) {
                VoluntaryDisclosure d = e.disclosure();
                disclosures.save(new DisclosureRow(d.disclosureId(), caseId,
                        indexOf(after.voluntaryDisclosures(), d, VoluntaryDisclosure::disclosureId), d.subjectId().value(),
                        d.disclosedOn(), d.requestedOrRequiredByOfsi(), d.ofsiAlreadyAware(),
                        d.compelledByOtherInvestigation(), d.completeAndAccurate(), d.cooperation(), d.discoveredOn(),
                        d.madeBy()));
            } else if (event instanceof CaseEvent.CaseFactorsAssessed e) {
                FactorAssessment a = e.assessment();
                assessments.save(new AssessmentRow(a.assessmentId(), caseId, (int) assessments.countByCaseId(caseId),
                        a.severity(), a.conduct(), a.assessedBy(), a.assessedOn(), a.decidedLevel(),
                        a.levelDepartureReason(), a.publicInterestStopsAction(), a.publicInterestReason(),
                        e.metadata().recordedAt()));
                for (int i = 0; i < a.findings().size(); i++) {
                    FactorFinding f = a.findings().get(i);
                    findings.save(new FindingRow(UUID.randomUUID().toString(), a.assessmentId(), i, f.factor(), f.effect(),
                            f.rationale()));
                }
            } else if (event instanceof CaseEvent.ProcedureMilestoneRecorded e) {
                ProcedureMilestone m = e.milestone();
                milestones.save(new MilestoneRow(m.milestoneId().value(), caseId,
                        indexOf(after.milestones(), m, ProcedureMilestone::milestoneId), m.milestone(), m.occurredOn(),
                        value(m.subjectId()), m.correctsMilestoneId() == null ? null : m.correctsMilestoneId().value(),
                        m.windowKind(), m.extensionBusinessDays(), m.dueDateInLetter(), m.reason(), null,
                        e.metadata().recordedAt()));
                if (m.correctsMilestoneId() != null) {
                    MilestoneRow corrected = milestones.findById(m.correctsMilestoneId().value()).orElseThrow();
                    milestones.update(new MilestoneRow(corrected.id(), corrected.caseId(), corrected.seq(),
                            corrected.milestone(), corrected.occurredOn(), corrected.subjectId(),
                            corrected.correctsMilestoneId(), corrected.windowKind(), corrected.extensionBusinessDays(),
                            corrected.dueDateInLetter(), corrected.reason(), m.milestoneId().value(), corrected.recordedAt()));
                }
            } else if (event instanceof CaseEvent.PenaltyDecisionRecorded e) {
                PenaltyDecision d = e.decision();
                decisions.save(new DecisionRow(d.decisionId(), caseId,
                        indexOf(after.penaltyDecisions(), d, PenaltyDecision::decisionId), d.subjectId().value(),
                        d.decidedOn(), d.decisionMaker(), amount(d.baseline()), d.baselineDepartureReason(),
                        percent(d.voluntaryDisclosureDiscountPercent()), percent(d.earlyAccountDiscountPercent()),
                        d.settlementDiscountClaimed(), amount(d.hardshipReduction()), d.hardshipReason(),
                        d.instalmentPlan(), d.rationale(), d.component()));
            } else if (event instanceof CaseEvent.CaseClosed e) {
                CaseRow row = cases.findById(caseId).orElseThrow();
                CaseClosure c = e.closure();
                cases.update(new CaseRow(row.id(), row.caseReference(), row.openedOn(), row.caseProcedure(), row.origin(),
                        row.calendarDivision(), row.summary(), row.recordedAt(), c.closedOn(), c.reason(), c.notes()));
            }
        }
    }

    private static <T, K> int indexOf(List<T> items, T item, Function<T, K> key) {
        K wanted = key.apply(item);
        for (int i = 0; i < items.size(); i++) {
            if (key.apply(items.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw new IllegalStateException("event item " + wanted + " is not in the case it was applied to");
    }

    // ---- reading -------------------------------------------------------------------------------------------

    private BreachCase assemble(CaseRow row) {
        String id = row.id();
        FactorAssessment assessment = assessments.findFirstByCaseIdOrderBySeqDesc(id).map(this::assessment).orElse(null);
        return new BreachCase(new CaseId(UUID.fromString(id)), new CaseReference(row.caseReference()), row.openedOn(),
                row.caseProcedure(), row.origin(), row.calendarDivision(), row.summary(), row.recordedAt(),
                subjects.findByCaseIdOrderBySeq(id).stream().map(s -> new CaseSubject(new SubjectId(s.subjectId()),
                        s.name(), s.subjectType(), s.officerOf() == null ? null : new SubjectId(s.officerOf()),
                        s.priorFixedPenaltyWarnings(), s.priorFixedPenalty())).toList(),
                breaches.findByCaseIdOrderBySeq(id).stream().map(JdbcCaseFiles::breach).toList(),
                disclosures.findByCaseIdOrderBySeq(id).stream().map(d -> new VoluntaryDisclosure(d.id(),
                        new SubjectId(d.subjectId()), d.disclosedOn(), d.requestedOrRequiredByOfsi(), d.ofsiAlreadyAware(),
                        d.compelledByOtherInvestigation(), d.completeAndAccurate(), d.cooperation(), d.discoveredOn(),
                        d.madeBy())).toList(),
                assessment,
                milestones.findByCaseIdOrderBySeq(id).stream().map(JdbcCaseFiles::milestone).toList(),
                decisions.findByCaseIdOrderBySeq(id).stream().map(JdbcCaseFiles::decision).toList(),
                row.closedOn() == null ? null : new CaseClosure(row.closedOn(), row.closureReason(), row.closureNotes()));
    }

    private static Breach breach(BreachRow b) {
        return new Breach(new BreachId(b.id()), new SubjectId(b.subjectId()), b.breachType(), b.regime(), b.regulation(),
                b.description(), b.breachDate(), b.breachEndDate(), b.estimatedValue() == null ? null : new Gbp(b.estimatedValue()),
                b.establishedOnBalanceOfProbabilities(), b.knewOrHadReasonableCauseToSuspect(),
                b.withdrawnAt() == null ? null : new Breach.Withdrawal(b.withdrawalReason(), b.withdrawnAt()),
                b.sharesFundsWithBreachId() == null ? null : new BreachId(b.sharesFundsWithBreachId()));
    }

    private FactorAssessment assessment(AssessmentRow a) {
        List<FactorFinding> found = new ArrayList<>();
        for (FindingRow f : findings.findByAssessmentIdOrderBySeq(a.id())) {
            found.add(new FactorFinding(f.factor(), f.effect(), f.rationale()));
        }
        return new FactorAssessment(a.id(), found, a.severity(), a.conduct(), a.assessedBy(), a.assessedOn(),
                a.decidedLevel(), a.levelDepartureReason(), a.publicInterestStopsAction(), a.publicInterestReason());
    }

    private static ProcedureMilestone milestone(MilestoneRow m) {
        return new ProcedureMilestone(new MilestoneId(m.id()), m.milestone(), m.occurredOn(),
                m.subjectId() == null ? null : new SubjectId(m.subjectId()),
                m.correctsMilestoneId() == null ? null : new MilestoneId(m.correctsMilestoneId()), m.windowKind(),
                m.extensionBusinessDays(), m.dueDateInLetter(), m.reason(),
                m.correctedBy() == null ? null : new MilestoneId(m.correctedBy()));
    }

    private static PenaltyDecision decision(DecisionRow d) {
        return new PenaltyDecision(d.id(), new SubjectId(d.subjectId()), d.decidedOn(), d.decisionMaker(),
                d.baseline() == null ? null : new Gbp(d.baseline()), d.baselineDepartureReason(),
                d.voluntaryDisclosureDiscountPercent() == null ? null : new Percentage(d.voluntaryDisclosureDiscountPercent()),
                d.earlyAccountDiscountPercent() == null ? null : new Percentage(d.earlyAccountDiscountPercent()),
                d.settlementDiscountClaimed(), d.hardshipReduction() == null ? null : new Gbp(d.hardshipReduction()),
                d.hardshipReason(), d.instalmentPlan(), d.rationale(), d.component());
    }

    private static String value(SubjectId id) {
        return id == null ? null : id.value();
    }

    private static java.math.BigDecimal amount(Gbp gbp) {
        return gbp == null ? null : gbp.amount();
    }

    private static java.math.BigDecimal percent(Percentage p) {
        return p == null ? null : p.value();
    }
}
