package org.sanctionsplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.deadlines.DeadlineExpired;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.publications.PublicationAmended;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.events.publications.PublicationReleased;
import org.sanctionsplatform.events.publications.PublicationWithheld;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.security.Roles;
import org.sanctionsplatform.testkit.KafkaFixture;

/**
 * Issue 10 across the four services on the real broker and PostgreSQL, driven only through intake's HTTP API with the
 * case team's token: a penalty summary is held while the review window runs, released onto the public register when
 * deadline-service's timer expires that window, amended after the tribunal's decision; a summary decided not to be
 * published is withheld and never reaches the register (docs/publication.md, §11.3–11.4).
 *
 * <p>Time: the services' clocks start on 1 September 2026 ({@link ScenarioClockFactory}); the milestones are recorded
 * on their dates in spring 2026, so the 30 business days of the REVIEW_REQUEST window (§8.1) opened by the final
 * decision of 1 June 2026 are already over and the timer sweep expires it, as the wall clock would months later.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private PlatformFixture platform;
    private String publicationOfficer;

    @BeforeAll
    void start() {
        platform = PlatformFixture.start(Instant.parse("2026-09-01T09:00:00Z"));
        publicationOfficer = platform.running().token(Roles.PUBLICATION_OFFICER);
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aPenaltySummaryIsReleasedOnTheRegisterWhenTheReviewWindowExpiresThenAmendedAfterTheTribunal() {
        String subject = "Register Release Shipping Ltd";
        String caseId = penalisedCase(subject);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(platform.getList("publication", "/cases/" + caseId + "/publications"))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("kind", "MONETARY_PENALTY_SUMMARY")
                        .containsEntry("state", "DRAFTED")));
        assertThat(registerItemsNaming(subject)).as("a draft is not public").isEmpty();

        // the final decision opens the review window; nobody asks for a review and the window expires (§11.4)
        milestone(caseId, "FINAL_DECISION", "2026-06-01", null);
        PublicationReleased released = (PublicationReleased) await().atMost(PATIENCE)
                .until(() -> publicationEvents(caseId, PublicationReleased.class), l -> !l.isEmpty()).get(0).getPayload();
        String publicationId = released.getPublicationId();
        assertThat(released.getReason()).contains("review window elapsed");
        assertThat(deadlineExpired(caseId, WindowKind.REVIEW_REQUEST)).as("released because the window expired").isTrue();
        Map<String, Object> listed = await().atMost(PATIENCE).until(() -> registerItemsNaming(subject), l -> !l.isEmpty()).get(0);
        assertThat(listed).containsEntry("publicationId", publicationId)
                .containsEntry("kind", "MONETARY_PENALTY_SUMMARY").containsEntry("amended", false);
        assertThat(current(listed).get("penalisedPersons").toString()).contains(subject).contains("500000");

        // the subject asks for a review, the review upholds the penalty, the tribunal amends it
        milestone(caseId, "REVIEW_REQUESTED", "2026-07-01", null);
        milestone(caseId, "REVIEW_DECIDED", "2026-07-20", "PENALTY_STANDS");
        milestone(caseId, "TRIBUNAL_APPEAL_LODGED", "2026-07-27", null);
        milestone(caseId, "TRIBUNAL_DECIDED", "2026-08-24", "PENALTY_AMENDED");

        PublicationAmended amended = (PublicationAmended) await().atMost(PATIENCE)
                .until(() -> publicationEvents(caseId, PublicationAmended.class), l -> !l.isEmpty()).get(0).getPayload();
        assertThat(amended.getPublicationId()).isEqualTo(publicationId);
        assertThat(amended.getSupersedesVersion()).isEqualTo(1);
        Map<String, Object> onRegister = await().atMost(PATIENCE).until(() -> registered(publicationId),
                p -> Boolean.TRUE.equals(p.get("amended")));
        assertThat(current(onRegister)).containsEntry("version", 2).containsEntry("supersedesVersion", 1);
        assertThat(String.valueOf(current(onRegister).get("statement"))).containsIgnoringCase("tribunal");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> superseded = (List<Map<String, Object>>) onRegister.get("superseded");
        assertThat(superseded).as("the original stays in the history").singleElement()
                .satisfies(v -> assertThat(v).containsEntry("version", 1));
        assertThat(registerItemsNaming(subject)).as("listed once, in its amended version").singleElement()
                .satisfies(i -> assertThat(i).containsEntry("amended", true));
    }

    @Test
    void aSummaryDecidedNotToBePublishedIsWithheldAndNeverOnTheRegister() {
        String subject = "Withheld Commodities Ltd";
        String caseId = penalisedCase(subject);
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("publication", "PENALTY_SUMMARY");
        decision.put("decision", "DO_NOT_PUBLISH");
        decision.put("reason", "publication would be disproportionate to the subject's circumstances");
        decision.put("coverage", "STATISTICS_ONLY");
        decision.put("decidedOn", "2026-05-20");
        platform.post("intake", "/cases/" + caseId + "/publication/decisions", decision);

        PublicationWithheld withheld = (PublicationWithheld) await().atMost(PATIENCE)
                .until(() -> publicationEvents(caseId, PublicationWithheld.class), l -> !l.isEmpty()).get(0).getPayload();
        assertThat(withheld.getSection()).isEqualTo("§11.3");
        assertThat(withheld.getCoverage()).isEqualTo("STATISTICS_ONLY");

        // even once the review window has expired, which would release a summary that was not withheld
        milestone(caseId, "FINAL_DECISION", "2026-06-01", null);
        await().atMost(PATIENCE).until(() -> deadlineExpired(caseId, WindowKind.REVIEW_REQUEST));
        assertThat(platform.getList("publication", "/cases/" + caseId + "/publications"))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("state", "WITHHELD"));
        assertThat(publicationEvents(caseId, PublicationReleased.class)).isEmpty();
        assertThat(registerItemsNaming(subject)).isEmpty();
    }

    @Test
    void aNamedDisclosureIsReleasedAfterItsRepresentationsAreOverAndItsTextShared() {
        String subject = "Named Disclosure Metals Ltd";
        String caseId = openedCase(subject);
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("named", "true");
        notice.put("ground", "LEVEL_2");
        notice.put("designatedPerson", "Designated Oligarch");
        notice.put("noticeOn", "2026-04-01");
        platform.post("intake", "/cases/" + caseId + "/publication/disclosure-notice", notice);
        platform.post("intake", "/cases/" + caseId + "/publication/decisions", Map.of("publication", "DISCLOSURE",
                "decision", "PUBLISH", "decidedOn", "2026-05-20"));
        platform.post("intake", "/cases/" + caseId + "/publication/text-shared",
                Map.of("publication", "DISCLOSURE", "on", "2026-05-21"), publicationOfficer);
        platform.post("intake", "/cases/" + caseId + "/publication/release",
                Map.of("publication", "DISCLOSURE", "on", "2026-05-28"), publicationOfficer);

        // the 30 business days of representations from 1 April 2026 (§12.2) are over on the services' clock
        PublicationReleased released = (PublicationReleased) await().atMost(PATIENCE)
                .until(() -> publicationEvents(caseId, PublicationReleased.class), l -> !l.isEmpty()).get(0).getPayload();
        assertThat(deadlineExpired(caseId, WindowKind.DISCLOSURE_REPRESENTATIONS)).isTrue();
        Map<String, Object> listed = await().atMost(PATIENCE).until(() -> registerItemsNaming(subject), l -> !l.isEmpty()).get(0);
        assertThat(listed).containsEntry("publicationId", released.getPublicationId()).containsEntry("kind", "DISCLOSURE_NAMED");
        assertThat(current(listed)).containsEntry("named", true).containsEntry("designatedPerson", "Designated Oligarch");
    }

    @Test
    void anUnnamedDisclosureIsReleasedWithoutNamingAnyone() {
        String subject = "Unnamed Disclosure Logistics Ltd";
        String caseId = openedCase(subject);
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("named", "false");
        notice.put("ground", "COMPLIANCE_LESSONS");
        notice.put("noticeOn", "2026-04-01");
        platform.post("intake", "/cases/" + caseId + "/publication/disclosure-notice", notice);
        platform.post("intake", "/cases/" + caseId + "/publication/release",
                Map.of("publication", "DISCLOSURE", "on", "2026-04-15"), publicationOfficer);

        PublicationReleased released = (PublicationReleased) await().atMost(PATIENCE)
                .until(() -> publicationEvents(caseId, PublicationReleased.class), l -> !l.isEmpty()).get(0).getPayload();
        Map<String, Object> onRegister = await().atMost(PATIENCE).until(() -> registeredOrEmpty(released.getPublicationId()),
                p -> !p.isEmpty());
        assertThat(onRegister).containsEntry("kind", "DISCLOSURE_UNNAMED");
        assertThat(current(onRegister)).containsEntry("named", false);
        assertThat(onRegister.toString()).doesNotContain(subject);
    }

    // ---- the case, through intake ---------------------------------------------------------------------------

    private String openedCase(String subject) {
        return String.valueOf(platform.post("intake", "/cases", PlatformFixture.selfReportedCase(subject)).get("id"));
    }

    /** Opened, rated, notice of intention on 1 April 2026 and a £500,000 penalty decided the same day. */
    private String penalisedCase(String subject) {
        Map<String, Object> opened = platform.post("intake", "/cases", PlatformFixture.selfReportedCase(subject));
        String caseId = String.valueOf(opened.get("id"));
        @SuppressWarnings("unchecked")
        String subjectId = String.valueOf(((List<Map<String, Object>>) opened.get("subjects")).get(0).get("subjectId"));
        Map<String, Object> factors = new LinkedHashMap<>();
        factors.put("findings", List.of(Map.of("factor", "B_VALUE", "effect", "MEDIUM", "rationale", "value of the funds")));
        factors.put("severity", "MEDIUM");
        factors.put("conduct", "NEUTRAL");
        factors.put("assessedOn", "2026-03-20");
        factors.put("publicInterestStopsAction", false);
        platform.put("intake", "/cases/" + caseId + "/factors", factors);
        milestone(caseId, "NOTICE_OF_INTENTION", "2026-04-01", null);
        platform.post("intake", "/cases/" + caseId + "/penalty-decisions", Map.of("subjectId", subjectId,
                "decidedOn", "2026-04-01", "baseline", new BigDecimal("500000.00"), "settlementDiscountClaimed", false));
        return caseId;
    }

    private void milestone(String caseId, String milestone, String on, String penaltyOutcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("milestone", milestone);
        body.put("occurredOn", on);
        if (penaltyOutcome != null) {
            body.put("penaltyOutcome", penaltyOutcome);
        }
        platform.post("intake", "/cases/" + caseId + "/milestones", body);
    }

    // ---- what the public and the other services see ---------------------------------------------------------

    /** The anonymous register's listing, the items whose current version names the subject. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> registerItemsNaming(String subject) {
        Map<String, Object> page = platform.http("publication").retrieve(
                HttpRequest.GET("/api/register/publications?size=100"), Argument.mapOf(String.class, Object.class));
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(i -> String.valueOf(current(i).get("penalisedPersons")).contains(subject)).toList();
    }

    private Map<String, Object> registeredOrEmpty(String publicationId) {
        try {
            return registered(publicationId);
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            if (e.getStatus().getCode() == 404) {
                return Map.of();
            }
            throw e;
        }
    }

    private Map<String, Object> registered(String publicationId) {
        return platform.http("publication").retrieve(HttpRequest.GET("/api/register/publications/" + publicationId),
                Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> current(Map<String, Object> item) {
        return (Map<String, Object>) item.get("current");
    }

    private static List<PublicationEventEnvelope> publicationEvents(String caseId, Class<?> payload) {
        return KafkaFixture.shared().readAll(Topics.PUBLICATIONS.name(), Duration.ofSeconds(2), r -> caseId.equals(r.key()), 99)
                .stream().map(r -> Topics.PUBLICATIONS.decode(r.value())).filter(e -> payload.isInstance(e.getPayload()))
                .toList();
    }

    private static boolean deadlineExpired(String caseId, WindowKind kind) {
        return KafkaFixture.shared().readAll(Topics.DEADLINES.name(), Duration.ofSeconds(2), r -> caseId.equals(r.key()), 99)
                .stream().map(r -> Topics.DEADLINES.decode(r.value()))
                .anyMatch(e -> e.getPayload() instanceof DeadlineExpired x && x.getWindow().getKind() == kind);
    }
}
