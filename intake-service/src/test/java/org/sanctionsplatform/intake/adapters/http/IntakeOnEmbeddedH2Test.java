package org.sanctionsplatform.intake.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * The launcher runs intake on its embedded default, H2 in PostgreSQL mode: the same migration, sequence,
 * row locking and paging must work there too. (PostgreSQL itself is covered by {@link IntakeHttpTest}.)
 */
@MicronautTest(environments = "intake", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeOnEmbeddedH2Test implements TestPropertyProvider {

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", "jdbc:h2:mem:intake-h2-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", ""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseIsOpenedTakenThroughItsProcedureAndListedOnTheEmbeddedDatabase() {
        Map<String, Object> opened = post("/cases", Map.of("openedOn", today.minusDays(30).toString(), "origin", "REFERRAL",
                "procedure", "FIXED_MONETARY_PENALTY",
                "subjects", List.of(Map.of("name", "Late Reporter plc", "subjectType", "LEGAL_PERSON")),
                "breaches", List.of(Map.of("subjectIndex", 0, "breachType", "LATE_REPORTING", "regime", "Russia",
                        "regulation", "reg. 70", "description", "Annual frozen asset report late",
                        "breachDate", today.minusDays(60).toString()))));
        String id = (String) opened.get("id");

        String subjectId = (String) ((List<Map<String, Object>>) opened.get("subjects")).get(0).get("subjectId");
        Map<String, Object> disclosure = post("/cases/" + id + "/voluntary-disclosures", Map.of("subjectId", subjectId,
                "disclosedOn", today.minusDays(20).toString(), "discoveredOn", today.minusDays(25).toString(),
                "completeAndAccurate", true));
        Map<String, Object> factors = put("/cases/" + id + "/factors", Map.of("severity", "LOW", "conduct", "NEUTRAL",
                "assessedOn", today.minusDays(10).toString(),
                "findings", List.of(Map.of("factor", "B_VALUE", "effect", "LOW", "rationale", "small sums"))));
        post("/cases/" + id + "/milestones", Map.of("milestone", "NOTICE_OF_INTENTION", "occurredOn", today.minusDays(3).toString()));
        HttpClientResponseException refused = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> post("/cases/" + id + "/milestones", Map.of("milestone", "REVIEW_REQUESTED", "occurredOn", today.toString())));

        assertThat(refused.getStatus().getCode()).isEqualTo(409);
        assertThat((String) opened.get("caseReference")).startsWith("OFSI-");
        Map<String, Object> file = http.toBlocking().retrieve(HttpRequest.GET("/cases/" + id), Argument.mapOf(String.class, Object.class));
        assertThat((List<?>) file.get("milestones")).hasSize(1);
        // the case file is read in one union query: its typed columns must come back as written on H2 too
        assertThat(file.get("factorAssessment")).isEqualTo(factors);
        assertThat(file.get("voluntaryDisclosures")).isEqualTo(List.of(disclosure));
        assertThat(file.get("subjects")).isEqualTo(opened.get("subjects"));
        assertThat(file.get("breaches")).isEqualTo(opened.get("breaches"));
        Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/cases?size=5"), Argument.mapOf(String.class, Object.class));
        assertThat((List<?>) page.get("items")).isNotEmpty();
    }

    private Map<String, Object> put(String uri, Object body) {
        return http.toBlocking().retrieve(HttpRequest.PUT(uri, body), Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> post(String uri, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(uri, body), Argument.mapOf(String.class, Object.class));
    }
}
