package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.guidance.limits.InputLimits;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;

/**
 * The rules that more than one service applies have one owner (guidance-rules, the calendar factory), so the services
 * cannot disagree, through the real broker and PostgreSQL:
 * <ul>
 *   <li>an operator's proclaimed bank holiday moves the settlement window in the assessment exactly as in the deadline
 *       service, so a signing on the moved last day earns the 20% discount in both (§6.8);</li>
 *   <li>intake refuses at the door, with 409 naming the field, exactly the extensions the deadline service would refuse,
 *       and what it accepts the deadline service grants;</li>
 *   <li>whatever intake accepts at its limits, every consumer applies: nothing is dead-lettered.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneSourceOfTruthEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Monday 20 July 2026: after the scenario's notices and signings, so none of them is in the future. */
    private static final Instant TODAY = Instant.parse("2026-07-20T09:00:00Z");
    /** A bank holiday proclaimed after the release, in England and Wales: Wednesday 10 June 2026. */
    private static final String PROCLAIMED = "2026-06-10";

    private Path holidays;
    private PlatformFixture platform;

    @BeforeAll
    void start() throws IOException {
        holidays = Files.createTempFile("extra-bank-holidays", ".json");
        Files.writeString(holidays, """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Proclaimed bank holiday", "date": "%s", "notes": "", "bunting": true}]}}
                """.formatted(PROCLAIMED));
        platform = PlatformFixture.start(TODAY, Map.of("sep.calendar.extra-holidays-file", holidays.toString()));
    }

    @AfterAll
    void stop() throws IOException {
        if (platform != null) {
            platform.close();
        }
        Files.deleteIfExists(holidays);
    }

    @Test
    void aProclaimedHolidayMovesTheSettlementWindowAlikeSoASigningOnItsLastDayEarnsTheDiscountEverywhere() {
        String caseId = openCase("Holiday Shipping Ltd");
        String subjectId = firstSubject(caseId);
        platform.put("intake", "/cases/" + caseId + "/factors", factors());
        milestone(caseId, Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-06-01"));
        // 30 business days from Monday 1 June 2026 is Monday 13 July; with 10 June a holiday, Tuesday 14 July
        milestone(caseId, Map.of("milestone", "SETTLEMENT_AGREEMENT_SIGNED", "occurredOn", "2026-07-14",
                "subjectId", subjectId));
        platform.post("intake", "/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", subjectId,
                "decidedOn", "2026-07-14", "baseline", new BigDecimal("500000.00"),
                "settlementDiscountClaimed", true));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(windows(caseId))
                .filteredOn(w -> "SETTLEMENT_DISCUSSIONS".equals(w.get("kind"))).singleElement()
                .satisfies(w -> assertThat(w).containsEntry("dueDate", "2026-07-14").containsEntry("state", "MET")));
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Object> assessment = platform.getObject("assessment", "/cases/" + caseId + "/assessment")
                    .orElseThrow(() -> new AssertionError("not assessed yet"));
            assertThat(assessment.get("penalties").toString()).contains("finalPenalty=400000.0");
            assertThat(assessment.get("explanation").toString()).contains("settlementWindowEnds=2026-07-14");
        });
    }

    @Test
    void intakeRefusesExactlyTheExtensionsTheDeadlineServiceWouldRefuseAndWhatItAcceptsIsGranted() {
        String caseId = openCase("Extension Trading Ltd");
        milestone(caseId, Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-06-01"));

        Map<String, Object> beyondTheCap = conflict(caseId, extension("SETTLEMENT_DISCUSSIONS", 11, "2026-07-01"));
        Map<String, Object> notOfsisToExtend = conflict(caseId, extension("UPPER_TRIBUNAL_APPEAL", 5, "2026-07-01"));
        Map<String, Object> noSuchWindow = conflict(caseId, extension("REVIEW_REQUEST", 5, "2026-07-01"));
        Map<String, Object> afterTheClose = conflict(caseId, extension("REPRESENTATIONS", 5, "2026-07-15"));
        milestone(caseId, extension("SETTLEMENT_DISCUSSIONS", 10, "2026-07-01"));
        Map<String, Object> oneMore = conflict(caseId, extension("SETTLEMENT_DISCUSSIONS", 1, "2026-07-02"));

        assertThat(field(beyondTheCap)).isEqualTo("extensionBusinessDays");
        assertThat(field(notOfsisToExtend)).isEqualTo("windowKind");
        assertThat(field(noSuchWindow)).isEqualTo("windowKind");
        assertThat(field(afterTheClose)).isEqualTo("occurredOn");
        assertThat(reason(afterTheClose)).isEqualTo("agreed on 2026-07-15, after the window closed at the end of 2026-07-14");
        assertThat(reason(oneMore)).contains("10 already granted, 1 more would make 11");
        // the one extension intake accepted is the one the deadline service granted: 14 July plus 10 business days.
        // (The services live on 20 July: if the expiry fired before the extension agreed on 1 July arrived, the window
        // runs again, extended, replacing the expired one; either way the standing window is the extended one.)
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(windows(caseId))
                .filteredOn(w -> "SETTLEMENT_DISCUSSIONS".equals(w.get("kind")) && !"CANCELLED".equals(w.get("state")))
                .singleElement().satisfies(w -> {
                    assertThat(w).containsEntry("dueDate", "2026-07-28");
                    assertThat((List<?>) w.get("extensions")).singleElement()
                            .satisfies(e -> assertThat(((Map<?, ?>) e).get("granted")).isEqualTo(true));
                }));
    }

    @Test
    void whateverIntakeAcceptsAtItsLimitsEveryConsumerApplies() {
        String name = "N".repeat(InputLimits.NAME_LENGTH);
        String text = "T".repeat(InputLimits.TEXT_LENGTH);
        String correlation = "c".repeat(InputLimits.ID_LENGTH);
        Map<String, Object> breach = new LinkedHashMap<>();
        breach.put("subjectIndex", 0);
        breach.put("breachType", "MAKING_FUNDS_AVAILABLE");
        breach.put("regime", name);
        breach.put("regulation", "R".repeat(InputLimits.REGULATION_LENGTH));
        breach.put("description", text);
        breach.put("breachDate", InputLimits.EARLIEST_DATE.toString());
        breach.put("estimatedValue", new BigDecimal("2500000.00"));
        breach.put("establishedOnBalanceOfProbabilities", true);
        breach.put("knewOrHadReasonableCauseToSuspect", true);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("openedOn", "2015-01-02");
        c.put("procedure", "CIVIL_MONETARY_PENALTY");
        c.put("origin", "SELF_REPORT");
        c.put("summary", text);
        c.put("subjects", List.of(Map.of("name", name, "subjectType", "LEGAL_PERSON")));
        c.put("breaches", List.of(breach));
        Map<String, Object> opened = platform.http("intake").retrieve(HttpRequest.POST("/cases", c)
                .header("X-Correlation-Id", correlation).bearerAuth(platform.caseTeamToken()), Argument.mapOf(String.class, Object.class));
        String caseId = String.valueOf(opened.get("id"));
        String subjectId = firstSubject(caseId);
        Map<String, Object> factors = new LinkedHashMap<>(factors());
        factors.put("assessedBy", name);
        factors.put("findings", List.of(Map.of("factor", "B_VALUE", "effect", "MEDIUM", "rationale", text)));
        // the person who acts is named in the token, so the longest name travels as assessedBy and decisionMaker
        String longNamed = platform.caseTeamToken(name);
        platform.put("intake", "/cases/" + caseId + "/factors", factors, longNamed);
        milestone(caseId, Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", "2026-06-01"));
        milestone(caseId, extension("REPRESENTATIONS", 260, "2026-06-02", text));
        platform.post("intake", "/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", subjectId,
                "decidedOn", "2026-06-01", "decisionMaker", name, "baseline", new BigDecimal("500000.00"),
                "rationale", text, "settlementDiscountClaimed", false), longNamed);

        // every consumer applied every event: the assessment of the last one, the extended window, the drafted summary
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getObject("assessment",
                "/cases/" + caseId + "/assessment").map(a -> a.get("penalties").toString()).orElse(""))
                .contains("finalPenalty=500000.0"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(windows(caseId))
                .filteredOn(w -> "REPRESENTATIONS".equals(w.get("kind")) && !"CANCELLED".equals(w.get("state")))
                .singleElement().satisfies(w -> assertThat(w.get("extensions").toString()).contains(text)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getList("publication",
                "/cases/" + caseId + "/publications")).isNotEmpty());
        List<ConsumerRecord<String, byte[]>> deadLetters = KafkaFixture.shared().readAll(Topics.CASE_EVENTS.dlq(),
                Duration.ofSeconds(2), r -> caseId.equals(r.key()), 1);
        assertThat(deadLetters).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private String openCase(String subject) {
        return String.valueOf(platform.post("intake", "/cases", PlatformFixture.selfReportedCase(subject)).get("id"));
    }

    @SuppressWarnings("unchecked")
    private String firstSubject(String caseId) {
        Map<String, Object> c = platform.getObject("intake", "/cases/" + caseId).orElseThrow();
        return String.valueOf(((List<Map<String, Object>>) c.get("subjects")).get(0).get("subjectId"));
    }

    private static Map<String, Object> factors() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("findings", List.of(Map.of("factor", "B_VALUE", "effect", "MEDIUM", "rationale", "value of the funds")));
        f.put("severity", "MEDIUM");
        f.put("conduct", "NEUTRAL");
        f.put("assessedOn", "2026-05-11");
        f.put("publicInterestStopsAction", false);
        return f;
    }

    private static Map<String, Object> extension(String kind, int days, String on) {
        return extension(kind, days, on, "exceptional circumstances: settlement imminent");
    }

    private static Map<String, Object> extension(String kind, int days, String on, String reason) {
        return Map.of("milestone", "WINDOW_EXTENSION_AGREED", "occurredOn", on, "windowKind", kind,
                "extensionBusinessDays", days, "reason", reason);
    }

    private void milestone(String caseId, Map<String, Object> body) {
        platform.post("intake", "/cases/" + caseId + "/milestones", body);
    }

    private Map<String, Object> conflict(String caseId, Map<String, Object> body) {
        try {
            platform.http("intake").exchange(HttpRequest.POST("/cases/" + caseId + "/milestones", body).bearerAuth(platform.caseTeamToken()),
                    Argument.of(String.class), Argument.mapOf(String.class, Object.class));
            throw new AssertionError("accepted: " + body);
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(409);
            // application/problem+json: read as text, parsed as JSON (the bare client has no codec for that type)
            String json = e.getResponse().getBody(String.class).orElseThrow();
            try {
                return io.micronaut.json.JsonMapper.createDefault()
                        .readValue(json, Argument.mapOf(String.class, Object.class));
            } catch (IOException unreadable) {
                throw new AssertionError("not JSON: " + json, unreadable);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String field(Map<String, Object> problem) {
        return String.valueOf(((List<Map<String, Object>>) problem.get("violations")).get(0).get("field"));
    }

    @SuppressWarnings("unchecked")
    private static String reason(Map<String, Object> problem) {
        return String.valueOf(((List<Map<String, Object>>) problem.get("violations")).get(0).get("reason"));
    }

    private List<Map<String, Object>> windows(String caseId) {
        return platform.getList("deadline", "/cases/" + caseId + "/deadlines");
    }
}
