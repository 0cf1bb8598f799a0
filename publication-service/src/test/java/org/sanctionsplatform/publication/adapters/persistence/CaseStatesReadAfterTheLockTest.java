package org.sanctionsplatform.publication.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.publication.application.AssessedCaseStore;
import org.sanctionsplatform.publication.application.CaseStateStore;
import org.sanctionsplatform.publication.application.ProgressStore;
import org.sanctionsplatform.publication.application.Revision;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.PublicationProgress;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.RoundTrips;

/**
 * A batch locks its cases and reads everything kept of them in one round trip (JdbcCaseStates), counted at the
 * driver's socket: twelve statements that were nine round trips, each a wait of the consumer's thread. The three consumers
 * (case events, assessments, deadline events) change a case one batch at a time, so a batch that waited for the lock
 * must read what the batch holding it committed: here, while one transaction holds a case and stores its first
 * assessment and progress, another asks for the case, waits, and once the first commits reads both, on PostgreSQL.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStatesReadAfterTheLockTest implements TestPropertyProvider {

    @Inject
    CaseStateStore states;

    @Inject
    AssessedCaseStore assessments;

    @Inject
    ProgressStore progress;

    @Inject
    TransactionOperations<Connection> tx;

    private final PostgresFixture postgres = PostgresFixture.shared();
    private String jdbcUrl;

    @Override
    public Map<String, String> getProperties() {
        jdbcUrl = postgres.createDatabase("publication_states");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                // the service's connections count their round trips (RoundTrips); the test's own watcher does not
                "datasources.default.url", RoundTrips.counted(jdbcUrl, "publication-states"),
                "datasources.default.username", postgres.username(),
                "datasources.default.password", postgres.password()));
    }

    @Test
    void aBatchThatWaitedForTheLockReadsWhatTheHolderCommitted() throws Exception {
        String caseId = "locked-" + UUID.randomUUID();
        List<PublicationKind> kinds = List.of(PublicationKind.MONETARY_PENALTY_SUMMARY);
        tx.executeWrite(status -> states.lockAndRead(List.of(caseId), kinds));
        AssessedCase assessed = new AssessedCase("assessment-1", 1, "MONETARY_PENALTY", new BigDecimal("125000.00"),
                Set.of("b-1"), List.of(), "SERIOUS", "§3.15");

        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch otherWaits = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.executeWrite(status -> {
            CaseStateStore.CaseStates held = states.lockAndRead(List.of(caseId), kinds);
            assessments.saveChanges(List.of(new Revision<>(caseId, held.assessments().get(caseId), assessed)));
            progress.saveChanges(List.of(new Revision<>(caseId, held.progress().get(caseId),
                    PublicationProgress.none())));
            holding.countDown();
            await(otherWaits);
            return null;
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).as("the holder has the lock").isTrue();
        CompletableFuture<CaseStateStore.CaseStates> waiter = CompletableFuture.supplyAsync(() ->
                tx.executeWrite(status -> states.lockAndRead(List.of(caseId), kinds)));
        postgres.awaitWaitingForALock(jdbcUrl);
        otherWaits.countDown();
        holder.get(30, TimeUnit.SECONDS);

        CaseStateStore.CaseStates read = waiter.get(30, TimeUnit.SECONDS);
        assertThat(read.facts()).as("the case's facts").containsOnlyKeys(caseId);
        assertThat(read.assessments()).as("the assessment the holder committed while the batch waited")
                .containsEntry(caseId, assessed);
        assertThat(read.progress()).as("the progress the holder committed while the batch waited")
                .containsEntry(caseId, PublicationProgress.none());
        assertThat(read.current(PublicationKind.MONETARY_PENALTY_SUMMARY)).as("no summary drafted").isEmpty();
    }

    @Test
    void aBatchLocksAndReadsItsCasesInOneRoundTrip() {
        List<String> caseIds = List.of("trips-1-" + UUID.randomUUID(), "trips-2-" + UUID.randomUUID(),
                "trips-3-" + UUID.randomUUID());
        tx.executeWrite(status -> states.lockAndRead(caseIds.subList(0, 2), List.of()));
        long[] roundTrips = new long[1];
        CaseStateStore.CaseStates read = tx.executeWrite(status -> {
            long before = RoundTrips.onThisThread();
            CaseStateStore.CaseStates s = states.lockAndRead(caseIds, List.of(PublicationKind.values()));
            roundTrips[0] = RoundTrips.onThisThread() - before;
            return s;
        });
        assertThat(roundTrips[0]).as("round trips to lock and read %d cases", caseIds.size()).isEqualTo(1);
        assertThat(read.facts()).as("every case locked, the new one's row created").containsOnlyKeys(caseIds);
        assertThat(read.currentByKind()).as("each kind asked for read").containsOnlyKeys(PublicationKind.values());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the other batch never came to wait for the lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
