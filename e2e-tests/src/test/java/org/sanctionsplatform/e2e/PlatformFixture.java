package org.sanctionsplatform.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.launcher.RunningPlatform;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import java.time.Duration;
import org.sanctionsplatform.support.security.Roles;

/**
 * The four services in this JVM, each with its own fresh PostgreSQL database, on the test broker
 * (Testcontainers when Docker answers, else the embedded KRaft broker), spoken to over real HTTP with bearer tokens
 * of the platform's identity provider, security on as in production: changes as a member of the case team (case
 * officer and decision maker), reads as an auditor.
 */
final class PlatformFixture implements AutoCloseable {

    /** The name in the case team's token: what intake records as {@code assessedBy} and {@code decisionMaker}. */
    static final String CASE_TEAM = "E2E case team";

    private final RunningPlatform platform;
    private final Map<String, HttpClient> clients = new java.util.HashMap<>();
    private final String caseTeam;
    private final String auditor;

    private PlatformFixture(RunningPlatform platform) {
        this.platform = platform;
        this.caseTeam = caseTeamToken(CASE_TEAM);
        this.auditor = platform.token(Roles.AUDITOR);
    }

    /** A token of a case officer who is also a decision maker, named {@code name}. */
    String caseTeamToken(String name) {
        return platform.identityProvider().token("e2e-case-team", name, Duration.ofHours(1),
                List.of(Roles.CASE_OFFICER, Roles.DECISION_MAKER));
    }

    /** The case team's token, for requests a test builds itself. */
    String caseTeamToken() {
        return caseTeam;
    }

    RunningPlatform running() {
        return platform;
    }

    /** The property that starts every service's clock at an instant (see {@link ScenarioClockFactory}). */
    static final String CLOCK_START = "e2e.clock.start";

    /** The services' clocks start on {@code clockStart} and tick on from there. */
    static PlatformFixture start(Instant clockStart) {
        return start(clockStart, Map.of());
    }

    /** As {@link #start(Instant)}, with more configuration given to every service. */
    static PlatformFixture start(Instant clockStart, Map<String, Object> properties) {
        PostgresFixture pg = PostgresFixture.shared();
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put(CLOCK_START, clockStart.toString());
        return new PlatformFixture(RunningPlatform.startOn(KafkaFixture.shared().bootstrapServers(),
                service -> new RunningPlatform.Database(pg.createDatabase("e2e_" + service), pg.username(), pg.password()),
                all));
    }

    /**
     * The body of {@code POST /cases} for a self-reported case of one legal person with one Russia breach (15 September
     * 2025, £2.5m, established), opened on 2 March 2026: the scenarios' common starting point.
     */
    static Map<String, Object> selfReportedCase(String subject) {
        Map<String, Object> breach = new java.util.LinkedHashMap<>();
        breach.put("subjectIndex", 0);
        breach.put("breachType", "MAKING_FUNDS_AVAILABLE");
        breach.put("regime", "Russia");
        breach.put("regulation", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12");
        breach.put("description", "Payment to a designated person's company");
        breach.put("breachDate", "2025-09-15");
        breach.put("estimatedValue", new java.math.BigDecimal("2500000.00"));
        breach.put("establishedOnBalanceOfProbabilities", true);
        Map<String, Object> c = new java.util.LinkedHashMap<>();
        c.put("openedOn", "2026-03-02");
        c.put("procedure", "CIVIL_MONETARY_PENALTY");
        c.put("origin", "SELF_REPORT");
        c.put("calendarDivision", "ENGLAND_AND_WALES");
        c.put("subjects", List.of(Map.of("name", subject, "subjectType", "LEGAL_PERSON")));
        c.put("breaches", List.of(breach));
        return c;
    }

    /** The base URL of the service, e.g. {@code http://localhost:54321}. */
    String url(String service) {
        return platform.url(service);
    }

    BlockingHttpClient http(String service) {
        return clients.computeIfAbsent(service, s -> {
            try {
                return HttpClient.create(new URL(platform.url(s)));
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toBlocking();
    }

    Map<String, Object> post(String service, String path, Object body) {
        return post(service, path, body, caseTeam);
    }

    Map<String, Object> post(String service, String path, Object body, String token) {
        return http(service).retrieve(HttpRequest.POST(path, body).bearerAuth(token), Argument.mapOf(String.class, Object.class));
    }

    Map<String, Object> put(String service, String path, Object body) {
        return put(service, path, body, caseTeam);
    }

    Map<String, Object> put(String service, String path, Object body, String token) {
        return http(service).retrieve(HttpRequest.PUT(path, body).bearerAuth(token), Argument.mapOf(String.class, Object.class));
    }

    /** The JSON object at the path, or empty while the service answers 404. */
    Optional<Map<String, Object>> getObject(String service, String path) {
        try {
            return Optional.of(http(service).retrieve(HttpRequest.GET(path).bearerAuth(auditor), Argument.mapOf(String.class, Object.class)));
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The JSON array at the path, or an empty list while the service answers 404. */
    List<Map<String, Object>> getList(String service, String path) {
        try {
            return http(service).retrieve(HttpRequest.GET(path).bearerAuth(auditor), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        clients.values().forEach(HttpClient::close);
        platform.close();
    }
}
