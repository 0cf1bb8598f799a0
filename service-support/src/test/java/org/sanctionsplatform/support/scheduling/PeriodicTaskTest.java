package org.sanctionsplatform.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {

    private static final Duration SOON = Duration.ofMillis(1);

    @Test
    void aWakeUpRunsTheWaitingRoundAtOnce() {
        AtomicInteger rounds = new AtomicInteger();
        try (PeriodicTask task = PeriodicTask.start("sleepy-loop", Duration.ofHours(1), Duration.ofHours(1),
                rounds::incrementAndGet)) {
            task.wakeUp();
            await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 1);
            task.wakeUp();
            await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);
        }
    }

    @Test
    void wakeUpsWhileARoundRunsMakeOneMoreRoundRightAfterIt() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        java.util.concurrent.CountDownLatch inFirstRound = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (PeriodicTask task = PeriodicTask.start("busy-loop", SOON, Duration.ofHours(1), () -> {
            if (rounds.incrementAndGet() == 1) {
                inFirstRound.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        })) {
            inFirstRound.await();
            task.wakeUp();
            task.wakeUp();
            task.wakeUp();
            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);
            Thread.sleep(200);
            assertThat(rounds.get()).as("three wake-ups during a round make one more round").isEqualTo(2);
        }
    }

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

    @Test
    void thePauseAfterFailuresDoublesTheDelayEachTimeUpToTheMaximum() {
        Duration delay = Duration.ofMillis(100);
        Duration max = Duration.ofSeconds(10);

        assertThat(PeriodicTask.backOff(delay, max, 1)).isEqualTo(Duration.ofMillis(200));
        assertThat(PeriodicTask.backOff(delay, max, 2)).isEqualTo(Duration.ofMillis(400));
        assertThat(PeriodicTask.backOff(delay, max, 6)).isEqualTo(Duration.ofMillis(6400));
        assertThat(PeriodicTask.backOff(delay, max, 7)).isEqualTo(max);
        assertThat(PeriodicTask.backOff(delay, max, Integer.MAX_VALUE)).isEqualTo(max);
        assertThat(PeriodicTask.backOff(Duration.ofMinutes(5), max, 3)).as("never shorter than the delay").isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aFailingLoopBacksOffToTheMaximumReportsSinceWhenAndWhyAndASuccessEndsThat() {
        AtomicReference<Error> failWith = new AtomicReference<>(new AssertionError("the relay's broker is away\nline two"));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        Duration max = Duration.ofMillis(8);
        try (PeriodicTask task = PeriodicTask.start("flaky-loop", SOON, SOON, max, clock, () -> {
            Error failure = failWith.get();
            if (failure != null) {
                throw failure;
            }
        })) {
            await().atMost(Duration.ofSeconds(30)).until(() -> task.status().failing()
                    .map(f -> f.failures() >= 5).orElse(false));
            PeriodicTask.Status failing = task.status();
            assertThat(failing.name()).isEqualTo("flaky-loop");
            assertThat(failing.nextDelay()).isEqualTo(max);
            assertThat(failing.failing()).hasValueSatisfying(f -> {
                assertThat(f.since()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
                assertThat(f.reason()).isEqualTo("the relay's broker is away");
            });
            clock.advance(Duration.ofMinutes(2));
            assertThat(task.status().failing()).hasValueSatisfying(f ->
                    assertThat(f.longerThan(Duration.ofSeconds(60), clock.instant())).isTrue());

            failWith.set(null);

            await().atMost(Duration.ofSeconds(30)).until(() -> task.status().failing().isEmpty());
            assertThat(task.status().nextDelay()).isEqualTo(SOON);
        }
    }

    @Test
    void closingDropsARoundThatIsOnlyWaitingOutItsBackOff() {
        AtomicInteger rounds = new AtomicInteger();
        PeriodicTask task = PeriodicTask.start("backed-off-loop", SOON, Duration.ofHours(1), Duration.ofHours(2), Clock.systemUTC(), () -> {
            rounds.incrementAndGet();
            throw new IllegalStateException("always failing");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> task.status().failing().isPresent());

        CompletableFuture<Void> closing = CompletableFuture.runAsync(task::close);

        await("the close").atMost(Duration.ofSeconds(20)).until(closing::isDone);
        assertThat(rounds.get()).isEqualTo(1);
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

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void throwUnchecked(Throwable t) throws E {
        throw (E) t;
    }
}
