package org.sanctionsplatform.deadline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The timers of a window the batch opens are only inserted, never looked for (JdbcDeadlineTimers): that is right only
 * because no committed batch can open a window whose id is stored already. Here a batch tries to (which the windows'
 * rules never do): it fails on the key of deadline_window, and the window and its timers stay as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowOpenedAgainTest {

    private String db;
    private ApplicationContext context;

    @BeforeAll
    void start() {
        PostgresFixture postgres = PostgresFixture.shared();
        db = postgres.createDatabase("deadline_reopen");
        Map<String, Object> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        properties.put("datasources.default.url", db);
        properties.put("datasources.default.username", postgres.username());
        properties.put("datasources.default.password", postgres.password());
        properties.put("micronaut.server.port", -1);
        properties.put("test.clock.start", "2026-12-10T10:00:00Z");
        properties.put("sep.deadline.timers.enabled", "false");
        properties.putAll(LocalIdentityProvider.shared().serviceProperties());
        context = ApplicationContext.builder().environments("deadline").properties(properties).start();
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchThatOpensAStoredWindowAgainFailsAndChangesNothing() {
        CaseDeadlines deadlines = context.getBean(CaseDeadlines.class);
        CaseId caseId = new CaseId("case-" + UUID.randomUUID());
        deadlines.apply(new InboundCaseEvent(new CaseEvent.Opened(caseId, Procedure.CIVIL_MONETARY_PENALTY,
                Division.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 2)), cause("opened")));
        deadlines.apply(new InboundCaseEvent(new CaseEvent.MilestoneRecorded(caseId, "noi-1",
                Milestone.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty()),
                cause("notice")));
        Window representations = deadlines.windowsOf(caseId).orElseThrow().stream()
                .filter(w -> w.kind() == WindowKind.REPRESENTATIONS).findFirst().orElseThrow();
        List<String> timersBefore = timers(caseId);
        assertThat(timersBefore).hasSize(10); // §7.1 representations and §6.8 settlement: 5 timers each
        List<String> windowsBefore = windows(caseId);

        CaseChanges changes = new CaseChanges();
        changes.windowsChanged(List.of(new WindowEvent.Opened(representations)), cause("opened-again"));
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        DeadlineTimers timers = context.getBean(DeadlineTimers.class);
        CaseWindowsStore store = context.getBean(CaseWindowsStore.class);
        assertThatThrownBy(() -> tx.executeWrite(status -> {
            timers.apply(changes.timerChanges());
            store.save(changes);
            return null;
        })).hasStackTraceContaining("deadline_window");

        assertThat(timers(caseId)).isEqualTo(timersBefore);
        assertThat(windows(caseId)).isEqualTo(windowsBefore);
    }

    private static Causation cause(String name) {
        return new Causation(name + "-" + UUID.randomUUID(), Optional.empty(), Instant.parse("2026-12-10T10:00:00Z"));
    }

    private List<String> timers(CaseId caseId) {
        return rows("select window_id || ' ' || timer_kind || ' ' || state || ' ' || fire_at || ' ' || causation_id "
                + "from deadline_timer where case_id = ? order by window_id, timer_kind", caseId);
    }

    private List<String> windows(CaseId caseId) {
        return rows("select window_id || ' ' || kind || ' ' || state || ' ' || due_date from deadline_window "
                + "where case_id = ? order by window_id", caseId);
    }

    private List<String> rows(String sql, CaseId caseId) {
        List<String> rows = new ArrayList<>();
        try (Connection c = PostgresFixture.shared().connect(db); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, caseId.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
