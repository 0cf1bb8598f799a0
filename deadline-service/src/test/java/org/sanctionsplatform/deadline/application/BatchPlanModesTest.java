package org.sanctionsplatform.deadline.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
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
import org.sanctionsplatform.testkit.GenericPlans;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * A batch plans its reads and its timers' moves for the tables as they are (StablePlans: they pick between indexes),
 * then keeps one plan per statement for its writes of cases and windows and its outbox rows (KeyedPlans, from
 * JdbcCaseWindowsStore.save on; their plans are checked by adapters.persistence.WritePlansTest). The setting is the
 * batch transaction's only: the next transaction plans each statement again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchPlanModesTest {

    private ApplicationContext context;

    @BeforeAll
    void start() {
        PostgresFixture postgres = PostgresFixture.shared();
        Map<String, Object> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        properties.put("datasources.default.url", postgres.createDatabase("deadline_plan_modes"));
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
    void aBatchKeepsOnePlanPerStatementForItsWritesOnly() {
        CaseDeadlines deadlines = context.getBean(CaseDeadlines.class);
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        CaseId caseId = new CaseId("case-" + UUID.randomUUID());
        Causation cause = new Causation("opened-" + UUID.randomUUID(), Optional.empty(), Instant.parse("2026-12-10T10:00:00Z"));
        deadlines.apply(new InboundCaseEvent(new CaseEvent.Opened(caseId, Procedure.CIVIL_MONETARY_PENALTY,
                Division.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 2)), cause));

        List<String> modes = tx.executeWrite(status -> {
            List<String> seen = new ArrayList<>();
            seen.add(GenericPlans.planCacheMode(status.getConnection()));
            deadlines.applyAll(List.of(new InboundCaseEvent(new CaseEvent.MilestoneRecorded(caseId, "noi-1",
                    Milestone.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty()),
                    new Causation("notice-" + UUID.randomUUID(), Optional.empty(), Instant.parse("2026-12-10T10:00:00Z")))));
            seen.add(GenericPlans.planCacheMode(status.getConnection()));
            return seen;
        });
        modes.add(tx.executeRead(status -> GenericPlans.planCacheMode(status.getConnection())));

        assertThat(modes).containsExactly("force_custom_plan", "force_generic_plan", "force_custom_plan");
        assertThat(deadlines.windowsOf(caseId).orElseThrow()).as("the notice opened its windows").isNotEmpty();
    }

}
