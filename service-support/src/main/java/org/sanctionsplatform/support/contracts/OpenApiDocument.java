package org.sanctionsplatform.support.contracts;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The service's OpenAPI document, as micronaut-openapi generated it at compile time from the controllers: the
 * service's own ({@code META-INF/swagger/<micronaut.application.name>.yml}, e.g. {@code intake-service.yml}) with the
 * routes every service gets from service-support ({@code META-INF/swagger/service-support.yml}: dead letters, this
 * document, schemas by fingerprint) and Micronaut's health endpoint, which is not a controller and which
 * micronaut-openapi documents only when it compiles the endpoint itself ({@code META-INF/openapi/management.yml},
 * written by hand; {@code OpenApiDocumentTest} in e2e-tests fails when any route the service serves is missing).
 *
 * <p>Merged once, on first use: paths, schemas and security schemes are united (a service's own entry wins over a
 * shared one of the same name); info comes from the service's document ({@code @OpenAPIDefinition} on its application
 * class). Each operation then gets its security requirement from the route's own {@code @Secured} as the router holds
 * it: the bearer scheme with the route's roles as scopes, none for an anonymous route. (micronaut-openapi derives that
 * only from micronaut-security settings in {@code application.yml}; ours live in {@code sep-service-defaults.yml}, and
 * the annotation the router enforces is the one source that cannot drift.)
 */
@Singleton
public class OpenApiDocument {

    static final String SHARED = "META-INF/swagger/service-support.yml";
    static final String MANAGEMENT = "META-INF/openapi/management.yml";

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);

    private final String yaml;

    public OpenApiDocument(@Value("${micronaut.application.name}") String application, Router router) {
        Map<String, Object> document = load(MANAGEMENT).orElseThrow(() -> missing(MANAGEMENT));
        merge(document, load(SHARED).orElseThrow(() -> missing(SHARED)));
        String own = "META-INF/swagger/" + application + ".yml";
        Optional<Map<String, Object>> service = load(own);
        if (service.isEmpty()) {
            LOG.warn("no OpenAPI document {} on the classpath: /openapi lists only the routes every service has", own);
        }
        service.ifPresent(s -> {
            merge(document, s);
            document.put("info", s.get("info"));
        });
        secure(document, router);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        this.yaml = new Yaml(new Representer(options), options).dump(document);
    }

    /** The merged document as YAML. */
    public String yaml() {
        return yaml;
    }

    /** Sets each operation's security requirement from the {@code @Secured} of the route that serves it. */
    @SuppressWarnings("unchecked")
    private static void secure(Map<String, Object> document, Router router) {
        Object paths = document.get("paths");
        if (!(paths instanceof Map<?, ?> byPath)) {
            return;
        }
        router.uriRoutes().forEach(route -> {
            String path = route.getUriMatchTemplate().toString().replace("{/selector}", "/{selector}");
            Object item = byPath.get(path);
            if (!(item instanceof Map<?, ?> operations)) {
                return;
            }
            Object operation = operations.get(route.getHttpMethodName().toLowerCase(Locale.ROOT));
            if (!(operation instanceof Map<?, ?> op)) {
                return;
            }
            String[] roles = route.getAnnotationMetadata().stringValues(Secured.class);
            if (roles.length == 0 && op.containsKey("security")) {
                // a management endpoint without @Secured whose rule management.yml states (health: anyone; /prometheus:
                // OPERATOR, as OperatorEndpointRule decides)
                return;
            }
            List<String> scopes = Arrays.stream(roles).filter(r -> !r.equals(SecurityRule.IS_AUTHENTICATED)).toList();
            boolean anonymous = roles.length == 0 || Arrays.asList(roles).contains(SecurityRule.IS_ANONYMOUS);
            ((Map<String, Object>) op).put("security", anonymous
                    ? List.of() : List.of(Map.of(OpenApiController.BEARER, scopes)));
        });
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((key, value) -> {
            Object existing = into.get(key);
            if (existing instanceof Map<?, ?> target && value instanceof Map<?, ?> source
                    && (key.equals("paths") || key.equals("components"))) {
                merge((Map<String, Object>) target, (Map<String, Object>) source);
            } else if (existing instanceof Map<?, ?> target && value instanceof Map<?, ?> source
                    && (key.equals("schemas") || key.equals("securitySchemes"))) {
                ((Map<String, Object>) target).putAll((Map<String, Object>) source);
            } else {
                into.put(key, value);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> load(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Map<String, Object> loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return Optional.of(new LinkedHashMap<>(loaded));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static IllegalStateException missing(String resource) {
        return new IllegalStateException(resource + " is missing from the classpath (service-support's build makes it)");
    }
}
