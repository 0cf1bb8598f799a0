package org.sanctionsplatform.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The one-command run on its embedded defaults (KRaft broker in this JVM, H2 databases, four service
 * contexts): the demo cases go through intake's HTTP API and come out assessed, with windows and summaries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformLauncherTest {

    private RunningPlatform platform;
    private List<DemoCases.Result> results;

    @BeforeAll
    void startThePlatformAndLoadTheDemo() {
        platform = RunningPlatform.start(LauncherOptions.parse("--port-base", "0"));
        results = new DemoCases().load(platform, Duration.ofSeconds(90));
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyServiceAnswersItsHealthEndpoint() {
        Json json = new Json();
        assertThat(platform.urls()).containsOnlyKeys("intake", "assessment", "deadline", "publication");
        platform.urls().values().forEach(url -> {
            Json.Response health = json.get(url + "/health", null);
            assertThat(health.status()).as(url).isEqualTo(200);
            assertThat(json.object(health.body())).containsEntry("status", "UP");
            // the probes the Kubernetes manifests use
            assertThat(json.get(url + "/health/readiness", null).status()).as(url + " readiness").isEqualTo(200);
            assertThat(json.get(url + "/health/liveness", null).status()).as(url + " liveness").isEqualTo(200);
        });
    }

    @Test
    void theTokensTheLauncherPrintsAreAcceptedForTheirRoleAndNoTokenIsRefused() {
        Json json = new Json();
        String cases = platform.url("intake") + "/cases";
        assertThat(json.get(cases, platform.token("AUDITOR")).status()).isEqualTo(200);
        assertThat(json.get(cases, platform.token("CASE_OFFICER")).status()).isEqualTo(200);
        assertThat(json.get(cases, platform.token("OPERATOR")).status()).as("operators read no casework").isEqualTo(403);
        assertThat(json.get(cases, null).status()).isEqualTo(401);
        assertThat(json.post(cases, Map.of(), platform.token("AUDITOR")).status()).as("auditors change nothing").isEqualTo(403);
    }

    @Test
    void theLauncherPrintsAnExportAndACurlLinePerRoleWhoseTokenWorks() {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        PlatformLauncher.printTokens(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8), platform);
        String text = printed.toString(java.nio.charset.StandardCharsets.UTF_8);

        for (String role : RunningPlatform.ROLES) {
            assertThat(text).contains("export " + role + "_TOKEN=ey").contains("Authorization: Bearer $" + role + "_TOKEN");
        }
        String auditorToken = text.lines().filter(l -> l.contains("export AUDITOR_TOKEN=")).findFirst().orElseThrow()
                .replaceFirst(".*export AUDITOR_TOKEN=", "").trim();
        assertThat(new Json().get(platform.url("intake") + "/cases", auditorToken).status()).isEqualTo(200);
    }

    @Test
    void theLevel3DemoCaseIsAssessedGetsItsWindowsAndAPenaltySummary() {
        DemoCases.Result bank = results.get(0);

        assertThat(bank.assessment()).isNotNull();
        assertThat(bank.assessment()).containsEntry("level", 3).containsEntry("likelyOutcome", "CIVIL_MONETARY_PENALTY");
        // s.146: 50% of £2,500,000 aggregated is more than £1,000,000
        assertThat(new BigDecimal(bank.assessment().get("statutoryMaximum").toString())).isEqualByComparingTo("1250000.00");
        assertThat(bank.deadlines()).anySatisfy(w -> {
            assertThat(w).containsEntry("kind", "REPRESENTATIONS");
            // 30 business days after Monday 1 June 2026 in England and Wales (no bank holiday in between)
            assertThat(w).containsEntry("dueDate", "2026-07-13");
        });
        assertThat(bank.publications()).singleElement().satisfies(p ->
                assertThat(p).containsEntry("kind", "MONETARY_PENALTY_SUMMARY").containsEntry("state", "DRAFTED"));
    }

    @Test
    void theLevel1DemoCaseIsAPrivateWarningWithNoWindowAndNoSummary() {
        DemoCases.Result warning = results.get(1);

        assertThat(warning.assessment()).containsEntry("level", 1).containsEntry("likelyOutcome", "PRIVATE_WARNING");
        assertThat(new BigDecimal(warning.assessment().get("statutoryMaximum").toString())).isEqualByComparingTo("1000000.00");
        assertThat(warning.deadlines()).isEmpty();
        assertThat(warning.publications()).isEmpty();
    }

    @Test
    void theScottishCaseCountsScottishBusinessDaysOverChristmas() {
        DemoCases.Result scottish = results.get(2);

        assertThat(scottish.assessment()).containsEntry("level", 4);
        // notice Friday 20 Nov 2026; Scotland skips 30 Nov (St Andrew's Day), 25 Dec, 28 Dec (Boxing Day
        // substitute), 1 Jan and 4 Jan 2027 (2 January substitute): the 30th business day is Friday 8 January 2027
        // (England and Wales would give Wednesday 6 January)
        assertThat(scottish.deadlines()).anySatisfy(w ->
                assertThat(w).containsEntry("kind", "REPRESENTATIONS").containsEntry("dueDate", "2027-01-08"));
    }

    @Test
    void theReportPrintsLevelOutcomeMaximumWindowsAndSummaryOfEachCase() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlatformLauncher.printResults(new PrintStream(bytes, true, StandardCharsets.UTF_8), results);
        String report = bytes.toString(StandardCharsets.UTF_8);

        assertThat(report).contains("OFSI-DEMO-0001", "OFSI-DEMO-0002", "OFSI-DEMO-0003")
                .contains("statutory maximum  £1,250,000.00")
                .contains("REPRESENTATIONS due 2026-07-13")
                .contains("MONETARY_PENALTY_SUMMARY DRAFTED v1")
                .contains("Northbridge Bank plc £500,000.00");
    }

    @Test
    void theCaseWhosePenaltyStoodOnReviewHasItsSummaryReleased() {
        DemoCases.Result upheld = results.get(3);

        assertThat(upheld.assessment()).containsEntry("level", 3);
        // §11.4: REVIEW_DECIDED with PENALTY_STANDS spends the review rights: released without the 28-day wait
        assertThat(upheld.publications()).singleElement().satisfies(p ->
                assertThat(p).containsEntry("kind", "MONETARY_PENALTY_SUMMARY").containsEntry("state", "RELEASED"));
    }

    @Test
    void theLevel2CaseIsReleasedAsAnUnnamedDisclosure() {
        DemoCases.Result disclosure = results.get(4);

        assertThat(disclosure.assessment()).containsEntry("level", 2).containsEntry("likelyOutcome", "DISCLOSURE");
        assertThat(disclosure.publications()).singleElement().satisfies(p ->
                assertThat(p).containsEntry("kind", "DISCLOSURE_UNNAMED").containsEntry("state", "RELEASED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterListsTheReleasedSummaryAndTheDisclosureToAnyoneAndNoDraft() {
        Json json = new Json();
        Json.Response page = json.get(platform.url("publication") + "/api/register/publications", null);

        assertThat(page.status()).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>) json.object(page.body()).get("items");
        String summaryId = String.valueOf(results.get(3).publications().get(0).get("publicationId"));
        String disclosureId = String.valueOf(results.get(4).publications().get(0).get("publicationId"));
        assertThat(items).extracting(i -> i.get("publicationId") + " " + i.get("kind"))
                .containsExactlyInAnyOrder(summaryId + " MONETARY_PENALTY_SUMMARY", disclosureId + " DISCLOSURE_UNNAMED");
        // §12.3: an unnamed Disclosure never names who performed the breach
        assertThat(page.body()).doesNotContain("Meridian Mutual");
        assertThat(page.body()).contains("Harbour Line Shipping Ltd");
    }

    @Test
    void theLauncherPrintsTheRegisterAddressAndThePageOfEachReleasedPublication() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String publication = platform.url("publication");
        PlatformLauncher.printRegister(new PrintStream(bytes, true, StandardCharsets.UTF_8), publication, results);
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains(publication + "/register ").contains(publication + "/api/register/publications");
        List<String> pages = printed.lines().filter(l -> l.contains("/register/publications/"))
                .map(l -> l.substring(l.indexOf(publication))).toList();
        assertThat(pages).hasSize(2);
        assertThat(printed).contains("OFSI-DEMO-0004  MONETARY_PENALTY_SUMMARY RELEASED")
                .contains("OFSI-DEMO-0005  DISCLOSURE_UNNAMED RELEASED").doesNotContain("OFSI-DEMO-0001");
        HttpClient http = HttpClient.newHttpClient();
        for (String url : pages) {
            HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(html.statusCode()).as(url).isEqualTo(200);
            assertThat(html.body()).as(url).contains("<html");
        }
    }

    @Test
    void badOptionsAreRefusedWithTheListOfOptions() {
        assertThatThrownBy(() -> LauncherOptions.parse("--colour"))
                .hasMessageContaining("unknown option --colour").hasMessageContaining("--port-base");
        assertThat(LauncherOptions.parse("--port-base", "9000").services()).extracting(ServiceSpec::port)
                .containsExactly(9001, 9002, 9003, 9004);
    }
}
