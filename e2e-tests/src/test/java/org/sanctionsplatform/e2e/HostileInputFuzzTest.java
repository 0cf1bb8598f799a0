package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.sanctionsplatform.support.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9.6: hostile input against every HTTP endpoint of the four services, from a fixed seed so a failure can be
 * replayed. Each request is a valid body for its endpoint with one part spoilt (a huge number, exponent notation, a
 * wrong type, deep nesting, a long or unusual string), or a spoilt whole request (malformed JSON, a body that is not
 * JSON, a wrong content type, an odd {@code Accept} or {@code Origin}, a wrong method, a body over the size limit).
 * Whatever comes in: no answer is a 5xx, none is slow, every error is {@code application/problem+json} naming its
 * status, no answer is out of proportion to its request, and no answer quotes the service's internals. Security is on,
 * as deployed: most requests carry a valid token of a person holding every role (so that their bodies reach the
 * routes), some carry none or one that is not valid, and none of those is answered but with an error (health
 * excepted, which anyone may ask).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputFuzzTest {

    private static final Instant TODAY = Instant.parse("2026-06-02T09:00:00Z");
    private static final long SEED = 20260906L;
    private static final int REQUESTS = 3000;
    /** The name in the fuzz token, which intake accepts as {@code assessedBy} and {@code decisionMaker}. */
    private static final String FUZZER = "E2E fuzzer";
    /** Generous: this looks for a request that costs seconds of CPU (a 1e1000000 expanded), not for latency. */
    private static final Duration SLOW = Duration.ofSeconds(2);
    /** An answer bigger than this, to a request of a few KB, is a request that costs out of proportion. */
    private static final int MAX_ANSWER_BYTES = 1_000_000;
    /** Text that must never reach a caller: stack traces, SQL, class names, library internals, internal paths. */
    private static final List<String> LEAKS = List.of("JsonReadFeature", "StreamReadConstraints", "type [class",
            "com.fasterxml", "jackson", "io.micronaut", "org.h2", "org.postgresql", "org.sanctionsplatform", "java.",
            "javax.", "Exception", "\tat ", ".java:", "SQL", "insert into", "select ", "NUMERIC", "/work/", "/tmp/",
            "<html", "Source: ", "REDACTED");

    private PlatformFixture platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String caseId;
    private String subjectId;
    private String breachId;
    private String everyRole;

    @BeforeAll
    void start() {
        platform = PlatformFixture.start(TODAY);
        everyRole = platform.running().identityProvider().token("e2e-fuzzer", FUZZER, Duration.ofHours(1),
                List.of(Roles.CASE_OFFICER, Roles.DECISION_MAKER, Roles.PUBLICATION_OFFICER, Roles.AUDITOR, Roles.OPERATOR));
        Map<String, Object> opened = platform.http("intake").retrieve(
                io.micronaut.http.HttpRequest.POST("/cases", Json.write(Templates.openCase()))
                        .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE).bearerAuth(everyRole),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        caseId = String.valueOf(opened.get("id"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> subjects = (List<Map<String, Object>>) opened.get("subjects");
        subjectId = String.valueOf(subjects.get(0).get("subjectId"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> breaches = (List<Map<String, Object>>) opened.get("breaches");
        breachId = String.valueOf(breaches.get(0).get("breachId"));
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void noHostileRequestGetsA5xxASlowAnswerAnErrorThatIsNotProblemJsonOrALeak() throws Exception {
        Random random = new Random(SEED);
        List<Endpoint> endpoints = endpoints();
        Findings findings = new Findings();
        for (int i = 0; i < REQUESTS; i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            Attempt attempt = Mutations.spoil(endpoint, random, everyRole);
            findings.check(i, attempt, send(attempt));
        }
        System.out.println("[fuzz] " + findings.summary());
        assertThat(findings.failures).as(findings.summary()).isEmpty();
    }

    private List<Endpoint> endpoints() {
        String c = "/cases/" + caseId;
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("intake", "POST", "/cases", Templates.openCase()));
        list.add(new Endpoint("intake", "GET", "/cases?page=0&size=20", null));
        list.add(new Endpoint("intake", "GET", c, null));
        list.add(new Endpoint("intake", "POST", c + "/breaches", Templates.breach(subjectId)));
        list.add(new Endpoint("intake", "POST", c + "/breaches/" + breachId + "/withdrawal",
                new LinkedHashMap<>(Map.of("reason", "recorded in error"))));
        list.add(new Endpoint("intake", "POST", c + "/voluntary-disclosures", Templates.disclosure(subjectId)));
        list.add(new Endpoint("intake", "PUT", c + "/factors", Templates.factors()));
        list.add(new Endpoint("intake", "POST", c + "/milestones", Templates.milestone()));
        list.add(new Endpoint("intake", "POST", c + "/penalty-decisions", Templates.penaltyDecision(subjectId)));
        list.add(new Endpoint("intake", "POST", c + "/closure", Templates.closure()));
        list.add(new Endpoint("assessment", "GET", c + "/assessment", null));
        list.add(new Endpoint("assessment", "POST", "/assessments/preview", Templates.preview()));
        list.add(new Endpoint("assessment", "POST", "/assessments/preview", Templates.preview()));
        list.add(new Endpoint("deadline", "GET", c + "/deadlines", null));
        list.add(new Endpoint("deadline", "GET", "/deadlines/upcoming?within=10&limit=100", null));
        list.add(new Endpoint("publication", "GET", c + "/publications", null));
        for (String service : List.of("intake", "assessment", "deadline", "publication")) {
            list.add(new Endpoint(service, "GET", "/health", null));
            list.add(new Endpoint(service, "GET", "/health/readiness", null));
            list.add(new Endpoint(service, "GET", "/no-such-thing", null));
            list.add(new Endpoint(service, "GET", "/loggers", null));
            list.add(new Endpoint(service, "GET", "/health/liveness", null));
            list.add(new Endpoint(service, "GET", "/beans", null));
        }
        return list;
    }

    private Answer send(Attempt attempt) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(attempt.service()) + attempt.path()))
                .timeout(Duration.ofSeconds(30));
        attempt.headers().forEach(request::header);
        HttpRequest.BodyPublisher body = attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(attempt.body());
        request.method(attempt.method(), body);
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException closed) {
            // A server may close the connection on a body over its limit before reading it all.
            return new Answer(-1, null, new byte[0], Duration.ofNanos(System.nanoTime() - started), closed.toString());
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body(), Duration.ofNanos(System.nanoTime() - started), null);
    }

    record Endpoint(String service, String method, String path, Map<String, Object> template) {
    }

    record Attempt(String kind, String service, String method, String path, Map<String, String> headers, byte[] body,
                   boolean authenticated) {

        /** The caller sent this text itself (an answer may quote back what it was sent). */
        boolean echoes(String text) {
            return path.contains(text) || body != null && new String(body, StandardCharsets.UTF_8).contains(text);
        }

        String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            Map<String, String> shown = new LinkedHashMap<>(headers);
            shown.computeIfPresent("Authorization", (k, v) -> authenticated ? "Bearer <every role>" : v);
            return kind + " " + method + " " + service + path + " " + shown + " body(" + (body == null ? 0 : body.length)
                    + "B)=" + text.replace('\n', ' ');
        }
    }

    record Answer(int status, String contentType, byte[] body, Duration took, String transportError) {
    }

    /** What the run found, by kind, with the first few examples of each. */
    static final class Findings {
        final Map<String, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> counts = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        long slowest;
        String slowestRequest = "";
        int largest;

        void check(int i, Attempt attempt, Answer answer) {
            statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
            if (answer.took().toMillis() > slowest) {
                slowest = answer.took().toMillis();
                slowestRequest = attempt.kind() + " " + attempt.method() + " " + attempt.service() + " "
                        + attempt.path().substring(0, Math.min(80, attempt.path().length()));
            }
            largest = Math.max(largest, answer.body().length);
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            if (answer.status() == -1) {
                // Only acceptable for a body over the limit, and then only if the server answered nothing at all.
                if (attempt.body() == null || attempt.body().length < 1_000_000) {
                    fail("no answer", i, attempt, answer.transportError());
                }
                return;
            }
            if (!attempt.authenticated() && answer.status() < 400 && !attempt.path().startsWith("/health")) {
                fail("answered without a valid token", i, attempt, answer.status() + " " + snippet(body));
            }
            if (answer.status() >= 500) {
                fail("5xx", i, attempt, answer.status() + " " + snippet(body));
            }
            if (answer.took().compareTo(SLOW) > 0) {
                fail("slow", i, attempt, answer.took().toMillis() + " ms");
            }
            if (answer.body().length > MAX_ANSWER_BYTES) {
                fail("oversized answer", i, attempt, answer.body().length + " bytes");
            }
            if (answer.status() >= 400 && !attempt.method().equals("HEAD")) {
                String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase(Locale.ROOT);
                if (!type.startsWith("application/problem+json")) {
                    fail("error not problem+json", i, attempt, answer.status() + " " + answer.contentType() + " "
                            + snippet(body));
                } else if (!body.contains("\"status\":" + answer.status())) {
                    fail("problem without its status", i, attempt, snippet(body));
                }
            }
            // Errors only: a health answer's details are the operators' (issue 9.2 makes them need an operator role).
            for (String leak : answer.status() >= 400 ? LEAKS : List.<String>of()) {
                if (body.contains(leak) && !attempt.echoes(leak)) {
                    fail("leak " + leak.strip(), i, attempt, "'" + leak + "' in " + snippet(around(body, leak)));
                    break;
                }
            }
        }

        private void fail(String kind, int i, Attempt attempt, String what) {
            int n = counts.merge(kind, 1, Integer::sum);
            if (n <= 5) {
                failures.add("#" + i + " " + kind + ": " + what + " <- " + attempt.describe());
            } else if (n == 6) {
                failures.add("... more " + kind);
            }
        }

        String summary() {
            return "statuses " + statuses + "; failures by kind " + counts + "; slowest " + slowest + " ms (" + slowestRequest + "); largest answer "
                    + largest + " B";
        }

        private static String around(String body, String needle) {
            int at = body.indexOf(needle);
            return body.substring(Math.max(0, at - 120), Math.min(body.length(), at + 120));
        }

        private static String snippet(String body) {
            return body.length() <= 300 ? body : body.substring(0, 300) + "…";
        }
    }

    /** Valid bodies for each endpoint, to spoil one part of. */
    static final class Templates {

        static Map<String, Object> openCase() {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("caseReference", "OFSI-FUZZ-1");
            c.put("openedOn", "2026-03-02");
            c.put("procedure", "CIVIL_MONETARY_PENALTY");
            c.put("origin", "SELF_REPORT");
            c.put("calendarDivision", "ENGLAND_AND_WALES");
            c.put("summary", "Funds made available to a designated person");
            c.put("subjects", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("name", "Harbourline Shipping Ltd",
                    "subjectType", "LEGAL_PERSON", "priorFixedPenaltyWarnings", 0, "priorFixedPenalty", num("5000.00"))))));
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("subjectIndex", 0);
            b.put("breachType", "MAKING_FUNDS_AVAILABLE");
            b.put("regime", "Russia");
            b.put("regulation", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12");
            b.put("description", "Payment to a designated person");
            b.put("breachDate", "2025-09-15");
            b.put("estimatedValue", num("600000.00"));
            b.put("establishedOnBalanceOfProbabilities", true);
            c.put("breaches", new ArrayList<>(List.of(b)));
            return c;
        }

        static Map<String, Object> breach(String subjectId) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("subjectId", subjectId);
            b.put("breachType", "DEALING_WITH_FROZEN_FUNDS");
            b.put("regime", "Russia");
            b.put("regulation", "regulation 11");
            b.put("description", "Transfer from a frozen account");
            b.put("breachDate", "2025-10-03");
            b.put("estimatedValue", num("1900000.00"));
            b.put("establishedOnBalanceOfProbabilities", true);
            b.put("knewOrHadReasonableCauseToSuspect", false);
            return b;
        }

        static Map<String, Object> disclosure(String subjectId) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("subjectId", subjectId);
            d.put("disclosedOn", "2025-11-01");
            d.put("discoveredOn", "2025-10-20");
            d.put("requestedOrRequiredByOfsi", false);
            d.put("ofsiAlreadyAware", false);
            d.put("compelledByOtherInvestigation", false);
            d.put("completeAndAccurate", true);
            d.put("cooperation", "full");
            d.put("madeBy", "compliance officer");
            return d;
        }

        static Map<String, Object> factors() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("findings", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("factor", "B_VALUE", "effect", "HIGH",
                    "rationale", "£2.5m")))));
            f.put("severity", "MEDIUM");
            f.put("conduct", "NEUTRAL");
            f.put("assessedBy", FUZZER);
            f.put("assessedOn", "2026-05-01");
            f.put("decidedLevel", 3);
            f.put("publicInterestStopsAction", false);
            return f;
        }

        static Map<String, Object> milestone() {
            return new LinkedHashMap<>(Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-06-01"));
        }

        static Map<String, Object> penaltyDecision(String subjectId) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("subjectId", subjectId);
            p.put("decidedOn", "2026-06-01");
            p.put("decisionMaker", FUZZER);
            p.put("baseline", num("500000.00"));
            p.put("voluntaryDisclosureDiscountPercent", 25);
            p.put("earlyAccountDiscountPercent", 15);
            p.put("settlementDiscountClaimed", false);
            p.put("hardshipReduction", num("1000.00"));
            p.put("hardshipReason", "accounts");
            return p;
        }

        static Map<String, Object> closure() {
            return new LinkedHashMap<>(Map.of("closedOn", "2026-06-01", "reason", "WARNING_ISSUED", "notes", "fuzz"));
        }

        static Map<String, Object> preview() {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("caseId", "fuzz");
            c.put("caseReference", "OFSI-FUZZ-2");
            c.put("openedOn", "2026-01-12");
            c.put("procedure", "CIVIL_MONETARY_PENALTY");
            c.put("calendarDivision", "SCOTLAND");
            c.put("subjects", new ArrayList<>(List.of(
                    new LinkedHashMap<>(Map.of("subjectId", "s-1", "name", "Canary Trading Ltd", "subjectType", "LEGAL_PERSON")),
                    new LinkedHashMap<>(Map.of("subjectId", "s-2", "name", "John Canary", "subjectType", "INDIVIDUAL",
                            "officerOfSubjectId", "s-1", "priorFixedPenaltyWarnings", 0, "priorFixedPenalty", num("5000.00"))))));
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("breachId", "b-1");
            b.put("subjectId", "s-1");
            b.put("breachType", "MAKING_FUNDS_AVAILABLE");
            b.put("regime", "Russia");
            b.put("regulation", "reg. 12");
            b.put("breachDate", "2025-06-02");
            b.put("estimatedValue", num("1500000.00"));
            b.put("establishedOnBalanceOfProbabilities", true);
            c.put("breaches", new ArrayList<>(List.of(b)));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("subjectId", "s-1");
            d.put("disclosedOn", "2025-07-01");
            d.put("discoveredOn", "2025-06-16");
            d.put("completeAndAccurate", true);
            c.put("disclosures", new ArrayList<>(List.of(d)));
            Map<String, Object> f = factors();
            c.put("factors", f);
            c.put("milestones", new ArrayList<>(List.of(
                    new LinkedHashMap<>(Map.of("milestoneId", "m-1", "milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-03-02")),
                    new LinkedHashMap<>(Map.of("milestoneId", "m-2", "milestone", "WINDOW_EXTENSION_AGREED",
                            "occurredOn", "2026-04-01", "windowKind", "SETTLEMENT_DISCUSSIONS", "extensionBusinessDays", 5,
                            "reason", "imminent")))));
            Map<String, Object> p = penaltyDecision("s-1");
            c.put("penaltyDecisions", new ArrayList<>(List.of(p)));
            return c;
        }

        static Raw num(String text) {
            return new Raw(text);
        }
    }

    /** A JSON token written as it is (numbers such as 1e1000000 that no Java number holds). */
    record Raw(String json) {
    }

    /** The ways a request is spoilt. */
    static final class Mutations {

        private static final List<String> HUGE_NUMBERS = List.of("1e1000000", "1E+400", "-1e999999999", "1e-1000000",
                "9".repeat(100_000), "1" + "0".repeat(20), "12345678901234.00", "1234567890123.001", "0.000000001",
                "123456789012345678901234567890.12", "1e5", "2E3", "-0", "-5", "101", "100.001", "1.5e2", "0e0",
                "99999999999999999999", "3.4028235E38", "NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5", "+1",
                "2147483648", "-2147483649");
        private static final List<String> ODD_ACCEPTS = List.of("text/html", "*/*", "application/xml",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/plain", "application/json",
                "image/png", "garbage/;;;", "application/problem+json");
        private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
                "application/octet-stream", "text/html", "application/json; charset=utf-16", "");

        static Attempt spoil(Endpoint e, Random random, String everyRole) {
            Map<String, String> headers = new LinkedHashMap<>();
            // One request in ten has no valid token: none, or a spoilt one
            boolean authenticated = random.nextInt(10) != 0;
            if (authenticated) {
                headers.put("Authorization", "Bearer " + everyRole);
            } else if (random.nextBoolean()) {
                headers.put("Authorization", List.of("Bearer " + everyRole.substring(0, everyRole.lastIndexOf('.') + 1) + "AAAA",
                        "Bearer not.a.jwt", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer " + "x".repeat(5000))
                        .get(random.nextInt(5)));
            }
            // Half the requests accept JSON, so that their bodies are read rather than refused for the Accept.
            headers.put("Accept", random.nextBoolean() ? "application/json" : ODD_ACCEPTS.get(random.nextInt(ODD_ACCEPTS.size())));
            if (random.nextInt(8) == 0) {
                headers.put("Origin", random.nextBoolean() ? "https://evil.example" : "null");
            }
            boolean hasBody = e.template() != null;
            int kind = random.nextInt(hasBody ? 14 : 5);
            String method = e.method();
            String path = e.path();
            byte[] body = hasBody ? Json.write(e.template()).getBytes(StandardCharsets.UTF_8) : null;
            String label;
            switch (kind) {
                case 0 -> {
                    label = "wrong method";
                    method = List.of("DELETE", "PATCH", "PUT", "POST", "OPTIONS", "HEAD").get(random.nextInt(6));
                }
                case 1 -> {
                    label = "odd path";
                    path = path.replaceFirst("/cases/[^/?]+", "/cases/" + weirdSegment(random));
                }
                case 2 -> {
                    label = "odd query";
                    path = path + (path.contains("?") ? "&" : "?") + List.of("page=-1", "size=100000", "within=1e9",
                            "limit=1e1000000", "after=%25%25%25", "page=99999999999999999999", "size=abc",
                            "after=" + "A".repeat(2000), "within=-1", "limit=0").get(random.nextInt(10));
                }
                case 3 -> {
                    label = "huge headers";
                    headers.put("X-Correlation-Id", "c".repeat(random.nextInt(3) == 0 ? 5000 : 150));
                }
                case 4 -> {
                    label = "body on a read";
                    if (!hasBody) {
                        body = "{\"x\":1e1000000}".getBytes(StandardCharsets.UTF_8);
                        headers.put("Content-Type", "application/json");
                    }
                }
                case 5, 6 -> {
                    label = "spoilt number";
                    Map<String, Object> copy = Json.copy(e.template());
                    String number = HUGE_NUMBERS.get(random.nextInt(HUGE_NUMBERS.size()));
                    replaceRandomNumber(copy, random, random.nextInt(3) == 0 ? number : new Raw(number));
                    body = Json.write(copy).getBytes(StandardCharsets.UTF_8);
                }
                case 7, 8 -> {
                    label = "spoilt value";
                    Map<String, Object> copy = Json.copy(e.template());
                    replaceRandomLeaf(copy, random, hostileValue(random));
                    body = Json.write(copy).getBytes(StandardCharsets.UTF_8);
                }
                case 9 -> {
                    label = "malformed JSON";
                    String text = Json.write(e.template());
                    body = switch (random.nextInt(6)) {
                        case 0 -> text.substring(0, random.nextInt(text.length())).getBytes(StandardCharsets.UTF_8);
                        case 1 -> text.replace(':', '=').getBytes(StandardCharsets.UTF_8);
                        case 2 -> randomBytes(random, 200);
                        case 3 -> ("{" + text).getBytes(StandardCharsets.UTF_8);
                        case 4 -> text.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
                        default -> (text + "garbage").getBytes(StandardCharsets.UTF_8);
                    };
                }
                case 10 -> {
                    label = "wrong content type";
                    headers.put("Content-Type", CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())));
                    if (random.nextBoolean()) {
                        body = "<case><id>1</id></case>".getBytes(StandardCharsets.UTF_8);
                    }
                }
                case 11 -> {
                    label = "deep nesting";
                    int depth = List.of(50, 900, 1200, 5000, 100_000).get(random.nextInt(5));
                    String nested = "[".repeat(depth) + "]".repeat(depth);
                    Map<String, Object> copy = Json.copy(e.template());
                    replaceRandomLeaf(copy, random, new Raw(nested));
                    body = Json.write(copy).getBytes(StandardCharsets.UTF_8);
                }
                case 12 -> {
                    label = "big body";
                    int size = List.of(200_000, 1_500_000, 11_000_000).get(random.nextInt(random.nextInt(8) == 0 ? 3 : 2));
                    Map<String, Object> copy = Json.copy(e.template());
                    replaceRandomLeaf(copy, random, "x".repeat(size));
                    body = Json.write(copy).getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    label = "whole body of another type";
                    body = List.of("[]", "null", "42", "\"text\"", "true", "{}", "[{}]", "1e1000000", "")
                            .get(random.nextInt(9)).getBytes(StandardCharsets.UTF_8);
                }
            }
            if (body != null) {
                headers.putIfAbsent("Content-Type", "application/json");
                if (headers.get("Content-Type").isEmpty()) {
                    headers.remove("Content-Type");
                }
            }
            return new Attempt(label + (authenticated ? "" : " (no valid token)"), e.service(), method, path, headers, body,
                    authenticated);
        }

        private static String weirdSegment(Random random) {
            return List.of("%00", "..%2F..%2Fetc%2Fpasswd", "%E2%98%83", "' OR 1=1 --", "a".repeat(3000), "%25ZZ",
                    "1e1000000", "%F0%9F%92%A5", "null", "-1").get(random.nextInt(10)).replace(" ", "%20").replace("'", "%27");
        }

        private static Object hostileValue(Random random) {
            return switch (random.nextInt(9)) {
                case 0, 1, 2 -> new Raw(HUGE_NUMBERS.get(random.nextInt(HUGE_NUMBERS.size())));
                case 3 -> HUGE_NUMBERS.get(random.nextInt(HUGE_NUMBERS.size()));
                case 4 -> List.of("", " ", "\u0000", "\uD83D\uDCA5\u202E\u200B", "é".repeat(300), "<script>", "\\",
                        "' OR 1=1 --", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uFFFF", "\uD800").get(random.nextInt(11));
                case 5 -> "y".repeat(List.of(101, 201, 501, 4001, 100_000).get(random.nextInt(5)));
                case 6 -> new Raw(List.of("{}", "[]", "true", "false", "null", "{\"a\":{\"b\":[1,2,3]}}", "[1e1000000]",
                        "[\"a\",\"b\"]").get(random.nextInt(8)));
                case 7 -> new Raw("[" + "{},".repeat(List.of(10, 1001, 2001, 20_000).get(random.nextInt(4))) + "{}]");
                default -> List.of("2026-02-30", "9999-12-31", "0001-01-01", "2026-13-01", "26-01-01", "2014-12-31",
                        "2036-01-01", "UNKNOWN", "level 3", "true").get(random.nextInt(10));
            };
        }

        /** Replaces one value anywhere in the body (or adds an unexpected field), every leaf equally likely. */
        private static void replaceRandomLeaf(Map<String, Object> object, Random random, Object value) {
            replaceLeaf(object, random, value, false);
        }

        /** Replaces one of the body's numbers (money, percentages, counts, indexes). */
        private static void replaceRandomNumber(Map<String, Object> object, Random random, Object value) {
            replaceLeaf(object, random, value, true);
        }

        private static void replaceLeaf(Map<String, Object> object, Random random, Object value, boolean numbersOnly) {
            List<Runnable> places = new ArrayList<>();
            collect(object, value, numbersOnly, places);
            if (places.isEmpty() || !numbersOnly && random.nextInt(12) == 0) {
                object.put("unexpected" + random.nextInt(3), value);
                return;
            }
            places.get(random.nextInt(places.size())).run();
        }

        @SuppressWarnings("unchecked")
        private static void collect(Object node, Object value, boolean numbersOnly, List<Runnable> places) {
            if (node instanceof Map<?, ?> map) {
                Map<String, Object> m = (Map<String, Object>) map;
                for (String key : new ArrayList<>(m.keySet())) {
                    Object child = m.get(key);
                    if (child instanceof Map<?, ?> || child instanceof List<?>) {
                        if (!numbersOnly) {
                            places.add(() -> m.put(key, value));
                        }
                        collect(child, value, numbersOnly, places);
                    } else if (!numbersOnly || child instanceof Number || child instanceof Raw) {
                        places.add(() -> m.put(key, value));
                    }
                }
            } else if (node instanceof List<?> list) {
                List<Object> l = (List<Object>) list;
                for (int i = 0; i < l.size(); i++) {
                    int at = i;
                    Object child = l.get(i);
                    if (child instanceof Map<?, ?> || child instanceof List<?>) {
                        if (!numbersOnly) {
                            places.add(() -> l.set(at, value));
                        }
                        collect(child, value, numbersOnly, places);
                    } else if (!numbersOnly || child instanceof Number || child instanceof Raw) {
                        places.add(() -> l.set(at, value));
                    }
                }
            }
        }

        private static byte[] randomBytes(Random random, int n) {
            byte[] bytes = new byte[n];
            random.nextBytes(bytes);
            return bytes;
        }
    }

    /** Just enough JSON writing to put {@link Raw} tokens where a library would not. */
    static final class Json {

        @SuppressWarnings("unchecked")
        static Map<String, Object> copy(Map<String, Object> source) {
            Map<String, Object> copy = new LinkedHashMap<>();
            source.forEach((k, v) -> copy.put(k, copyValue(v)));
            return copy;
        }

        @SuppressWarnings("unchecked")
        private static Object copyValue(Object v) {
            if (v instanceof Map<?, ?> m) {
                return copy((Map<String, Object>) m);
            }
            if (v instanceof List<?> l) {
                List<Object> copy = new ArrayList<>();
                l.forEach(x -> copy.add(copyValue(x)));
                return copy;
            }
            return v;
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Raw raw) {
                out.append(raw.json());
            } else if (value instanceof String s) {
                out.append('"');
                for (char ch : s.toCharArray()) {
                    switch (ch) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        default -> {
                            if (ch < 0x20) {
                                out.append(String.format("\\u%04x", (int) ch));
                            } else {
                                out.append(ch);
                            }
                        }
                    }
                }
                out.append('"');
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            } else {
                out.append(value);
            }
        }
    }

}
