package org.sanctionsplatform.bench.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.BaselineBands;
import org.sanctionsplatform.assessment.domain.Breach;
import org.sanctionsplatform.assessment.domain.CalendarDivision;
import org.sanctionsplatform.assessment.domain.CaseDraft;
import org.sanctionsplatform.assessment.domain.CaseFactor;
import org.sanctionsplatform.assessment.domain.CaseFile;
import org.sanctionsplatform.assessment.domain.Conduct;
import org.sanctionsplatform.assessment.domain.FactorEffect;
import org.sanctionsplatform.assessment.domain.FactorFinding;
import org.sanctionsplatform.assessment.domain.FactorRatings;
import org.sanctionsplatform.assessment.domain.Milestone;
import org.sanctionsplatform.assessment.domain.PenaltyDecision;
import org.sanctionsplatform.assessment.domain.Procedure;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.assessment.domain.Severity;
import org.sanctionsplatform.assessment.domain.Subject;
import org.sanctionsplatform.assessment.domain.SubjectType;
import org.sanctionsplatform.assessment.domain.VoluntaryDisclosure;

/**
 * Assessments per second of a 10-breach case on one thread, with the whole rulebook running: every breach
 * established or not (one before 15 June 2022), the statutory maximum, suggested ratings from six findings, Figure 5A
 * and 5B, the band, and for a company and its director (s.148) the baseline, the three discounts (the settlement
 * window measured in business days), discounts applied once and financial hardship, with the full explanation.
 * Run with {@code bench/run-jmh AssessmentBenchmark -f 1 -wi 3 -i 5 -t 1 -prof gc} for the allocation per
 * assessment ({@code gc.alloc.rate.norm}, bytes per operation).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AssessmentBenchmark {

    private Rulebook rulebook;
    private CaseFile tenBreachCase;
    private CaseDraft tenBreachDraft;

    @Setup
    public void setUp() {
        rulebook = new Rulebook(BaselineBands.asPublished(), new DueDates(BusinessCalendars.standard()));
        tenBreachDraft = tenBreachCase();
        tenBreachCase = tenBreachDraft.toCaseFile();
        Assessment check = rulebook.assess(tenBreachCase);
        if (check.breaches().size() != 10 || check.penalties().size() != 2 || check.penalties().get(0).finalPenalty() == null) {
            throw new IllegalStateException("the benchmark case is not assessed as intended: " + check);
        }
    }

    /** The rulebook alone: what every CaseAssessed and every preview costs in CPU. */
    @Benchmark
    public Assessment assessTenBreachCase() {
        return rulebook.assess(tenBreachCase);
    }

    /** The preview's domain path: replay the whole case through the case file, then assess. */
    @Benchmark
    public Assessment replayAndAssessTenBreachCase() {
        return rulebook.assess(tenBreachDraft.toCaseFile());
    }

    public static CaseDraft tenBreachCase() {
        List<Breach> breaches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate on = i == 0 ? LocalDate.of(2022, 3, 1) : LocalDate.of(2025, 1, 6).plusWeeks(i);
            breaches.add(new Breach("b-" + i, "s-1", "MAKING_FUNDS_AVAILABLE", "Russia",
                    "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12", on,
                    i == 9 ? null : new BigDecimal("250000.00").add(new BigDecimal(i * 1234)), true, i == 0 ? Boolean.TRUE : null,
                    null));
        }
        List<Subject> subjects = List.of(
                new Subject("s-1", "Canary Trading Ltd", SubjectType.LEGAL_PERSON, null),
                new Subject("s-2", "John Canary", SubjectType.INDIVIDUAL, "s-1"));
        FactorRatings ratings = new FactorRatings(Severity.HIGH, Conduct.NEUTRAL, null, null, false, null, "officer",
                LocalDate.of(2026, 2, 20), List.of(
                new FactorFinding(CaseFactor.A_CIRCUMVENTION, FactorEffect.LOW, "none found"),
                new FactorFinding(CaseFactor.B_VALUE, FactorEffect.HIGH, "£2.3m"),
                new FactorFinding(CaseFactor.C_STRATEGIC_PRIORITY, FactorEffect.HIGH, "Russia"),
                new FactorFinding(CaseFactor.D_HARM_OR_RISK_OF_HARM, FactorEffect.MEDIUM, "funds reached a DP"),
                new FactorFinding(CaseFactor.F_AWARENESS_OF_SANCTIONS_RISK, FactorEffect.NEUTRAL, "screening gaps"),
                new FactorFinding(CaseFactor.H_REPEATED_PERSISTENT_OR_EXTENDED, FactorEffect.AGGRAVATING, "ten payments")));
        List<Milestone> milestones = List.of(
                new Milestone("m-1", Milestone.EAS_AGREED_IN_PRINCIPLE, LocalDate.of(2025, 9, 1), "s-1", null),
                new Milestone("m-2", Milestone.NOTICE_OF_INTENTION, LocalDate.of(2026, 3, 2), null, null),
                new Milestone("m-3", Milestone.WINDOW_EXTENSION_AGREED, LocalDate.of(2026, 4, 1), null, null,
                        Milestone.SETTLEMENT_DISCUSSIONS, 5, "settlement imminent"),
                new Milestone("m-4", Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 4, 10), "s-1", null));
        List<PenaltyDecision> decisions = List.of(
                new PenaltyDecision("s-1", LocalDate.of(2026, 2, 25), "Head of Enforcement", new BigDecimal("800000.00"),
                        null, new BigDecimal("25"), new BigDecimal("15"), true, new BigDecimal("10000.00"),
                        "audited accounts", "6 monthly instalments", "as assessed"),
                new PenaltyDecision("s-2", LocalDate.of(2026, 2, 25), "Head of Enforcement", new BigDecimal("40000.00"),
                        null, null, null, false, null, null, null, "as assessed"));
        return new CaseDraft("bench-case", "OFSI-BENCH", LocalDate.of(2026, 1, 12), Procedure.CIVIL_MONETARY_PENALTY,
                CalendarDivision.ENGLAND_AND_WALES, subjects, breaches,
                List.of(new VoluntaryDisclosure("s-1", LocalDate.of(2025, 7, 1), false, false, false, true, "helpful")),
                ratings, milestones, decisions);
    }
}
