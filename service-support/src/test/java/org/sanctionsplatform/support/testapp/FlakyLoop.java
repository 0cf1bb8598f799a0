package org.sanctionsplatform.support.testapp;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sanctionsplatform.support.scheduling.BackgroundLoops;
import org.sanctionsplatform.support.scheduling.PeriodicTask;

/** A readiness-critical background loop (like the deadline timer sweep) whose rounds fail while a test says so. */
@Context
@Requires(property = "support-test.flaky-loop", value = "true")
public class FlakyLoop {

    public static final String NAME = "flaky-loop";

    private final BackgroundLoops loops;
    private final AtomicBoolean failing = new AtomicBoolean();
    private PeriodicTask loop;

    FlakyLoop(BackgroundLoops loops) {
        this.loops = loops;
    }

    public void fail(boolean fail) {
        failing.set(fail);
    }

    @PostConstruct
    void start() {
        loop = loops.start(NAME, Duration.ZERO, Duration.ofMillis(50), () -> {
            if (failing.get()) {
                throw new IllegalStateException("the flaky loop's store is away");
            }
        });
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
