package org.sanctionsplatform.deadline.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.deadline.application.CaseWindowsStore;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.InboundAssessment;
import org.sanctionsplatform.deadline.application.InboundCaseEvent;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.ExtensionRequest;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.RoundTrips;

/**
 * A consumer's batch locks its cases and reads them, with their windows, extensions and assessed terms, in one round
 * trip to PostgreSQL (issue "Pipeline speed": it was six, each a wait of the consumer's thread), counted at the driver's
 * socket; and what it reads is each case as stored: opened cases with their windows and terms, a case known only by
 * its assessment with its terms, a case never heard of absent.
 */
class BatchReadRoundTripsTest {

    @Test
    void aBatchLocksAndReadsItsCasesInOneRoundTrip() {
        String counted = RoundTrips.counted(DeadlineContexts.newDatabase(), "deadline-batch-reads");
        try (ApplicationContext context = DeadlineContexts.replica(counted, Instant.parse("2026-12-10T10:00:00Z"),
                Map.of("sep.deadline.timers.enabled", "false"))) {
            CaseDeadlines deadlines = context.getBean(CaseDeadlines.class);
            List<CaseId> opened = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                CaseId caseId = new CaseId("reads-" + i + "-" + UUID.randomUUID());
                opened.add(caseId);
                deadlines.apply(new InboundCaseEvent(new CaseEvent.Opened(caseId, Procedure.CIVIL_MONETARY_PENALTY,
                        Division.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 2)), cause()));
                deadlines.apply(new InboundCaseEvent(new CaseEvent.MilestoneRecorded(caseId, "noi-1",
                        Milestone.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty(),
                        Optional.empty(), ExtensionRequest.NONE), cause()));
                deadlines.assessed(new InboundAssessment(caseId, Optional.of(false), cause()));
            }
            CaseId assessedOnly = new CaseId("assessed-only-" + UUID.randomUUID());
            deadlines.assessed(new InboundAssessment(assessedOnly, Optional.of(true), cause()));
            CaseId unknown = new CaseId("unknown-" + UUID.randomUUID());

            CaseWindowsStore store = context.getBean(CaseWindowsStore.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
            List<CaseId> batch = new ArrayList<>(opened);
            batch.add(assessedOnly);
            batch.add(unknown);
            long[] roundTrips = new long[1];
            Map<CaseId, CaseWindowsStore.Stored> stored = tx.executeWrite(status -> {
                long before = RoundTrips.onThisThread();
                Map<CaseId, CaseWindowsStore.Stored> read = store.lockAndLoad(batch);
                roundTrips[0] = RoundTrips.onThisThread() - before;
                return read;
            });

            assertThat(roundTrips[0]).as("round trips to lock and read %d cases", batch.size()).isEqualTo(1);
            assertThat(stored).as("a case never heard of is absent").doesNotContainKey(unknown)
                    .hasSize(opened.size() + 1);
            for (CaseId caseId : opened) {
                CaseWindowsStore.Stored s = stored.get(caseId);
                assertThat(s.assessedTerms()).as("%s terms", caseId.value()).contains(false);
                assertThat(s.windows()).as("%s windows", caseId.value()).hasValueSatisfying(w -> assertThat(w.windows())
                        .extracting(x -> x.kind()).contains(WindowKind.REPRESENTATIONS));
            }
            assertThat(stored.get(assessedOnly).windows()).as("not opened here").isEmpty();
            assertThat(stored.get(assessedOnly).assessedTerms()).contains(true);
        }
    }

    @Test
    void aBatchReadsItsCasesThroughTheCaseIdIndexesOnTablesWithoutStatistics() throws Exception {
        // 120 cases stored in tables never analysed (as on a machine without autovacuum, or ahead of its next analyse):
        // PostgreSQL would plan a list of dozens of case ids as a scan of each whole table (IndexedReads)
        try (ApplicationContext context = DeadlineContexts.replica(DeadlineContexts.newDatabase(),
                Instant.parse("2026-12-10T10:00:00Z"), Map.of("sep.deadline.timers.enabled", "false"))) {
            CaseDeadlines deadlines = context.getBean(CaseDeadlines.class);
            List<CaseId> cases = new ArrayList<>();
            List<InboundCaseEvent> opened = new ArrayList<>();
            List<InboundCaseEvent> notices = new ArrayList<>();
            List<InboundAssessment> assessed = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                CaseId caseId = new CaseId("indexed-" + i + "-" + UUID.randomUUID());
                cases.add(caseId);
                opened.add(new InboundCaseEvent(new CaseEvent.Opened(caseId, Procedure.CIVIL_MONETARY_PENALTY,
                        Division.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 2)), cause()));
                notices.add(new InboundCaseEvent(new CaseEvent.MilestoneRecorded(caseId, "noi-1",
                        Milestone.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty(),
                        Optional.empty(), ExtensionRequest.NONE), cause()));
                assessed.add(new InboundAssessment(caseId, Optional.of(i % 2 == 0), cause()));
            }
            deadlines.applyAll(opened);
            deadlines.applyAll(notices);
            deadlines.assessedAll(assessed);
            List<CaseId> batch = cases.subList(0, 40);

            CaseWindowsStore store = context.getBean(CaseWindowsStore.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
            Map<String, PostgresFixture.Scans> scans = new TreeMap<>();
            Map<CaseId, CaseWindowsStore.Stored> stored = tx.executeWrite(status -> {
                try {
                    Map<String, PostgresFixture.Scans> before = PostgresFixture.unreportedScans(status.getConnection());
                    Map<CaseId, CaseWindowsStore.Stored> read = store.lockAndLoad(batch);
                    scans.putAll(PostgresFixture.scansSince(status.getConnection(), before));
                    return read;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(stored).as("every case of the batch").containsOnlyKeys(batch);
            assertThat(stored.values()).allSatisfy(s -> assertThat(s.windows()).hasValueSatisfying(w ->
                    assertThat(w.windows()).extracting(x -> x.kind()).contains(WindowKind.REPRESENTATIONS)));
            assertThat(stored.get(batch.get(0)).assessedTerms()).contains(true);
            assertThat(stored.get(batch.get(1)).assessedTerms()).contains(false);
            assertThat(scans).as("the tables the batch read").containsKeys("deadline_case_lock", "deadline_case",
                    "deadline_window", "deadline_assessed_terms");
            assertThat(scans).as("no table read whole").allSatisfy((table, made) ->
                    assertThat(made.sequential()).as("sequential scans of %s", table).isZero());
        }
    }

    private static Causation cause() {
        return new Causation(UUID.randomUUID().toString(), Optional.empty(), Instant.parse("2026-12-10T10:00:00Z"));
    }
}
