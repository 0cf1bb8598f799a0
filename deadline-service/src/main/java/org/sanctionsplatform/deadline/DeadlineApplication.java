package org.sanctionsplatform.deadline;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts deadline-service on its own (port 8083 unless HTTP_PORT says otherwise). */
// its OpenAPI document, served at /openapi (docs/contracts.md)
@OpenAPIDefinition(info = @Info(title = "deadline-service", version = "0.1.0",
        description = "The statutory and procedural windows of each case and the worklist of upcoming deadlines"))
public final class DeadlineApplication {

    private DeadlineApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(DeadlineApplication.class).environments("deadline").start();
    }
}
