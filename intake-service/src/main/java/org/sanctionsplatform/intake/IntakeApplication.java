package org.sanctionsplatform.intake;

import io.micronaut.runtime.Micronaut;

/** Starts intake-service on its own (port 8081 unless HTTP_PORT says otherwise). */
public final class IntakeApplication {

    private IntakeApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(IntakeApplication.class).environments("intake").start();
    }
}
