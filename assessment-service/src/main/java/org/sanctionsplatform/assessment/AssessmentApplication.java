package org.sanctionsplatform.assessment;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts assessment-service on its own (port 8082, environment "assessment"). */
// its OpenAPI document, served at /openapi (docs/contracts.md)
@OpenAPIDefinition(info = @Info(title = "assessment-service", version = "0.1.0",
        description = "The indicative assessment of a case under the enforcement guidance, and previews of one"))
public final class AssessmentApplication {

    private AssessmentApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(AssessmentApplication.class).environments("assessment").start();
    }
}
