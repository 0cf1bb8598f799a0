package org.sanctionsplatform.deadline;

import io.micronaut.runtime.Micronaut;

/** Starts deadline-service on its own (port 8083 unless HTTP_PORT says otherwise). */
public final class DeadlineApplication {

    private DeadlineApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(DeadlineApplication.class).environments("deadline").start();
    }
}
