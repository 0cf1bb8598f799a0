package org.sanctionsplatform.publication.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.publication.register.RegisterFixture.newPublicationId;
import static org.sanctionsplatform.publication.register.RegisterFixture.summary;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.publication.application.PublicRegister;
import org.sanctionsplatform.publication.domain.PenalisedPerson;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * A named Disclosure's page (§12.1, §12.3): it names who breached and the designated person the breach relates to,
 * and says that no monetary penalty was imposed; it has no penalty table and never says "the penalty was imposed on".
 * A penalty summary's page keeps its table of penalties.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosurePageTest implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String disclosure = newPublicationId();
    private final String penalty = newPublicationId();

    @Inject
    PublicRegister register;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                "test.stepping-clock.start", "2026-10-28T09:00:00Z",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("publication"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @BeforeAll
    void releaseADisclosureAndASummary() {
        register.released(disclosure, "case-d", new PublicationContent(PublicationKind.DISCLOSURE_NAMED, true, 1,
                "Disclosure: breach of financial sanctions by Larkspur Payments Ltd",
                "Larkspur Payments Ltd breached financial sanctions (making funds available) under the Russia regime.",
                List.of(new PenalisedPerson("Larkspur Payments Ltd", null)), List.of("MAKING_FUNDS_AVAILABLE"),
                List.of("Russia"), List.of("The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12"), false,
                new BigDecimal("60000.00"), List.of("Check payees against the consolidated list."),
                "OFSI assessed the case as Level 2 (moderate) (§12.1). LOW severity with NEUTRAL conduct indicates "
                        + "Level 2 (moderate).", null, "Volga Trade Bank", null),
                LocalDate.of(2026, 10, 28), "decided after representations, text shared, released (§12.2)");
        register.released(penalty, "case-p", summary(1, "Penalised Trading Ltd", new BigDecimal("15000"), "Russia"),
                LocalDate.of(2026, 10, 1), "review window expired without a request");
    }

    @Test
    void aDisclosureNamesWhoBreachedAndTheDesignatedPersonWithoutAPenaltyTable() throws Exception {
        HttpResponse<String> page = get("/register/publications/" + disclosure);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Who breached financial sanctions", "<li>Larkspur Payments Ltd</li>",
                "No monetary penalty was imposed.", "Designated person", "Volga Trade Bank",
                "LOW severity with NEUTRAL conduct indicates Level 2 (moderate).")
                .doesNotContain("Who the penalty was imposed on", "Not set", "class=\"money\">Penalty");
    }

    @Test
    void aPenaltySummaryKeepsItsTableOfPenalties() throws Exception {
        HttpResponse<String> page = get("/register/publications/" + penalty);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Who the penalty was imposed on", "Penalised Trading Ltd", "£15,000.00")
                .doesNotContain("Who breached financial sanctions");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
