package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * Issue 9.6: every error a service answers is {@code application/problem+json} with its status, whatever the caller's
 * {@code Accept} or {@code Origin} header and whoever answers it (a route, the router, a filter, the body size limit),
 * and it never quotes the JSON library, a class name or SQL. Security is on: the requests carry a valid token holding
 * every role (plain JDK HTTP, so no test filter adds one), except those that show security's own refusals (401, 403)
 * are problems too.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemJsonEverywhereTest implements TestPropertyProvider {

    private static final List<String> ACCEPTS = List.of("text/html", "*/*", "application/xml",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json");
    private static final List<String> INTERNALS = List.of("JsonReadFeature", "StreamReadConstraints", "type [class",
            "com.fasterxml", "io.micronaut", "org.postgresql", "org.sanctionsplatform", "java.", "Exception", "SQL", "<html");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalIdentityProvider idp = LocalIdentityProvider.shared();
    private final String everyRole = idp.token("CASE_OFFICER", "DECISION_MAKER", "PUBLICATION_OFFICER", "AUDITOR",
            "OPERATOR");

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return idp.serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("support_problems"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "micronaut.server.max-request-size", "64KB",
                "sep.outbox.relay-interval", "1h",
                "sep.outbox.initial-delay", "1h"));
    }

    @Test
    void anUnknownRouteAWrongMethodAndAWrongContentTypeAreProblemsWhateverTheAccept() throws Exception {
        for (String accept : ACCEPTS) {
            assertProblem(send("GET", "/no-such-thing", accept, null, null), 404);
            assertProblem(send("DELETE", "/widgets", accept, null, null), 405);
            assertProblem(send("POST", "/widgets", accept, "text/plain", "name=x"), 415);
            // A route that produces only JSON refuses a caller who accepts none (406) before it reads the body.
            boolean json = accept.contains("json") || accept.contains("*/*");
            assertProblem(send("POST", "/widgets", accept, "application/json", "{\"name\": "), json ? 400 : 406);
        }
    }

    @Test
    void aCrossOriginRequestRefusedBeforeAnyRouteIsAProblemToo() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/widgets")).header("Accept", "text/html")
                .header("Authorization", "Bearer " + everyRole).header("Origin", "https://elsewhere.example").GET().build(), HttpResponse.BodyHandlers.ofString());

        if (answer.statusCode() >= 400) {
            assertProblem(answer, answer.statusCode());
        }
    }

    @Test
    void securitysRefusalsAreProblemsWhateverTheAccept() throws Exception {
        for (String accept : ACCEPTS) {
            // Who the caller is comes before what they accept (RefusedNegotiationRule): without a valid token 401, with
            // roles the route does not allow 403, whatever the Accept; the router's 406 only for a caller it allows.
            boolean json = accept.contains("json") || accept.contains("*/*");
            for (String token : java.util.Arrays.asList(null, idp.forgedToken("OPERATOR"), idp.expiredToken("OPERATOR"))) {
                HttpResponse<String> refused = send("GET", "/widgets?size=1", accept, null, null, token);
                assertProblem(refused, 401);
                assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            }
            // a valid token whose roles do not allow the route
            assertProblem(send("GET", "/widgets/operators-only", accept, null, null, idp.token("CASE_OFFICER")), 403);
            assertProblem(send("POST", "/widgets", accept, "application/json", "{\"name\":\"x\"}", null), 401);
            assertProblem(send("POST", "/widgets", accept, "text/plain", "name=x", null), 401);
            // a caller the route allows is told what it speaks
            HttpResponse<String> allowed = send("GET", "/widgets/operators-only", accept, null, null, idp.token("OPERATOR"));
            if (json) {
                assertThat(allowed.statusCode()).isEqualTo(200);
            } else {
                assertProblem(allowed, 406);
            }
        }
    }

    @Test
    void aBodyOverTheConfiguredSizeIs413ProblemJson() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(100_000) + "\"}";

        assertProblem(send("POST", "/widgets", "*/*", "application/json", big), 413);
    }

    @Test
    void aControlCharacterInThePathIsRefusedBeforeItReachesTheDatabase() throws Exception {
        HttpResponse<String> answer = send("GET", "/widgets/%00", "application/json", null, null);

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("\"field\":\"path\"", "must not contain control characters");
    }

    @Test
    void theJsonLibrarysWordsAndLimitsAreNeverQuoted() throws Exception {
        for (String body : List.of("{\"name\":\"a\",\"amount\":+1}", "{\"name\":\"a\",\"amount\":NaN}",
                "{\"name\":\"a\",\"amount\":" + "9".repeat(5000) + "}", "[".repeat(5000) + "]".repeat(5000),
                "{\"name\":{\"a\":1}}", "{\"name\":\"a\",\"amount\":\"lots\"}", "{'name':'a'}", "\u00ff\u00fe")) {
            HttpResponse<String> answer = send("POST", "/widgets", "application/json", "application/json", body);

            assertProblem(answer, 400);
            assertThat(answer.body()).contains("\"field\":\"body\"");
        }
    }

    private HttpResponse<String> send(String method, String path, String accept, String contentType, String body)
            throws IOException, InterruptedException {
        return send(method, path, accept, contentType, body, everyRole);
    }

    private HttpResponse<String> send(String method, String path, String accept, String contentType, String body,
                                      String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        String what = answer.request().method() + " " + answer.request().uri() + " " + answer.request().headers().map()
                + " -> " + answer.statusCode() + " " + answer.body();
        assertThat(answer.statusCode()).as(what).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).as(what).contains("\"status\":" + status);
        INTERNALS.forEach(leak -> assertThat(answer.body()).as(what).doesNotContain(leak));
    }
}
