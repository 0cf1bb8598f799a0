package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.BaselineBands;
import org.sanctionsplatform.assessment.domain.CaseFile;
import org.sanctionsplatform.assessment.domain.ExplanationStep;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.assessment.domain.SettlementDiscountRule;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.deadline.adapters.kafka.CaseEventMapper;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseWindows;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowState;
import org.sanctionsplatform.intake.adapters.kafka.CaseEventAvroMapper;
import org.sanctionsplatform.intake.domain.AssessCaseFactors;
import org.sanctionsplatform.intake.domain.BreachCase;
import org.sanctionsplatform.intake.domain.BreachType;
import org.sanctionsplatform.intake.domain.CaseFactor;
import org.sanctionsplatform.intake.domain.CaseId;
import org.sanctionsplatform.intake.domain.CaseOrigin;
import org.sanctionsplatform.intake.domain.CaseProcedure;
import org.sanctionsplatform.intake.domain.CaseReference;
import org.sanctionsplatform.intake.domain.CalendarDivision;
import org.sanctionsplatform.intake.domain.ConductRating;
import org.sanctionsplatform.intake.domain.EventRecorder;
import org.sanctionsplatform.intake.domain.FactorEffect;
import org.sanctionsplatform.intake.domain.OpenCase;
import org.sanctionsplatform.intake.domain.Outcome;
import org.sanctionsplatform.intake.domain.RecordBreach;
import org.sanctionsplatform.intake.domain.RecordMilestone;
import org.sanctionsplatform.intake.domain.RecordPenaltyDecision;
import org.sanctionsplatform.intake.domain.Rejection;
import org.sanctionsplatform.intake.domain.SeverityRating;
import org.sanctionsplatform.intake.domain.SubjectType;
import org.sanctionsplatform.intake.domain.WindowRules;

/**
 * The contract between the services that apply the window rules: the same milestones, fed to each service through its
 * own code and its own mapping of the case events (intake's domain and Avro mapper; deadline-service's and
 * assessment-service's event mappers), give the same decisions. For any sequence of notices, extensions, signings,
 * representations, decisions and corrections:
 * <ul>
 *   <li>every extension intake accepts, the deadline service grants; every one intake refuses by the window rules, the
 *       deadline service would refuse;</li>
 *   <li>the settlement window and representations deadline the assessment judges the settlement discount by are the
 *       due dates of the deadline service's windows (§6.8–6.9).</li>
 * </ul>
 * Fails when a service keeps a copy of a rule, or maps the events so that it sees other milestones.
 */
class WindowRulesContractTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 2, 2);
    private static final LocalDate NOTICE = LocalDate.of(2026, 3, 2);
    private static final BusinessCalendars CALENDARS = BusinessCalendars.standard();
    private static final DueDates DUE_DATES = new DueDates(CALENDARS);
    private static final WindowRules INTAKE_WINDOW_RULES = new WindowRules(DUE_DATES);
    private static final Rulebook RULEBOOK = new Rulebook(BaselineBands.asPublished(), DUE_DATES);
    private static final EventRecorder RECORDER = new EventRecorder(
            Clock.fixed(LocalDate.of(2027, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    /** One officer's action: a milestone of a type on a day after the notice; extensions name a window and days. */
    record Step(Milestone milestone, int day, WindowKind kind, int days, int corrects) {
    }

    /*
     * A fixed seed, so that CI runs the same 150 samples every time: the seed that found the last divergence (a PAYMENT
     * window opened again by a second PENALTY_FINALISED; one extension was granted for the new window and refused for
     * the old, so intake refused what deadline-service granted; fixed in guidance-rules' ExtensionPolicy, which now
     * decides an extension for the window of the kind running on the day agreed). 60,000 random samples (3 runs of
     * 20,000 with @Property(tries = 20000) and no seed) found no other on 30 November 2026.
     */
    @Property(tries = 150, seed = "-5783927963231350472")
    void everyServiceDecidesTheSameMilestonesAlike(@ForAll @Size(max = 12) List<@From("steps") Step> steps,
                                                   @ForAll("divisions") CalendarDivision division) {
        Services services = new Services(division);
        services.intake(RecordMilestone.of(Milestone.NOTICE_OF_INTENTION, NOTICE));
        for (Step step : steps) {
            services.intake(command(step, services.milestoneIds));
        }
        services.intake(new RecordPenaltyDecision(services.subjectId, NOTICE, "Decision maker",
                new BigDecimal("500000.00"), null, null, null, true, null, null, null, null));

        // the assessment's settlement window and representations deadline are the deadline service's windows
        Assessment assessment = RULEBOOK.assess(services.caseFile);
        Optional<ExplanationStep> settlement = assessment.explanation().stream()
                .filter(s -> s.rule().equals(SettlementDiscountRule.NAME)).findFirst();
        assertThat(settlement).as("the settlement discount was considered").isPresent();
        Map<String, String> inputs = settlement.get().inputs();
        assertThat(inputs.get("settlementWindowEnds"))
                .isEqualTo(services.dueDate(WindowKind.SETTLEMENT_DISCUSSIONS).map(LocalDate::toString).orElse(null));
        assertThat(inputs.get("representationsDeadline"))
                .isEqualTo(services.dueDate(WindowKind.REPRESENTATIONS).map(LocalDate::toString).orElse(null));
    }

    /** The three services, each reached through its own code: intake's domain, then each consumer's event mapper. */
    private static final class Services {
        private BreachCase intakeCase;
        private CaseWindows deadline;
        private CaseFile caseFile;
        private final String subjectId;
        private final List<String> milestoneIds = new ArrayList<>();
        private final CaseEventMapper deadlineMapper = new CaseEventMapper();

        Services(CalendarDivision division) {
            OpenCase open = new OpenCase(null, OPENED, CaseProcedure.CIVIL_MONETARY_PENALTY, CaseOrigin.SELF_REPORT,
                    division, null, List.of(new OpenCase.Subject(null, "Contract Trading Ltd", SubjectType.LEGAL_PERSON,
                    null, null)), List.of(new RecordBreach(null, 0, BreachType.MAKING_FUNDS_AVAILABLE, "Russia",
                    "regulation 12", "payment", LocalDate.of(2025, 9, 1), null, new BigDecimal("2500000.00"), true, null)));
            CaseId id = CaseId.random();
            Outcome.Accepted opened = (Outcome.Accepted) BreachCase.open(id, CaseReference.generated(OPENED, 1), open, RECORDER);
            intakeCase = opened.breachCase();
            subjectId = intakeCase.subjects().get(0).subjectId().value();
            caseFile = CaseFile.unopened(id.toString());
            published(opened);
            published(intakeCase.assessFactors(new AssessCaseFactors(List.of(new AssessCaseFactors.Finding(
                    CaseFactor.B_VALUE, FactorEffect.MEDIUM, "value")), SeverityRating.MEDIUM, ConductRating.NEUTRAL,
                    "officer", NOTICE, null, null, false, null), RECORDER));
        }

        /** Intake decides; what it accepts goes to the consumers as the case events it publishes. */
        void intake(Object command) {
            Outcome outcome = command instanceof RecordMilestone m
                    ? intakeCase.recordMilestone(m, RECORDER, INTAKE_WINDOW_RULES)
                    : intakeCase.recordPenaltyDecision((RecordPenaltyDecision) command, RECORDER);
            if (outcome instanceof Outcome.Accepted accepted) {
                List<WindowEvent> windowEvents = published(accepted);
                if (command instanceof RecordMilestone m && m.milestone() == Milestone.WINDOW_EXTENSION_AGREED) {
                    assertThat(windowEvents).as("deadline grants what intake accepted: " + m)
                            .anyMatch(WindowEvent.Extended.class::isInstance)
                            .noneMatch(WindowEvent.ExtensionRefused.class::isInstance);
                }
                return;
            }
            Rejection rejection = ((Outcome.Rejected) outcome).rejection();
            if (command instanceof RecordMilestone m && m.milestone() == Milestone.WINDOW_EXTENSION_AGREED
                    && m.correctsMilestoneId() == null && rejection.kind() == Rejection.Kind.REFUSED) {
                // what intake refused by the window rules, the deadline service would refuse too
                CaseEvent.MilestoneRecorded wouldBe = new CaseEvent.MilestoneRecorded(deadline.caseId(), "refused",
                        m.milestone(), m.occurredOn(), Optional.ofNullable(m.subjectId()), Optional.empty(),
                        Optional.empty(), org.sanctionsplatform.guidance.windows.ExtensionRequest.of(m.windowKind(),
                        m.extensionBusinessDays(), m.reason()));
                assertThat(deadline.record(wouldBe, DUE_DATES)).as("deadline refuses what intake refused: "
                        + rejection.explanation()).noneMatch(WindowEvent.Extended.class::isInstance);
            }
        }

        /** The accepted events, through intake's Avro mapping, applied by the deadline and assessment services. */
        private List<WindowEvent> published(Outcome accepted) {
            Outcome.Accepted a = (Outcome.Accepted) accepted;
            intakeCase = a.breachCase();
            List<WindowEvent> windowEvents = new ArrayList<>();
            for (org.sanctionsplatform.intake.domain.CaseEvent event : a.events()) {
                CaseEventEnvelope envelope = CaseEventAvroMapper.toEnvelope(event, "contract");
                if (event instanceof org.sanctionsplatform.intake.domain.CaseEvent.ProcedureMilestoneRecorded m) {
                    milestoneIds.add(m.milestone().milestoneId().value());
                }
                deadlineMapper.toDomain(envelope).map(inbound -> inbound.event()).ifPresent(e -> {
                    if (e instanceof CaseEvent.Opened opened) {
                        deadline = CaseWindows.opened(opened);
                    } else if (e instanceof CaseEvent.MilestoneRecorded m) {
                        List<WindowEvent> changes = deadline.record(m, DUE_DATES);
                        windowEvents.addAll(changes);
                        deadline = deadline.apply(changes);
                    }
                });
                caseFile = caseFile.apply(org.sanctionsplatform.assessment.adapters.kafka.CaseEventMapper
                        .toDomain(envelope).input()).file();
            }
            return windowEvents;
        }

        /** The due date of the deadline service's latest standing window of the kind. */
        Optional<LocalDate> dueDate(WindowKind kind) {
            return deadline.windows().stream()
                    .filter(w -> w.kind() == kind && w.state() != WindowState.CANCELLED)
                    .max(java.util.Comparator.comparing(Window::startsOn).thenComparing(Window::dueDate))
                    .map(Window::dueDate);
        }
    }

    private static RecordMilestone command(Step step, List<String> milestoneIds) {
        LocalDate on = NOTICE.plusDays(step.day());
        String corrects = step.corrects() > 0 && step.corrects() <= milestoneIds.size()
                ? milestoneIds.get(step.corrects() - 1) : null;
        if (step.milestone() == Milestone.WINDOW_EXTENSION_AGREED) {
            return new RecordMilestone(step.milestone(), on, null, corrects, step.kind(), step.days(), null,
                    "agreed on evidence");
        }
        return new RecordMilestone(step.milestone(), on, null, corrects, null, null, null, null);
    }

    @Provide
    Arbitrary<Step> steps() {
        Arbitrary<Milestone> milestones = Arbitraries.of(Milestone.WINDOW_EXTENSION_AGREED,
                Milestone.WINDOW_EXTENSION_AGREED, Milestone.WINDOW_EXTENSION_AGREED, Milestone.NOTICE_OF_INTENTION,
                Milestone.REPRESENTATIONS_RECEIVED, Milestone.SETTLEMENT_AGREEMENT_SIGNED, Milestone.FINAL_DECISION,
                Milestone.PENALTY_FINALISED, Milestone.REVIEW_REQUESTED);
        Arbitrary<WindowKind> kinds = Arbitraries.of(WindowKind.SETTLEMENT_DISCUSSIONS, WindowKind.REPRESENTATIONS,
                WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS, WindowKind.REVIEW_REQUEST, WindowKind.PAYMENT,
                WindowKind.EAS_PROGRESS_REVIEW, WindowKind.UPPER_TRIBUNAL_APPEAL, WindowKind.SETTLEMENT_INVITATION_REPLY);
        return Combinators.combine(milestones, Arbitraries.integers().between(0, 90), kinds,
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 8))
                .as((m, day, kind, days, dice) -> new Step(m, day, kind, days, dice <= 2 ? dice : 0));
    }

    @Provide
    Arbitrary<CalendarDivision> divisions() {
        return Arbitraries.of(CalendarDivision.values());
    }
}
