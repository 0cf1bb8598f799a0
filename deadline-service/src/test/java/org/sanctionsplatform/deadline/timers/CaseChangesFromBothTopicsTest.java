package org.sanctionsplatform.deadline.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.InboundAssessment;
import org.sanctionsplatform.deadline.application.InboundCaseEvent;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.ExtensionRequest;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowState;

/**
 * The case events and the assessments reach the service on different consumers (threads, or replicas), so a notice
 * of intention and an assessment escalating the same fixed-penalty case can be applied at the same moment. Each
 * change locks the case's row, so whichever comes first, the other sees it: the representations window that stands
 * runs the full 30 business days (§7.1), never the halved 15 of §13.3 with the case's terms already switched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseChangesFromBothTopicsTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);

    private ApplicationContext context;
    private CaseDeadlines deadlines;

    @BeforeAll
    void start() {
        context = DeadlineContexts.replica(DeadlineContexts.newDatabase(), Instant.parse("2026-12-10T10:00:00Z"),
                Map.of("sep.deadline.timers.enabled", "false"));
        deadlines = context.getBean(CaseDeadlines.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aNoticeAndAnEscalationAppliedAtOnceLeaveTheFullLengthWindowWhicheverWins() throws Exception {
        List<CaseId> cases = raceOnNewCases("race-", caseId -> deadlines.apply(new InboundCaseEvent(new CaseEvent.Opened(
                caseId, Procedure.FIXED_MONETARY_PENALTY, Division.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 2)), cause())),
                caseId -> deadlines.apply(notice(caseId)),
                caseId -> deadlines.assessed(new InboundAssessment(caseId, Optional.of(false), cause())));

        for (CaseId caseId : cases) {
            List<Window> standing = deadlines.windowsOf(caseId).orElseThrow().stream()
                    .filter(w -> w.kind() == WindowKind.REPRESENTATIONS && w.state() != WindowState.CANCELLED)
                    .toList();
            assertThat(standing).as(caseId.value()).singleElement().satisfies(w -> {
                assertThat(w.dueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
                assertThat(w.fixedPenaltyCase()).isFalse();
            });
        }
    }

    @Test
    void anAssessmentAppliedWhileItsCaseIsBeingOpenedStillSetsTheTermsOfTheCase() throws Exception {
        // The case is opened as a fixed-penalty case while, on the other consumer, the assessment escalates it to the
        // full process: before the case has a row here there is nothing to lock, so both must meet on the case's key.
        // Without that the opening misses the uncommitted finding and the finding misses the uncommitted case, and
        // the notice that follows opens the halved 15-day window.
        List<CaseId> cases = raceOnNewCases("race-open-", caseId -> { },
                caseId -> deadlines.apply(new InboundCaseEvent(new CaseEvent.Opened(caseId, Procedure.FIXED_MONETARY_PENALTY,
                        Division.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 2)), cause())),
                caseId -> deadlines.assessed(new InboundAssessment(caseId, Optional.of(false), cause())));

        for (CaseId caseId : cases) {
            deadlines.apply(notice(caseId));
            assertThat(deadlines.windowsOf(caseId).orElseThrow())
                    .filteredOn(w -> w.kind() == WindowKind.REPRESENTATIONS)
                    .as(caseId.value()).singleElement().satisfies(w -> {
                        assertThat(w.dueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
                        assertThat(w.fixedPenaltyCase()).isFalse();
                    });
        }
    }

    /** For each of 25 new cases: {@code before}, then {@code first} and {@code second} on two threads released at once. */
    private static List<CaseId> raceOnNewCases(String prefix, Consumer<CaseId> before, Consumer<CaseId> first,
                                               Consumer<CaseId> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CaseId> cases = new ArrayList<>();
        try {
            for (int i = 0; i < 25; i++) {
                CaseId caseId = new CaseId(prefix + i + "-" + UUID.randomUUID());
                cases.add(caseId);
                before.accept(caseId);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> both = new ArrayList<>();
                for (Consumer<CaseId> change : List.of(first, second)) {
                    both.add(pool.submit(() -> {
                        together.await();
                        change.accept(caseId);
                        return null;
                    }));
                }
                for (Future<?> change : both) {
                    change.get(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return cases;
    }

    private static InboundCaseEvent notice(CaseId caseId) {
        return new InboundCaseEvent(new CaseEvent.MilestoneRecorded(caseId, "noi-1", Milestone.NOTICE_OF_INTENTION, NOTICE,
                Optional.empty(), Optional.empty(), Optional.empty(), ExtensionRequest.NONE), cause());
    }

    private static Causation cause() {
        return new Causation(UUID.randomUUID().toString(), Optional.empty(), Instant.parse("2026-12-10T10:00:00Z"));
    }
}
