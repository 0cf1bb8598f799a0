package org.sanctionsplatform.intake.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.intake.adapters.kafka.DownstreamLag;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * intake under load, on a real PostgreSQL and a real broker (issue "Pipeline speed"): requests that wait on the
 * database never hold up the others or health, and beyond its limits intake refuses writes with 503 and
 * {@code Retry-After}, keeping nothing, and takes them again once the load is gone. Requests are made slow for real: a
 * case row (or the outbox relay's lock) is held by a transaction of the test. Security is on: the case officer's
 * requests carry their token; health is asked without one, as probes do.
 */
@MicronautTest(environments = "intake", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeUnderLoadTest implements TestPropertyProvider {

    private static final int MAX_IN_FLIGHT = 4;
    private static final int MAX_OUTBOX_BACKLOG = 5;
    private static final int MAX_DOWNSTREAM_LAG = 3;
    /** The consumer group standing for the services downstream: the test sets how far behind it is. */
    private static final String DOWNSTREAM = "intake-under-load-downstream";
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> TABLES = List.of("breach_case", "case_subject", "breach", "outbox_event",
            "intake_audit");
    private static final String TOKEN = LocalIdentityProvider.shared().token("CASE_OFFICER");

    private final LocalDate openedOn = LocalDate.now(ZoneId.of("Europe/London")).minusDays(40);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String jdbcUrl;

    @Inject
    EmbeddedServer server;

    @Inject
    DownstreamLag downstreamLag;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("intake");
        Map<String, String> properties = new LinkedHashMap<>(LocalIdentityProvider.shared().serviceProperties());
        properties.put("micronaut.server.port", "-1");
        // two event loops, both of which the waiting requests would block if they ran there
        properties.put("micronaut.netty.event-loops.default.num-threads", "2");
        properties.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        properties.put("datasources.default.url", jdbcUrl);
        properties.put("datasources.default.username", pg.username());
        properties.put("datasources.default.password", pg.password());
        properties.put("sep.intake.max-in-flight", Integer.toString(MAX_IN_FLIGHT));
        properties.put("sep.intake.max-outbox-backlog", Integer.toString(MAX_OUTBOX_BACKLOG));
        properties.put("sep.intake.retry-after", "2s");
        properties.put("sep.intake.downstream-groups", DOWNSTREAM);
        properties.put("sep.intake.max-downstream-lag", Integer.toString(MAX_DOWNSTREAM_LAG));
        properties.put("sep.intake.downstream-lag-interval", "100ms");
        // counted afresh for every write, so that the test knows which write sees which backlog
        properties.put("sep.outbox.backlog-cache", "0s");
        return properties;
    }

    @Test
    void healthAndReadsAnswerWhileWritesWaitOnTheDatabase() throws Exception {
        String caseId = openACase("OFSI-LOAD-0001");
        List<CompletableFuture<HttpResponse<String>>> waiting;
        try (Connection holder = lockTheCase(caseId)) {
            waiting = writesWaitingOn(caseId, MAX_IN_FLIGHT);

            for (int i = 0; i < 4; i++) {
                HttpResponse<String> health = send(get("/health"));
                assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            }
            assertThat(send(get("/cases/" + caseId)).statusCode()).isEqualTo(200);
            assertThat(waiting).as("the writes still wait for the case").noneMatch(CompletableFuture::isDone);
            holder.rollback();
        }
        for (CompletableFuture<HttpResponse<String>> write : waiting) {
            assertThat(write.get().statusCode()).as(write.get().body()).isEqualTo(201);
        }
    }

    @Test
    void aWriteBeyondTheWritesInFlightIsRefusedWithRetryAfterAndKeepsNothingThenWritesAreTakenAgain() throws Exception {
        String caseId = openACase("OFSI-LOAD-0002");
        List<CompletableFuture<HttpResponse<String>>> waiting;
        try (Connection holder = lockTheCase(caseId)) {
            waiting = writesWaitingOn(caseId, MAX_IN_FLIGHT);
            Map<String, Long> before = counts();

            HttpResponse<String> refused = send(post("/cases", aCase("OFSI-LOAD-0003")));

            assertRefusedForNow(refused);
            assertThat(refused.body()).contains("as many changes as it takes at once");
            assertThat(counts()).isEqualTo(before);
            assertThat(send(get("/cases?size=5")).statusCode()).as("reads are never refused").isEqualTo(200);
            assertThat(send(get("/health")).statusCode()).isEqualTo(200);
            holder.rollback();
        }
        for (CompletableFuture<HttpResponse<String>> write : waiting) {
            assertThat(write.get().statusCode()).isEqualTo(201);
        }
        assertThat(send(post("/cases", aCase("OFSI-LOAD-0003"))).statusCode()).isEqualTo(201);
    }

    @Test
    void writesAreRefusedWhileTheOutboxBacklogIsOverItsLimitAndTakenAgainOnceItIsPublished() throws Exception {
        try (Connection relayHeld = PostgresFixture.shared().connect(jdbcUrl)) {
            relayHeld.setAutoCommit(false);
            // the relay skips its round while another transaction holds its lock: events stay pending
            try (PreparedStatement s = relayHeld.prepareStatement("select id from outbox_relay_lock where id = 1 for update");
                 ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
            }
            // each case opened is two events (CaseOpened, BreachRecorded): three make a backlog of at least six
            for (int i = 0; i < 3; i++) {
                assertThat(send(post("/cases", aCase("OFSI-LOAD-001" + i))).statusCode()).isEqualTo(201);
            }
            assertThat(pendingEvents()).isGreaterThan(MAX_OUTBOX_BACKLOG);
            Map<String, Long> before = counts();

            HttpResponse<String> refused = send(post("/cases", aCase("OFSI-LOAD-0019")));

            assertRefusedForNow(refused);
            assertThat(refused.body()).contains("waiting to be passed on");
            assertThat(counts()).isEqualTo(before);
            assertThat(send(get("/cases?size=5")).statusCode()).as("reads are never refused").isEqualTo(200);
            relayHeld.rollback();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents() <= MAX_OUTBOX_BACKLOG);
        assertThat(send(post("/cases", aCase("OFSI-LOAD-0019"))).statusCode()).isEqualTo(201);
    }

    @Test
    void newCasesAreRefusedWhileAConsumerDownstreamIsBehindChangesToOpenCasesOnlyWhenItIsFarBehind() throws Exception {
        String caseId = openACase("OFSI-LOAD-0030");
        for (int i = 1; i <= 4; i++) { // at least 2 × 4 events on the topic, more than twice the limit
            openACase("OFSI-LOAD-003" + i);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents() == 0);
        try {
            behindBy(MAX_DOWNSTREAM_LAG + 2);
            Map<String, Long> before = counts();

            HttpResponse<String> refused = send(post("/cases", aCase("OFSI-LOAD-0039")));

            assertRefusedForNow(refused);
            assertThat(refused.body()).contains("other services are still processing");
            assertThat(counts()).isEqualTo(before);
            assertThat(send(get("/cases?size=5")).statusCode()).as("reads are never refused").isEqualTo(200);
            HttpResponse<String> change = send(post("/cases/" + caseId + "/breaches", aBreach("a later breach")));
            assertThat(change.statusCode()).as("a case under way is not left half-entered: " + change.body())
                    .isEqualTo(201);

            await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents() == 0);
            behindBy(2 * MAX_DOWNSTREAM_LAG + 1);
            assertRefusedForNow(send(post("/cases/" + caseId + "/breaches", aBreach("yet another breach"))));

            behindBy(0);
            assertThat(send(post("/cases", aCase("OFSI-LOAD-0039"))).statusCode()).isEqualTo(201);
        } finally {
            KafkaFixture.shared().admin().deleteConsumerGroups(List.of(DOWNSTREAM)).all().get();
            await("the deleted group no longer counted").atMost(Duration.ofSeconds(30))
                    .until(() -> downstreamLag.lagOf(DOWNSTREAM).isEmpty());
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static void assertRefusedForNow(HttpResponse<String> refused) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("2");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":503").contains("nothing was recorded");
    }

    /** A transaction of the test holding the case's row: every change to the case waits for it. */
    private Connection lockTheCase(String caseId) throws SQLException {
        Connection holder = PostgresFixture.shared().connect(jdbcUrl);
        holder.setAutoCommit(false);
        try (PreparedStatement s = holder.prepareStatement("select id from breach_case where id = ? for update")) {
            s.setString(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
            }
        }
        return holder;
    }

    /** {@code count} writes to the case, sent at once, once all of them wait for the case's row lock. */
    private List<CompletableFuture<HttpResponse<String>>> writesWaitingOn(String caseId, int count) throws SQLException {
        List<CompletableFuture<HttpResponse<String>>> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writes.add(client.sendAsync(post("/cases/" + caseId + "/breaches", aBreach("later breach " + i)),
                    HttpResponse.BodyHandlers.ofString()));
        }
        // on the event loops only as many could wait as there are loops, and nothing else would be answered meanwhile
        await("all " + count + " writes waiting for the case's row lock, each on a thread of its own")
                .atMost(Duration.ofSeconds(30)).until(() -> waitingOnLocks() >= count);
        return writes;
    }

    /** Commits the downstream group's offsets {@code events} short of the case events' end, then waits for intake to see it. */
    private void behindBy(long events) throws Exception {
        Admin admin = KafkaFixture.shared().admin(); // shared: not closed here
        {
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.CASE_EVENTS_NAME)).allTopicNames().get()
                    .get(Topics.CASE_EVENTS_NAME).partitions().stream()
                    .map(p -> new TopicPartition(Topics.CASE_EVENTS_NAME, p.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            long left = events;
            Map<TopicPartition, OffsetAndMetadata> offsets = new LinkedHashMap<>();
            for (TopicPartition partition : partitions) {
                long end = ends.get(partition).offset();
                long behind = Math.min(left, end);
                offsets.put(partition, new OffsetAndMetadata(end - behind));
                left -= behind;
            }
            assertThat(left).as("events on the topic to be behind by").isZero();
            admin.alterConsumerGroupOffsets(DOWNSTREAM, offsets).all().get();
        }
        await("intake measuring the lag of " + events).atMost(Duration.ofSeconds(30))
                .until(() -> downstreamLag.lagOf(DOWNSTREAM).equals(java.util.Optional.of(events)));
    }

    private long waitingOnLocks() throws SQLException {
        return count("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
    }

    private long pendingEvents() throws SQLException {
        return count("select count(*) from outbox_event where sent_at is null");
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String openACase(String reference) throws Exception {
        HttpResponse<String> opened = send(post("/cases", aCase(reference)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(opened.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private String aCase(String reference) {
        return """
                {"caseReference": "%s", "openedOn": "%s", "origin": "OFSI_INVESTIGATION",
                 "subjects": [{"subjectId": "ACME", "name": "Acme Trading Ltd", "subjectType": "LEGAL_PERSON"}],
                 "breaches": [%s]}""".formatted(reference, openedOn, aBreach("Moved frozen funds"));
    }

    private String aBreach(String description) {
        return """
                {"subjectId": "ACME", "breachType": "DEALING_WITH_FROZEN_FUNDS", "regime": "Libya", "regulation": "reg. 11",
                 "description": "%s", "breachDate": "%s", "estimatedValue": 2500.00}""".formatted(description, openedOn);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(ANSWER_TIMEOUT);
        if (!path.startsWith("/health")) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return request.GET().build();
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
