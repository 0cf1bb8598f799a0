package org.sanctionsplatform.publication.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.publication.register.RegisterFixture.newPublicationId;
import static org.sanctionsplatform.publication.register.RegisterFixture.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.publication.application.PublicRegister;
import org.sanctionsplatform.publication.application.PublicationStore;
import org.sanctionsplatform.publication.domain.PenalisedPerson;
import org.sanctionsplatform.publication.domain.Publication;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.PublicationState;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public register over HTTP, called WITHOUT a token (it is the only anonymous content, issue 9): its JSON pages,
 * filters and versions, 400 problem+json for bad filters, its HTML pages (escaped, no script) and its Atom feed. A
 * drafted summary that was never released is in none of them.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterHttpTest implements TestPropertyProvider {

    private static final String DRAFT_TITLE = "Draft summary never released of Unreleased Holdings";

    @Inject
    PublicRegister register;

    @Inject
    PublicationStore publications;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String released = newPublicationId();
    private final String amended = newPublicationId();
    private final String unnamed = newPublicationId();
    private final String hostile = newPublicationId();

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        Map<String, String> properties = new HashMap<>(Map.of(
                "micronaut.server.port", "-1",
                "test.stepping-clock.start", "2026-03-02T09:00:00Z",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("publication"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
        return LocalIdentityProvider.shared().serviceProperties(properties);
    }

    @BeforeAll
    void releaseSome() {
        register.released(released, "case-r", summary(1, "Released Trading Ltd", new BigDecimal("15000"), "Russia"),
                LocalDate.of(2025, 6, 2), "review window expired without a request");
        register.released(amended, "case-a", summary(1, "Amended Shipping plc", new BigDecimal("300000"), "Russia"),
                LocalDate.of(2025, 9, 1), "review decided: the penalty stands");
        register.amended(amended, "case-a", summary(2, "Amended Shipping plc", new BigDecimal("120000"), "Russia"),
                1, LocalDate.of(2026, 2, 16), "The Upper Tribunal reduced the penalty");
        PublicationContent withName = summary(1, "Should Not Show Ltd", new BigDecimal("1"), "Iran");
        register.released(unnamed, "case-u", new PublicationContent(withName.kind(), false, 1,
                "Disclosure: lessons from a payment to a designated bank", "A payment reached a designated bank.",
                List.of(new PenalisedPerson("Should Not Show Ltd", null)), List.of("DEALING_WITH_FUNDS"),
                List.of("Iran"), List.of(), false, null, List.of("Check correspondent banks.")),
                LocalDate.of(2026, 1, 20), "released");
        register.released(hostile, "case-h", summary(1, "<script>alert('x')</script> & Co", new BigDecimal("5000"),
                "Syria"), LocalDate.of(2024, 4, 4), "released");
        // a summary drafted and held (§11.4) is not on the register, whatever else is
        tx.executeWrite(status -> {
            String draftId = Publication.idFor("case-draft", PublicationKind.MONETARY_PENALTY_SUMMARY);
            publications.saveVersion(new Publication(draftId, "case-draft", PublicationKind.MONETARY_PENALTY_SUMMARY,
                    PublicationState.DRAFTED, new PublicationContent(PublicationKind.MONETARY_PENALTY_SUMMARY, true, 1,
                            DRAFT_TITLE, "Unreleased Holdings made funds available.",
                            List.of(new PenalisedPerson("Unreleased Holdings", new BigDecimal("99000"))),
                            List.of("MAKING_FUNDS_AVAILABLE"), List.of("Russia"), List.of(), false, null, List.of()),
                    "held until review rights are spent", "event-draft"), Instant.parse("2026-03-01T10:00:00Z"));
            return null;
        });
    }

    @Test
    void theRegisterIsReleasedPublicationsNewestFirstWithoutAToken() throws Exception {
        HttpResponse<String> answer = get("/api/register/publications", "application/json");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(answer.body());
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(ids(page)).containsExactly(unnamed, amended, released, hostile);
        JsonNode first = page.get("items").get(1);
        assertThat(first.get("amended").asBoolean()).isTrue();
        assertThat(first.get("firstReleasedOn").asText()).isEqualTo("2025-09-01");
        assertThat(first.get("current").get("version").asInt()).isEqualTo(2);
        assertThat(first.get("current").get("penalisedPersons").get(0).get("penalty").decimalValue())
                .isEqualByComparingTo("120000.00");
        assertThat(first.get("page").asText()).isEqualTo("/register/publications/" + amended);
        assertThat(first.has("caseId")).as("the register does not expose the case's internal id").isFalse();
        assertThat(answer.body()).doesNotContain(DRAFT_TITLE, "Unreleased Holdings", "case-r", "case-draft");
        // unnamed (§12.3): no name, even though the content handed over carried one
        assertThat(page.get("items").get(0).get("current").get("penalisedPersons")).isEmpty();
        assertThat(answer.body()).doesNotContain("Should Not Show");
    }

    @Test
    void theRegisterIsPagedAndFilteredByKindRegimeAndYear() throws Exception {
        JsonNode second = json.readTree(get("/api/register/publications?size=2&page=2", "application/json").body());
        assertThat(second.get("pages").asLong()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(released, hostile);
        assertThat(ids(json.readTree(get("/api/register/publications?regime=russia", "application/json").body())))
                .containsExactly(amended, released);
        assertThat(ids(json.readTree(get("/api/register/publications?regime=Russia&year=2025", "application/json").body())))
                .containsExactly(amended, released);
        assertThat(ids(json.readTree(get("/api/register/publications?year=2024&kind=monetary_penalty_summary",
                "application/json").body()))).containsExactly(hostile);
        assertThat(ids(json.readTree(get("/api/register/publications?year=2027", "application/json").body()))).isEmpty();
    }

    @Test
    void badFiltersAreRefusedWithAProblemNamingEachOne() throws Exception {
        HttpResponse<String> answer = get("/api/register/publications?kind=PARKING_FINE&year=20x5&page=0&size=1000",
                "application/json");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        List<String> fields = new ArrayList<>();
        problem.get("violations").forEach(v -> fields.add(v.get("field").asText()));
        assertThat(fields).containsExactly("kind", "year", "page", "size");
        assertThat(get("/register?year=abc", "text/html").statusCode()).isEqualTo(400);
        assertThat(get("/api/register/publications/" + newPublicationId(), "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/register/publications/" + newPublicationId(), "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void aPublicationIsReadWithEveryVersionItSuperseded() throws Exception {
        JsonNode publication = json.readTree(get("/api/register/publications/" + amended, "application/json").body());
        assertThat(publication.get("current").get("change").asText()).isEqualTo("AMENDED");
        assertThat(publication.get("current").get("supersedesVersion").asInt()).isEqualTo(1);
        assertThat(publication.get("current").get("reason").asText()).isEqualTo("The Upper Tribunal reduced the penalty");
        assertThat(publication.get("superseded")).hasSize(1);
        assertThat(publication.get("superseded").get(0).get("change").asText()).isEqualTo("RELEASED");
        assertThat(publication.get("superseded").get(0).get("penalisedPersons").get(0).get("penalty").decimalValue())
                .isEqualByComparingTo("300000.00");
    }

    @Test
    void thePagesAreEscapedHtmlWithoutScript() throws Exception {
        HttpResponse<String> index = get("/register", "text/html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(index.body()).contains("<html lang=\"en-GB\"", "name=\"viewport\"", "Released Trading Ltd",
                "Amended Shipping plc", "4 publications", "href=\"/register/feed\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                .doesNotContain("<script", DRAFT_TITLE, "Should Not Show");
        HttpResponse<String> page = get("/register/publications/" + amended, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Monetary penalty imposed on Amended Shipping plc", "£120,000.00",
                "The Upper Tribunal reduced the penalty", "Released", "Amended", "£128,277.72")
                .doesNotContain("<script");
        assertThat(get("/register/publications/" + hostile, "text/html").body()).doesNotContain("<script");
        assertThat(get("/register?regime=Iran", "text/html").body()).contains("1 publication")
                .doesNotContain("Should Not Show");
    }

    @Test
    void theFeedHasAnEntryForEachReleaseAndAmendmentLatestFirst() throws Exception {
        HttpResponse<String> answer = get("/register/feed", "application/atom+xml");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> titles = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            titles.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
            links.add(((Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href"));
        }
        // the release order of the fixture: released, amended v1, amended v2, unnamed, hostile
        assertThat(titles).containsExactly("Monetary penalty imposed on <script>alert('x')</script> & Co",
                "Disclosure: lessons from a payment to a designated bank",
                "Amended: Monetary penalty imposed on Amended Shipping plc",
                "Monetary penalty imposed on Amended Shipping plc",
                "Monetary penalty imposed on Released Trading Ltd");
        assertThat(links).contains("/register/publications/" + amended);
        assertThat(answer.body()).doesNotContain(DRAFT_TITLE, "Should Not Show", "<script>");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("publicationId").asText()));
        return ids;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
