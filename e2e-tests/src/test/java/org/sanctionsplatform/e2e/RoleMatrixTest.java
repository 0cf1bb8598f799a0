package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.support.security.Roles;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * The role matrix (issue 9, README "Security"): every HTTP route of every service, as Micronaut's router of the
 * running service lists it, has exactly one declared rule in {@link #MATRIX}, so a new endpoint without a rule (or a
 * rule for an endpoint that is gone) fails here. Each route is then called with no token, a forged token (signed by a
 * key the provider never published), an expired token, an unsigned {@code alg: none} token and a token of each role:
 * 401 problem+json for the four bad tokens, 403 problem+json for a role the rule does not name, anything but 401/403
 * for a role it names (the ids are unknown and the bodies empty, so an allowed call is answered 2xx or 4xx and changes
 * nothing). Anonymous routes (the health probes and the public register) answer every caller.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    static final String ANYONE = "anyone";
    private static final String READERS = String.join(",", Roles.CASE_OFFICER, Roles.DECISION_MAKER,
            Roles.PUBLICATION_OFFICER, Roles.AUDITOR);

    /** service → "METHOD template" → the roles allowed (comma-separated), or {@link #ANYONE}. */
    static final Map<String, Map<String, String>> MATRIX = Map.of(
            "intake", rules(
                    "POST /cases", Roles.CASE_OFFICER,
                    "GET /cases", READERS,
                    "GET /cases/{id}", READERS,
                    "GET /cases/{id}/history", READERS,
                    "POST /cases/{id}/breaches", Roles.CASE_OFFICER,
                    "POST /cases/{id}/breaches/{breachId}/withdrawal", Roles.CASE_OFFICER,
                    "POST /cases/{id}/voluntary-disclosures", Roles.CASE_OFFICER,
                    "PUT /cases/{id}/factors", Roles.CASE_OFFICER + "," + Roles.DECISION_MAKER,
                    "POST /cases/{id}/milestones", Roles.CASE_OFFICER + "," + Roles.DECISION_MAKER,
                    "POST /cases/{id}/penalty-decisions", Roles.DECISION_MAKER,
                    "POST /cases/{id}/closure", Roles.DECISION_MAKER,
                    "POST /cases/{id}/publication/decisions", Roles.DECISION_MAKER,
                    "POST /cases/{id}/publication/disclosure-notice", Roles.DECISION_MAKER,
                    "PUT /cases/{id}/publication/text", Roles.CASE_OFFICER + "," + Roles.PUBLICATION_OFFICER,
                    "POST /cases/{id}/publication/text-shared", Roles.PUBLICATION_OFFICER,
                    "POST /cases/{id}/publication/release", Roles.PUBLICATION_OFFICER),
            "assessment", rules(
                    "GET /cases/{caseId}/assessment", READERS,
                    "POST /assessments/preview", Roles.CASE_OFFICER + "," + Roles.DECISION_MAKER),
            "deadline", rules(
                    "GET /cases/{caseId}/deadlines", READERS,
                    "GET /deadlines/upcoming", READERS),
            "publication", rules(
                    "GET /cases/{caseId}/publications", READERS,
                    // the public register (issue 10): its JSON, pages and feed are the only anonymous content
                    "GET /api/register/publications", ANYONE,
                    "GET /api/register/publications/{publicationId}", ANYONE,
                    "GET /register", ANYONE,
                    "GET /register/publications/{publicationId}", ANYONE,
                    "GET /register/feed", ANYONE,
                    // the s.149(2) report: aggregates of cases not (yet) published, for those who compile and check it
                    "GET /reports/penalties", String.join(",", Roles.PUBLICATION_OFFICER, Roles.DECISION_MAKER,
                            Roles.AUDITOR)));

    /**
     * Every service's management routes: the health probes, for anyone (details only for operators); its OpenAPI
     * document and the released schemas by fingerprint, for anyone (the public contract); the metrics scrape and the
     * dead letters (service-support, docs/contracts.md), for operators only.
     */
    static final Map<String, String> MANAGEMENT = rules(
            "GET /health", ANYONE,
            "GET /health/{selector}", ANYONE,
            "GET /openapi", ANYONE,
            "GET /schemas", ANYONE,
            "GET /schemas/{fingerprint}", ANYONE,
            // the Prometheus scrape (issue 11.2, docs/observability.md)
            "GET /prometheus", Roles.OPERATOR,
            "GET /dead-letters/{topic}", Roles.OPERATOR,
            "POST /dead-letters/{topic}/redrive", Roles.OPERATOR);

    /** What an API client and what a browser send: the answer to who may call must not depend on it. */
    private static final List<String> ACCEPTS = List.of("application/json", "text/html");

    private static final List<String> ROLES = List.of(Roles.CASE_OFFICER, Roles.DECISION_MAKER,
            Roles.PUBLICATION_OFFICER, Roles.AUDITOR, Roles.OPERATOR);

    private PlatformFixture platform;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        platform = PlatformFixture.start(Instant.now());
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyRouteOfEveryServiceHasADeclaredRuleAndAnswersEachCallerAsDeclared() throws Exception {
        LocalIdentityProvider idp = platform.running().identityProvider();
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("no token", null);
        badTokens.put("forged", idp.forgedToken(ROLES.toArray(String[]::new)));
        badTokens.put("expired", idp.expiredToken(ROLES.toArray(String[]::new)));
        badTokens.put("alg none", idp.unsignedToken(ROLES.toArray(String[]::new)));
        Map<String, String> roleTokens = new LinkedHashMap<>();
        ROLES.forEach(role -> roleTokens.put(role, idp.token(role)));

        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int routes = 0;
        for (String service : new TreeSet<>(MATRIX.keySet())) {
            Map<String, String> declared = new TreeMap<>(MATRIX.get(service));
            declared.putAll(MANAGEMENT);
            // Micronaut answers HEAD wherever it answers GET: the same rule
            new TreeMap<>(declared).forEach((route, roles) -> {
                if (route.startsWith("GET ")) {
                    declared.put("HEAD " + route.substring(4), roles);
                }
            });
            Set<String> found = routesOf(service);
            assertThat(found).as("the routes of %s (a new one needs its rule in RoleMatrixTest.MATRIX and the README)",
                    service).containsExactlyInAnyOrderElementsOf(declared.keySet());
            for (Map.Entry<String, String> rule : declared.entrySet()) {
                routes++;
                String method = rule.getKey().substring(0, rule.getKey().indexOf(' '));
                String path = concrete(rule.getKey().substring(rule.getKey().indexOf(' ') + 1));
                boolean anyone = ANYONE.equals(rule.getValue());
                Set<String> allowed = anyone ? Set.of() : Set.of(rule.getValue().split(","));
                // who the caller is is decided before what they accept: a browser's Accept (no JSON) changes nothing
                for (String accept : ACCEPTS) {
                    for (Map.Entry<String, String> caller : badTokens.entrySet()) {
                        HttpResponse<String> answer = call(service, method, path, caller.getValue(), accept);
                        check(wrong, outcomes, service, rule.getKey(), caller.getKey() + ", Accept " + accept, answer,
                                anyone ? Expect.ALLOWED : Expect.UNAUTHENTICATED);
                    }
                    for (Map.Entry<String, String> caller : roleTokens.entrySet()) {
                        HttpResponse<String> answer = call(service, method, path, caller.getValue(), accept);
                        check(wrong, outcomes, service, rule.getKey(), caller.getKey() + ", Accept " + accept, answer,
                                anyone || allowed.contains(caller.getKey()) ? Expect.ALLOWED : Expect.FORBIDDEN);
                    }
                }
            }
        }
        System.out.printf("role matrix: %d routes (HEAD included) on 4 services x %d callers x %d Accept headers = %d calls; "
                + "outcomes %s%n", routes, badTokens.size() + roleTokens.size(), ACCEPTS.size(),
                outcomes.values().stream().mapToInt(Integer::intValue).sum(), outcomes);
        assertThat(wrong).as("calls answered otherwise than the matrix declares").isEmpty();
        assertThat(outcomes.keySet()).contains("401 as declared", "403 as declared", "allowed as declared");
    }

    private enum Expect { UNAUTHENTICATED, FORBIDDEN, ALLOWED }

    private static void check(List<String> wrong, Map<String, Integer> outcomes, String service, String route,
                              String caller, HttpResponse<String> answer, Expect expect) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        // a HEAD answer has no body, so no problem document to check
        boolean problem = answer.request().method().equals("HEAD") || type.startsWith("application/problem+json");
        boolean ok = switch (expect) {
            case UNAUTHENTICATED -> status == 401 && problem
                    && answer.headers().firstValue("WWW-Authenticate").filter("Bearer"::equals).isPresent();
            case FORBIDDEN -> status == 403 && problem;
            case ALLOWED -> status != 401 && status != 403 && status < 500;
        };
        String outcome = switch (expect) {
            case UNAUTHENTICATED -> "401";
            case FORBIDDEN -> "403";
            case ALLOWED -> "allowed";
        };
        outcomes.merge(outcome + (ok ? " as declared" : " NOT as declared"), 1, Integer::sum);
        if (!ok) {
            wrong.add(service + " " + route + " as " + caller + ": expected " + expect + ", got " + status + " " + type
                    + " " + answer.body());
        }
    }

    /** The routes Micronaut's router of the running service serves, as "METHOD template". */
    private Set<String> routesOf(String service) {
        Router router = platform.running().context(service).getBean(Router.class);
        return router.uriRoutes().map(RoleMatrixTest::describe).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        // the health endpoint's optional selector reads {/selector}: named here as the path it serves
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toString().replace("{/selector}", "/{selector}");
    }

    /** Unknown ids, and a probe for the optional selector: an allowed call finds nothing and changes nothing. */
    private static String concrete(String template) {
        return template.replace("{selector}", "liveness").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private HttpResponse<String> call(String service, String method, String path, String token, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.running().url(service) + path))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET")) {
            request.GET();
        } else if (method.equals("HEAD")) {
            request.method("HEAD", HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> rules(String... routeThenRoles) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (int i = 0; i < routeThenRoles.length; i += 2) {
            rules.put(routeThenRoles[i], routeThenRoles[i + 1]);
        }
        return rules;
    }
}
