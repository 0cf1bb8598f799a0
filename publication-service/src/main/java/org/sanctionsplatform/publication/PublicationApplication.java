package org.sanctionsplatform.publication;

import io.micronaut.runtime.Micronaut;

/** Starts publication-service on its own (port 8084, environment "publication"). */
public final class PublicationApplication {

    private PublicationApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(PublicationApplication.class).environments("publication").start();
    }
}
