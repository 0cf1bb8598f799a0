package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sanctionsplatform.support.CaseEventsTraffic.deadLetterFor;
import static org.sanctionsplatform.support.CaseEventsTraffic.envelope;
import static org.sanctionsplatform.support.CaseEventsTraffic.header;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.support.consumer.DeadLetters;
import org.sanctionsplatform.support.testapp.HandlerAttempts;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * A consumer applies a whole poll batch in one transaction (InboundEvents#processBatch), on a real broker and
 * PostgreSQL, and still applies each event exactly once and each case's events in the order they were published:
 * events repeated in the batch and events redelivered later are skipped, and one event that fails does not cost the
 * others of its batch.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchConsumptionTest implements TestPropertyProvider {

    private CaseEventsTraffic traffic;

    @Inject
    HandlerAttempts attempts;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        String jdbcUrl = pg.createDatabase("batches");
        traffic = new CaseEventsTraffic(jdbcUrl);
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @AfterAll
    void closeTraffic() {
        traffic.close();
    }

    @Test
    void aBurstOfInterleavedCasesWithRepeatsIsAppliedOnceEachAndInOrderPerCase() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<CaseEventEnvelope>> byCase = new LinkedHashMap<>();
        List<CaseEventEnvelope> burst = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String caseId = "case-" + run + "-" + (i % 12);
            CaseEventEnvelope event = envelope(caseId, "event " + i);
            byCase.computeIfAbsent(caseId, k -> new ArrayList<>()).add(event);
            burst.add(event);
            if (i % 20 == 0) {
                burst.add(event); // the same event twice in a row, as an outbox relay retrying a batch sends it
            }
        }

        traffic.sendBurst(burst);

        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.count(
                "select count(*) from seen_event where case_id like 'case-" + run + "-%'") == 600);
        byCase.forEach((caseId, events) -> assertThat(traffic.seenInOrder(caseId))
                .as("the events of %s, once each, in the order published", caseId)
                .containsExactlyElementsOf(events.stream().map(CaseEventEnvelope::getEventId).toList()));
        assertThat(attempts.largestBatch()).as("events applied together in one batch").isGreaterThan(1);

        // redelivered later (a consumer that crashed before committing), the same events change nothing
        traffic.sendBurst(burst.subList(0, 100));
        CaseEventEnvelope marker = envelope("case-" + run + "-marker");
        traffic.send(marker);
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.seen(marker.getCaseId()) == 1);
        assertThat(traffic.count("select count(*) from seen_event where case_id like 'case-" + run + "-%'")).isEqualTo(601);
    }

    @Test
    void aBurstMixingEventsProcessedBeforeWithNewOnesAppliesTheNewOnesInBatchesAndSkipsTheOthers() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<CaseEventEnvelope> first = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            CaseEventEnvelope event = envelope("mixed-" + run + "-" + (i % 8), "first " + i);
            expected.computeIfAbsent(event.getCaseId(), k -> new ArrayList<>()).add(event.getEventId());
            first.add(event);
        }
        traffic.sendBurst(first);
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.count(
                "select count(*) from seen_event where case_id like 'mixed-" + run + "-%'") == 200);

        // each new event follows a redelivered one: most poll batches hold both
        List<CaseEventEnvelope> mixed = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            mixed.add(first.get(i));
            CaseEventEnvelope event = envelope("added-" + run + "-" + (i % 8), "new " + i);
            expected.computeIfAbsent(event.getCaseId(), k -> new ArrayList<>()).add(event.getEventId());
            mixed.add(event);
        }
        traffic.sendBurst(mixed);

        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.count(
                "select count(*) from seen_event where case_id like 'added-" + run + "-%'") == 200);
        assertThat(traffic.count("select count(*) from seen_event where case_id like 'mixed-" + run + "-%'"))
                .as("the events processed before, not applied again").isEqualTo(200);
        expected.forEach((caseId, events) -> assertThat(traffic.seenInOrder(caseId))
                .as("the events of %s, once each, in the order published", caseId)
                .containsExactlyElementsOf(events));
        // a batch that holds an event processed before is claimed again and applied as a batch, not one record at a time
        assertThat(expected.keySet().stream().filter(c -> c.startsWith("added-")).mapToInt(attempts::largestBatchOf)
                .max().orElse(0)).as("the largest batch in which the new events were applied").isGreaterThan(1);
    }

    @Test
    void anEventThatFailsInABurstIsDeadLetteredAndTheOthersOfItsBatchAreApplied() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<CaseEventEnvelope> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            burst.add(envelope((i == 100 ? "poison-" : "good-") + run + "-" + (i % 7), "event " + i));
        }

        traffic.sendBurst(burst);

        String poisoned = "poison-" + run + "-" + (100 % 7);
        assertThat(header(deadLetterFor(poisoned), DeadLetters.ERROR_MESSAGE)).contains("cannot handle case " + poisoned);
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.count(
                "select count(*) from seen_event where case_id like 'good-" + run + "-%'") == 199);
    }
}
