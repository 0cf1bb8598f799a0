package org.sanctionsplatform.intake;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts intake-service on its own (port 8081 unless HTTP_PORT says otherwise). */
// its OpenAPI document, served at /openapi (docs/contracts.md)
@OpenAPIDefinition(info = @Info(title = "intake-service", version = "0.1.0",
        description = "Opens and records enforcement cases: breaches, disclosures, case factors, milestones, decisions, closure"))
public final class IntakeApplication {

    private IntakeApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(IntakeApplication.class).environments("intake").start();
    }
}
