package org.sanctionsplatform.publication;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts publication-service on its own (port 8084, environment "publication"). */
// its OpenAPI document, served at /openapi (docs/contracts.md)
@OpenAPIDefinition(info = @Info(title = "publication-service", version = "0.1.0",
        description = "What may be published about each case"))
public final class PublicationApplication {

    private PublicationApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(PublicationApplication.class).environments("publication").start();
    }
}
