package org.sanctionsplatform.assessment;

import io.micronaut.runtime.Micronaut;

/** Starts assessment-service on its own (port 8082, environment "assessment"). */
public final class AssessmentApplication {

    private AssessmentApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(AssessmentApplication.class).environments("assessment").start();
    }
}
