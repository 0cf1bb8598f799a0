package org.sanctionsplatform.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * Rows sent since the last vacuum do not slow the relay down: its round reads the pending rows with a plain index
 * scan, which marks the index entries of rows already sent as dead, so that the next round does not follow them to the
 * table again (a bitmap scan would, every round, until autovacuum came).
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelayPendingScanTest implements TestPropertyProvider {

    private static final int SENT = 3_000;
    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared (?:hit=(\\d+))?\\s*(?:read=(\\d+))?");

    private String jdbcUrl;

    @Inject
    OutboxRelay relay;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("relay_scan");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "sep.outbox.retention", "3650d",
                // the relay's own loop stays out of the way: this test runs its rounds
                "sep.outbox.initial-delay", "1h"));
    }

    @Test
    void afterOneRoundTheRowsSentSinceTheLastVacuumAreNoLongerRead() throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("alter table outbox_event set (autovacuum_enabled = false)");
            // rows of 1 KB sent since the last vacuum: each leaves a dead version whose index entry has a null sent_at
            s.execute("insert into outbox_event (event_id, topic, record_key, payload, created_at) select 'sent-' || g, "
                    + "'relay-scan-test', 'k', decode(repeat('ab', 1000), 'hex'), now() from generate_series(1, " + SENT + ") g");
            s.execute("update outbox_event set sent_at = now()");
            s.execute("insert into outbox_event (event_id, topic, record_key, payload, created_at) values "
                    + "('pending-1', 'relay-scan-test', 'k', '\\x01', now()), ('pending-2', 'relay-scan-test', 'k', '\\x01', now())");
            // unhinted, PostgreSQL picks a bitmap scan for the unanalysed table, which kills nothing: every round reads
            // the sent rows' pages again
            List<String> plan = new ArrayList<>();
            int first = pagesReadForPending(c, false, plan);
            int second = pagesReadForPending(c, false, plan);
            assertThat(String.join("\n", plan)).contains("Bitmap Heap Scan");
            assertThat(List.of(first, second)).allSatisfy(pages -> assertThat(pages).isGreaterThan(300));
        }

        assertThat(relay.relayBatch()).as("the two pending rows").isEqualTo(2);

        try (Connection c = PostgresFixture.shared().connect(jdbcUrl)) {
            List<String> plan = new ArrayList<>();
            int after = pagesReadForPending(c, true, plan);
            assertThat(String.join("\n", plan)).contains("Index Scan using outbox_event_pending").doesNotContain("Bitmap");
            assertThat(after).as("pages read by the next round, nothing pending").isLessThan(50);
        }
    }

    /** The pages the relay's pending query reads, in a transaction set as the relay sets its own (or not). */
    private static int pagesReadForPending(Connection c, boolean asTheRelay, List<String> plan) throws SQLException {
        int start = plan.size();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set local plan_cache_mode = force_custom_plan");
            if (asTheRelay) {
                // the relay's own statements before its pending query, which set what that query runs with
                s.executeQuery(OutboxRelay.PLAIN_INDEX_SCAN).close();
                try (ResultSet lock = s.executeQuery(OutboxRelay.LOCK)) {
                    assertThat(lock.next()).as("the relay lock, free").isTrue();
                }
            }
            try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + OutboxRelay.PENDING.replace("?", "500"))) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        Matcher m = BUFFERS.matcher(String.join("\n", plan.subList(start, plan.size())));
        if (!m.find()) {
            throw new AssertionError("no buffers in the plan: " + plan);
        }
        return (m.group(1) == null ? 0 : Integer.parseInt(m.group(1))) + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }
}
