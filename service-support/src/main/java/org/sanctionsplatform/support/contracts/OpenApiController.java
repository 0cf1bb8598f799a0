package org.sanctionsplatform.support.contracts;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * {@code GET /openapi}: the service's OpenAPI 3 document ({@link OpenApiDocument}), YAML. Anonymous, like the health
 * probes: it describes the API (the same document is built from the sources anyone with the repository has) and grants
 * nothing; every operation in it names the roles that may call it, and without a token each answers 401.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@OpenAPIDefinition(info = @Info(title = "service-support", version = "1",
        description = "The routes every service of the platform has"))
@SecurityScheme(name = OpenApiController.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token (JWT) of the platform's identity provider; the roles claim names what the caller "
                + "may do (README \"Security\")")
public class OpenApiController {

    /** The name of the security scheme every secured operation requires, with its roles as the scopes. */
    public static final String BEARER = "bearerAuth";
    public static final String YAML = "application/yaml";

    private final OpenApiDocument document;

    public OpenApiController(OpenApiDocument document) {
        this.document = document;
    }

    /** The service's OpenAPI document. */
    @Get(value = "/openapi", produces = YAML)
    public String openapi() {
        return document.yaml();
    }
}
