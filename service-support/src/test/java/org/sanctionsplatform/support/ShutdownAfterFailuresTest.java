package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sanctionsplatform.support.CaseEventsTraffic.envelope;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.support.testapp.HandlerAttempts;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * SIGTERM closes the application context; that must finish in bounded time whatever the consumer met before: a
 * handler throwing an Error while the context closes, or a decoding bomb.
 */
class ShutdownAfterFailuresTest {

    /** Generous: a clean close takes a few seconds; one that hangs never ends. */
    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(90);

    @Test
    void theContextClosesWhileAHandlerIsThrowingAnError() {
        try (Running app = Running.start("shutdownerror")) {
            CaseEventEnvelope failing = envelope("assert-" + UUID.randomUUID());
            app.traffic.send(failing);
            await().atMost(Duration.ofSeconds(60)).until(() -> app.attempts().of(failing.getCaseId()) >= 1);

            app.closeWithin(CLOSE_WITHIN);
        }
    }

    /**
     * The close wakes the listener's consumer up while a batch is being handled, so the wake-up surfaces in the
     * batch's offset commit rather than in the next poll. Swallowed there, the consumer polled on and the close spun
     * for ever (micronaut-kafka issue 995); the batch's events are applied either way.
     */
    @Test
    void theContextClosesWhenItsWakeUpArrivesWhileABatchIsBeingHandled() {
        try (Running app = Running.start("shutdownwakeup")) {
            CaseEventEnvelope slow = envelope("slow-" + UUID.randomUUID());
            app.traffic.send(slow);
            await().atMost(Duration.ofSeconds(60)).until(() -> app.attempts().of(slow.getCaseId()) >= 1);

            app.closeWithin(Duration.ofSeconds(30));
            assertThat(app.traffic.seen(slow.getCaseId())).as("the batch's event, applied once").isEqualTo(1);
        }
    }

    @Test
    void theContextClosesAfterADecodingBombAndTheRecordBehindIt() {
        try (Running app = Running.start("shutdownbomb")) {
            String key = "bomb-before-shutdown-" + UUID.randomUUID();
            app.traffic.send(key, CaseEventsTraffic.stringClaimingTwoBillionBytes());
            app.traffic.send(envelope(key));
            await().atMost(Duration.ofSeconds(60)).until(() -> app.traffic.seen(key) == 1);

            app.closeWithin(CLOSE_WITHIN);
        }
    }

    /** The test application in a context of its own, closed by the test (or, if the test failed, in the background). */
    private static final class Running implements AutoCloseable {

        private final ApplicationContext context;
        private final CaseEventsTraffic traffic;
        private boolean closed;

        private Running(ApplicationContext context, CaseEventsTraffic traffic) {
            this.context = context;
            this.traffic = traffic;
        }

        static Running start(String database) {
            PostgresFixture pg = PostgresFixture.shared();
            String jdbcUrl = pg.createDatabase(database);
            ApplicationContext context = ApplicationContext.builder()
                    .environments("support-test")
                    .properties(LocalIdentityProvider.shared().serviceProperties(Map.<String, Object>of(
                            "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                            "datasources.default.url", jdbcUrl,
                            "datasources.default.username", pg.username(),
                            "datasources.default.password", pg.password())))
                    .start();
            return new Running(context, new CaseEventsTraffic(jdbcUrl));
        }

        HandlerAttempts attempts() {
            return context.getBean(HandlerAttempts.class);
        }

        void closeWithin(Duration limit) {
            CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
            closed = true;
            await("the application context to close").atMost(limit).until(closing::isDone);
            assertThat(closing).isCompleted();
            assertThat(context.isRunning()).isFalse();
        }

        @Override
        public void close() {
            traffic.close();
            if (!closed) {
                // the test failed before closing: close in the background so that a hanging close cannot stall the suite
                Thread closer = new Thread(context::close, "close-after-failed-test");
                closer.setDaemon(true);
                closer.start();
            }
        }
    }
}
