package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.slf4j.LoggerFactory;

/**
 * How every service authenticates its callers (the settings come from service-support's shared defaults): a bearer
 * JWT signed by a key of the identity provider's JWKS, for the configured issuer and audience, current; anything
 * else is a 401 problem with {@code WWW-Authenticate: Bearer} and nothing about why. Health probes answer anyone,
 * their details only operators. Spoken to over plain JDK HTTP, so that no test filter adds a token.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticationTest implements TestPropertyProvider {

    private final LocalIdentityProvider idp = LocalIdentityProvider.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    org.sanctionsplatform.support.security.VerifiedTokens verifiedTokens;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return idp.serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("authn"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @Test
    void aValidTokenOfTheProviderIsAccepted() throws Exception {
        assertThat(get("/widgets?size=1", idp.token("CASE_OFFICER")).statusCode()).isEqualTo(200);
    }

    @Test
    void noTokenAForgedOneAnUnsignedOneAnExpiredOneOrOneNotYetValidIs401ProblemJson() throws Exception {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("none", null);
        refused.put("forged", idp.forgedToken("CASE_OFFICER"));
        refused.put("alg none", idp.unsignedToken("CASE_OFFICER"));
        refused.put("expired", idp.expiredToken("CASE_OFFICER"));
        refused.put("not yet valid", idp.notYetValidToken("CASE_OFFICER"));
        refused.put("other audience", idp.tokenForAudience("another-application", "CASE_OFFICER"));
        refused.put("garbage", "not.a.jwt");
        for (Map.Entry<String, String> token : refused.entrySet()) {
            HttpResponse<String> answer = get("/widgets?size=1", token.getValue());
            assertThat(answer.statusCode()).as(token.getKey()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).as(token.getKey()).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(token.getKey()).hasValue("Bearer");
            assertThat(answer.body()).as(token.getKey()).contains("\"status\":401")
                    .doesNotContain("xception").doesNotContain("signature").doesNotContain("nimbus");
        }
    }

    @Test
    void aRoleTheRouteDoesNotNameIs403ProblemJsonAndEveryRefusalIsLoggedWithPrincipalAndRequestIdOnly() throws Exception {
        Logger refusals = (Logger) LoggerFactory.getLogger("org.sanctionsplatform.security.refused");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        refusals.addAppender(log);
        try {
            String auditor = idp.token("AUDITOR");
            HttpResponse<String> forbidden = send(HttpRequest.newBuilder(URI.create(server.getURL() + "/widgets/operators-only"))
                    .header("Authorization", "Bearer " + auditor).header("X-Correlation-Id", "req-refused-403").GET());
            HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(server.getURL() + "/widgets/operators-only"))
                    .header("X-Correlation-Id", "req-refused-401").GET());
            HttpResponse<String> allowed = get("/widgets/operators-only", idp.token("OPERATOR"));

            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(forbidden.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(allowed.statusCode()).isEqualTo(200);
            List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).contains(
                    "refused 403 GET /widgets/operators-only principal=" + LocalIdentityProvider.testSubject("AUDITOR")
                            + " request=req-refused-403",
                    "refused 401 GET /widgets/operators-only principal=anonymous request=req-refused-401");
            assertThat(String.join("\n", lines)).doesNotContain(auditor);
        } finally {
            refusals.detachAppender(log);
        }
    }

    @Test
    void healthProbesAnswerAnyoneButOnlyOperatorsSeeTheDetails() throws Exception {
        for (String path : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).as(path).isIn(200, 503);
            assertThat(anonymous.body()).as(path).contains("\"status\"").doesNotContain("\"details\"");
        }
        assertThat(get("/health", idp.token("AUDITOR")).body()).doesNotContain("\"details\"");
        assertThat(get("/health", idp.token("OPERATOR")).body()).contains("\"details\"");
    }

    @Test
    void otherManagementEndpointsAreOff() throws Exception {
        for (String path : new String[] {"/beans", "/env", "/loggers", "/routes", "/info", "/threaddump", "/refresh"}) {
            assertThat(get(path, idp.token("OPERATOR")).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void withSecurityOnButNoIdentityProviderConfiguredAServiceRefusesToStart() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        // H2: a context that fails to start may leave its connection pool behind, and PostgreSQL's are shared
        properties.put("datasources.default.url", "jdbc:h2:mem:authn_unconfigured;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("micronaut.server.port", -1);
        assertThatThrownBy(() -> ApplicationContext.run(properties, "support-test").close())
                .hasStackTraceContaining("sep.security.jwks-url (env SEP_SECURITY_JWKS_URL)")
                .hasStackTraceContaining("sep.security.issuer")
                .hasStackTraceContaining("sep.security.audience");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresAndARefusedOneNever() throws Exception {
        int before = verifiedTokens.size();
        String token = idp.token("remembered-officer", "Remembered Officer", java.time.Duration.ofSeconds(2),
                List.of("CASE_OFFICER"));
        for (int i = 0; i < 3; i++) {
            assertThat(get("/widgets?size=1", token).statusCode()).isEqualTo(200);
        }
        assertThat(verifiedTokens.size()).as("one token, verified once and remembered").isEqualTo(before + 1);

        // a forged token of the same person is refused whatever was remembered, and is not remembered itself
        assertThat(get("/widgets?size=1", idp.forgedToken("CASE_OFFICER")).statusCode()).isEqualTo(401);
        assertThat(verifiedTokens.size()).isEqualTo(before + 1);

        // remembering never outlives the token: once its exp has passed it is refused like any expired token
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> get("/widgets?size=1", token).statusCode() == 401);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
