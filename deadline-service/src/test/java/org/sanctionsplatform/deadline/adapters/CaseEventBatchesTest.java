package org.sanctionsplatform.deadline.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sanctionsplatform.deadline.CaseEventsForTests.caseOpened;
import static org.sanctionsplatform.deadline.CaseEventsForTests.envelope;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.deadline.adapters.kafka.CaseEventMapper;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseClosureReason;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The case-events listener consumes poll batches (InboundEvents#processBatch, CaseDeadlines#applyAll) on a real broker
 * and PostgreSQL, and still applies each case event exactly once and in its case's order: a burst of many cases'
 * events, interleaved, some records sent twice and some milestones recorded twice under new event ids, with a milestone
 * of a case never opened among them (its batch fails and is applied record by record, that one dead-lettered), leaves
 * every case's windows, deadline events and timers exactly as applying its events one at a time does (in a second
 * service on a database of its own); the batches are at most max.poll.records; a redelivery publishes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseEventBatchesTest {

    /** Small poll batches, so that the burst takes several of them and the setting is seen to apply. */
    private static final int MAX_POLL_RECORDS = 40;
    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);

    private String batchDb;
    private ApplicationContext batches;
    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void start() {
        batchDb = PostgresFixture.shared().createDatabase("deadline_batches");
        batches = service(batchDb);
    }

    @AfterAll
    void stop() {
        if (producer != null) {
            producer.close();
        }
        if (batches != null) {
            batches.close();
        }
    }

    @Test
    void aBurstOfInterleavedCasesWithRepeatsIsAppliedOnceAndInOrderPerCaseAsOneAtATime() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<CaseEventEnvelope>> stories = new LinkedHashMap<>();
        for (int i = 0; i < 24; i++) {
            String caseId = "case-batch" + run + "-" + i;
            stories.put(caseId, story(caseId, i % 4));
        }
        // the cases' events interleaved (the first event of every case, then the second …); some records sent twice in
        // a row, as an outbox relay retrying a send does
        List<CaseEventEnvelope> burst = new ArrayList<>();
        int longest = stories.values().stream().mapToInt(List::size).max().orElseThrow();
        for (int step = 0; step < longest; step++) {
            for (List<CaseEventEnvelope> story : stories.values()) {
                if (step < story.size()) {
                    burst.add(story.get(step));
                    if (burst.size() % 7 == 0) {
                        burst.add(story.get(step));
                    }
                }
            }
            if (step == 2) {
                // a milestone of a case never opened here: its batch fails as a whole and is applied record by record
                String orphan = "case-orphan" + run;
                burst.add(envelope(orphan, milestone("noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE).build()));
            }
        }
        Set<String> eventIds = new LinkedHashSet<>();
        stories.values().forEach(story -> story.forEach(e -> eventIds.add(e.getEventId())));

        send(burst);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(processed(eventIds)).as("the story events applied").isEqualTo(eventIds.size()));
        Map<String, List<String>> published = outboxOf(batchDb, stories.keySet());
        Map<String, List<String>> timers = timersOf(batchDb, stories.keySet());
        CaseDeadlines batchDeadlines = batches.getBean(CaseDeadlines.class);
        Map<String, List<Window>> windows = windowsOf(batchDeadlines, stories.keySet());
        assertThat(largestBatchApplied()).as("events applied together in one batch, at most max.poll.records")
                .isGreaterThan(1).isLessThanOrEqualTo(MAX_POLL_RECORDS);

        // redelivered later (a consumer that crashed before committing its offsets), the same records change nothing;
        // a new case behind them shows they have been read
        String marker = "case-marker" + run;
        List<CaseEventEnvelope> again = new ArrayList<>(burst.subList(0, 60));
        again.add(caseOpened(marker, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        again.add(envelope(marker, milestone("noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE).build()));
        send(again);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(outboxOf(batchDb, Set.of(marker)).get(marker)).hasSize(2));
        assertThat(outboxOf(batchDb, stories.keySet())).as("nothing published again").isEqualTo(published);
        assertThat(timersOf(batchDb, stories.keySet())).isEqualTo(timers);

        // the same cases applied one event at a time, in each case's order, by a service of their own (its consumer
        // joins once the burst is committed, so it reads nothing of it)
        String oneAtATimeDb = PostgresFixture.shared().createDatabase("deadline_one_at_a_time");
        try (ApplicationContext oneAtATime = service(oneAtATimeDb)) {
            CaseDeadlines deadlines = oneAtATime.getBean(CaseDeadlines.class);
            CaseEventMapper mapper = oneAtATime.getBean(CaseEventMapper.class);
            stories.values().forEach(story -> story.stream().map(mapper::toDomain)
                    .forEach(event -> event.ifPresent(deadlines::apply)));

            Map<String, List<String>> expected = outboxOf(oneAtATimeDb, stories.keySet());
            assertThat(expected.values().stream().mapToInt(List::size).sum()).as("the stories make deadline events")
                    .isGreaterThan(100);
            stories.keySet().forEach(caseId -> {
                assertThat(published.get(caseId)).as("the deadline events of %s, in order", caseId)
                        .containsExactlyElementsOf(expected.get(caseId));
                assertThat(timers.get(caseId)).as("the timers of %s", caseId)
                        .containsExactlyElementsOf(timersOf(oneAtATimeDb, Set.of(caseId)).get(caseId));
                assertThat(windows.get(caseId)).as("the windows of %s", caseId)
                        .containsExactlyElementsOf(deadlines.windowsOf(new CaseId(caseId)).orElseThrow());
            });
        }
    }

    /**
     * A case's events, in one of four variants: opened, a notice of intention (representations and settlement windows),
     * then (0) an extension of the representations window and representations received (met, and the response window
     * opened), closed; (1) the notice corrected (windows cancelled and opened again) and a settlement extension beyond
     * the 10-day limit (refused), then one within it; (2) representations recorded twice (the second under a new event
     * id changes nothing), an extension of the met window (refused), closed; (3) the notice alone.
     */
    private static List<CaseEventEnvelope> story(String caseId, int variant) {
        List<CaseEventEnvelope> events = new ArrayList<>();
        events.add(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.add(envelope(caseId, milestone("noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE).build()));
        switch (variant) {
            case 0 -> {
                events.add(envelope(caseId, extension("ext-1", "REPRESENTATIONS", 10, LocalDate.of(2027, 1, 20))));
                events.add(envelope(caseId, milestone("rep-1", MilestoneType.REPRESENTATIONS_RECEIVED,
                        LocalDate.of(2027, 2, 1)).build()));
                events.add(envelope(caseId, closed()));
            }
            case 1 -> {
                events.add(envelope(caseId, milestone("noi-2", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 11))
                        .setCorrectsMilestoneId("noi-1").build()));
                events.add(envelope(caseId, extension("ext-1", "SETTLEMENT_DISCUSSIONS", 15, LocalDate.of(2026, 12, 21))));
                events.add(envelope(caseId, extension("ext-2", "SETTLEMENT_DISCUSSIONS", 5, LocalDate.of(2026, 12, 22))));
            }
            case 2 -> {
                ProcedureMilestoneRecorded reps = milestone("rep-1", MilestoneType.REPRESENTATIONS_RECEIVED,
                        LocalDate.of(2027, 1, 4)).build();
                events.add(envelope(caseId, reps));
                events.add(envelope(caseId, reps));
                events.add(envelope(caseId, extension("ext-1", "REPRESENTATIONS", 5, LocalDate.of(2027, 1, 5))));
                events.add(envelope(caseId, closed()));
            }
            default -> {
            }
        }
        return events;
    }

    private static ProcedureMilestoneRecorded.Builder milestone(String id, MilestoneType type, LocalDate on) {
        return ProcedureMilestoneRecorded.newBuilder().setMilestoneId(id).setMilestone(type).setOccurredOn(on);
    }

    private static ProcedureMilestoneRecorded extension(String id, String kind, int days, LocalDate agreedOn) {
        return milestone(id, MilestoneType.WINDOW_EXTENSION_AGREED, agreedOn).setWindowKind(kind)
                .setExtensionBusinessDays(days).setReason("medical evidence supplied").build();
    }

    private static CaseClosed closed() {
        return CaseClosed.newBuilder().setClosedOn(LocalDate.of(2027, 2, 2)).setReason(CaseClosureReason.WARNING_ISSUED)
                .build();
    }

    private static ApplicationContext service(String jdbcUrl) {
        PostgresFixture postgres = PostgresFixture.shared();
        Map<String, Object> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        properties.put("datasources.default.url", jdbcUrl);
        properties.put("datasources.default.username", postgres.username());
        properties.put("datasources.default.password", postgres.password());
        properties.put("micronaut.server.port", -1);
        properties.put("sep.deadline.timers.enabled", "false");
        properties.put("sep.consumer.max-poll-records", MAX_POLL_RECORDS);
        properties.put("sep.consumer.backoff-millis", "10");
        properties.putAll(LocalIdentityProvider.shared().serviceProperties());
        return ApplicationContext.builder().environments("deadline").properties(properties).start();
    }

    /** Sends the events as one burst (the producer batches them), so that the listener polls many at once. */
    private void send(List<CaseEventEnvelope> events) {
        if (producer == null) {
            producer = KafkaFixture.shared().newProducer();
        }
        List<Future<?>> sent = new ArrayList<>();
        for (CaseEventEnvelope event : events) {
            sent.add(producer.send(new ProducerRecord<>(Topics.CASE_EVENTS.name(), event.getCaseId(),
                    Topics.CASE_EVENTS.encode(event))));
        }
        producer.flush();
        for (Future<?> f : sent) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException("cannot send the test burst", e);
            }
        }
    }

    private static Map<String, List<Window>> windowsOf(CaseDeadlines deadlines, Set<String> caseIds) {
        Map<String, List<Window>> windows = new HashMap<>();
        caseIds.forEach(id -> windows.put(id, deadlines.windowsOf(new CaseId(id)).orElseThrow()));
        return windows;
    }

    /**
     * Each case's deadline events in the outbox, in the order written, as they go out but for the time they were
     * recorded (each service's own clock).
     */
    private static Map<String, List<String>> outboxOf(String jdbcUrl, Set<String> caseIds) {
        Map<String, List<String>> byCase = new HashMap<>();
        caseIds.forEach(id -> byCase.put(id, new ArrayList<>()));
        query(jdbcUrl, "select record_key, event_id, payload from outbox_event order by id", rs -> {
            if (caseIds.contains(rs.getString(1))) {
                DeadlineEventEnvelope envelope = Topics.DEADLINES.decode(rs.getBytes(3));
                assertThat(envelope.getEventId()).isEqualTo(rs.getString(2));
                byCase.get(rs.getString(1)).add(DeadlineEventEnvelope.newBuilder(envelope)
                        .setRecordedAt(Instant.EPOCH).build().toString());
            }
        });
        return byCase;
    }

    /** Each case's timers: key, state, when they fire, what scheduled them and why they were cancelled. */
    private static Map<String, List<String>> timersOf(String jdbcUrl, Set<String> caseIds) {
        Map<String, List<String>> byCase = new HashMap<>();
        caseIds.forEach(id -> byCase.put(id, new ArrayList<>()));
        query(jdbcUrl, "select case_id, window_id, timer_kind, state, fire_at, due_date, business_days_before_due, "
                + "causation_id, correlation_id, state_reason from deadline_timer order by case_id, window_id, timer_kind",
                rs -> {
                    if (caseIds.contains(rs.getString(1))) {
                        byCase.get(rs.getString(1)).add(String.join(" | ", rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant().toString(),
                                rs.getString(6), String.valueOf(rs.getObject(7)), rs.getString(8), rs.getString(9),
                                String.valueOf(rs.getString(10))));
                    }
                });
        return byCase;
    }

    private long processed(Set<String> eventIds) {
        long[] count = {0};
        query(batchDb, "select event_id from processed_event where consumer = 'deadline-service'", rs -> {
            if (eventIds.contains(rs.getString(1))) {
                count[0]++;
            }
        });
        return count[0];
    }

    /**
     * The most events this consumer recorded in one transaction: a batch records its event ids together, with one
     * time, and one event alone has a time of its own.
     */
    private long largestBatchApplied() {
        long[] largest = {0};
        query(batchDb, "select max(n) from (select count(*) as n from processed_event where consumer = 'deadline-service' "
                + "group by processed_at) batches", rs -> largest[0] = rs.getLong(1));
        return largest[0];
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String jdbcUrl, String sql, Row row) {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
