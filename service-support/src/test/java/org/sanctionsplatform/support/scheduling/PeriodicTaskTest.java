package org.sanctionsplatform.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {

    private static final Duration SOON = Duration.ofMillis(1);

    @Test
    void aRoundThatThrowsAnErrorIsLoggedWithItsStackTraceAndLaterRoundsStillRun() {
        AtomicInteger rounds = new AtomicInteger();
        try (LogCapture log = LogCapture.of(PeriodicTask.class);
             PeriodicTask task = PeriodicTask.start("error-loop", SOON, SOON, () -> {
                 if (rounds.incrementAndGet() == 1) {
                     throw new AssertionError("the first round's assumption does not hold");
                 }
             })) {
            await().atMost(Duration.ofSeconds(30)).until(() -> rounds.get() >= 3);

            assertThat(log.events()).anySatisfy(event -> assertThat(loggedThrowable(event))
                    .isEqualTo(AssertionError.class.getName()));
            assertThat(log.events()).anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("error-loop"));
        }
    }

    @Test
    void aRoundThatSneakilyThrowsACheckedExceptionIsLoggedWithItsStackTraceAndLaterRoundsStillRun() {
        AtomicInteger rounds = new AtomicInteger();
        try (LogCapture log = LogCapture.of(PeriodicTask.class);
             PeriodicTask task = PeriodicTask.start("checked-loop", SOON, SOON, () -> {
                 if (rounds.incrementAndGet() == 1) {
                     throwUnchecked(new IOException("the disk said no"));
                 }
             })) {
            await().atMost(Duration.ofSeconds(30)).until(() -> rounds.get() >= 3);

            assertThat(log.events()).anySatisfy(event -> assertThat(loggedThrowable(event))
                    .isEqualTo(IOException.class.getName()));
        }
    }

    @Test
    void aRoundThatThrowsARuntimeExceptionIsLoggedWithItsStackTrace() {
        AtomicInteger rounds = new AtomicInteger();
        try (LogCapture log = LogCapture.of(PeriodicTask.class);
             PeriodicTask task = PeriodicTask.start("runtime-loop", SOON, SOON, () -> {
                 if (rounds.incrementAndGet() == 1) {
                     throw new IllegalStateException("the database is away");
                 }
             })) {
            await().atMost(Duration.ofSeconds(30)).until(() -> rounds.get() >= 3);

            assertThat(log.events()).anySatisfy(event -> {
                assertThat(loggedThrowable(event)).isEqualTo(IllegalStateException.class.getName());
                assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
            });
        }
    }

    @Test
    void closingWaitsForTheRunningRoundToFinish() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        PeriodicTask task = PeriodicTask.start("slow-loop", SOON, Duration.ofHours(1), () -> {
            started.countDown();
            sleep(Duration.ofMillis(300));
            finished.incrementAndGet();
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        task.close();

        assertThat(finished.get()).isEqualTo(1);
    }

    /** The class of the throwable a log event carries (with its stack trace), or null when it carries none. */
    private static String loggedThrowable(ILoggingEvent event) {
        return event.getThrowableProxy() == null ? null : event.getThrowableProxy().getClassName();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void throwUnchecked(Throwable t) throws E {
        throw (E) t;
    }
}
