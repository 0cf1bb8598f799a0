package org.sanctionsplatform.publication.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctionsplatform.publication.register.RegisterFixture.newPublicationId;
import static org.sanctionsplatform.publication.register.RegisterFixture.summary;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.publication.application.PublicRegister;
import org.sanctionsplatform.publication.application.RegisterPage;
import org.sanctionsplatform.publication.application.RegisterReader;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.RegisterEntry;
import org.sanctionsplatform.publication.domain.RegisterQuery;
import org.sanctionsplatform.publication.domain.RegisteredPublication;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The register on PostgreSQL: a released version is put on it once however often it is told, an amended version
 * takes the original's place and keeps it as history (§11.4), an out-of-order amendment changes nothing, and the
 * register reads newest first, paged, by kind, regime and year. Each test uses regimes of its own, so they share the
 * class's database without seeing each other's publications.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcPublicRegisterTest implements TestPropertyProvider {

    @Inject
    PublicRegister register;

    @Inject
    RegisterReader reader;

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

    @Test
    void aReleasedVersionIsOnTheRegisterOnceHoweverOftenItIsReleased() {
        String id = newPublicationId();
        var content = summary(1, "Once Ltd", new BigDecimal("15000"), "Once regime");
        register.released(id, "case-once", content, LocalDate.of(2026, 3, 2), "review window expired");
        register.released(id, "case-once", content, LocalDate.of(2026, 3, 2), "review window expired");

        RegisterPage page = reader.find(query("Once regime"));
        assertThat(page.total()).isEqualTo(1);
        RegisteredPublication listed = page.items().get(0);
        assertThat(listed.publicationId()).isEqualTo(id);
        assertThat(listed.kind()).isEqualTo(PublicationKind.MONETARY_PENALTY_SUMMARY);
        assertThat(listed.firstReleasedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(listed.current().content()).isEqualTo(content);
        assertThat(listed.current().change()).isEqualTo(RegisterEntry.Change.RELEASED);
        assertThat(listed.current().reason()).isEqualTo("review window expired");
        assertThat(reader.publication(id)).get().satisfies(p -> assertThat(p.superseded()).isEmpty());
    }

    @Test
    void anAmendedVersionTakesTheOriginalsPlaceAndKeepsItAsHistory() {
        String id = newPublicationId();
        var original = summary(1, "Amended Ltd", new BigDecimal("50000"), "Amend regime");
        var amended = summary(3, "Amended Ltd", new BigDecimal("20000"), "Amend regime");
        register.released(id, "case-amend", original, LocalDate.of(2025, 11, 3), "review decided: penalty stands");
        register.amended(id, "case-amend", amended, 1, LocalDate.of(2026, 1, 12), "Upper Tribunal reduced the penalty");
        register.amended(id, "case-amend", amended, 1, LocalDate.of(2026, 1, 12), "Upper Tribunal reduced the penalty");

        RegisteredPublication publication = reader.publication(id).orElseThrow();
        assertThat(publication.current().version()).isEqualTo(3);
        assertThat(publication.current().content()).isEqualTo(amended);
        assertThat(publication.current().change()).isEqualTo(RegisterEntry.Change.AMENDED);
        assertThat(publication.current().supersedesVersion()).isEqualTo(1);
        assertThat(publication.current().changedOn()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(publication.amended()).isTrue();
        assertThat(publication.superseded()).extracting(RegisterEntry::version).containsExactly(1);
        assertThat(publication.superseded().get(0).content()).isEqualTo(original);
        // still listed once, in the year and place of its first release
        RegisterPage page = reader.find(query("Amend regime"));
        assertThat(page.items()).extracting(RegisteredPublication::publicationId).containsExactly(id);
        assertThat(page.items().get(0).current().version()).isEqualTo(3);
        assertThat(reader.find(new RegisterQuery(null, "Amend regime", 2025, 1, 20)).total()).isEqualTo(1);
        assertThat(reader.find(new RegisterQuery(null, "Amend regime", 2026, 1, 20)).total()).isZero();
    }

    @Test
    void anAmendmentOfAnUnreleasedOrAnotherVersionIsRefusedAndChangesNothing() {
        String id = newPublicationId();
        assertThatThrownBy(() -> register.amended(id, "case-refused", summary(2, "Refused Ltd", BigDecimal.TEN,
                "Refused regime"), 1, LocalDate.of(2026, 2, 2), "tribunal")).isInstanceOf(IllegalStateException.class);
        assertThat(reader.publication(id)).isEmpty();

        var original = summary(1, "Refused Ltd", BigDecimal.TEN, "Refused regime");
        register.released(id, "case-refused", original, LocalDate.of(2026, 2, 2), "settled");
        assertThatThrownBy(() -> register.amended(id, "case-refused", summary(4, "Refused Ltd", BigDecimal.ONE,
                "Other regime"), 2, LocalDate.of(2026, 2, 3), "tribunal")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> register.released(id, "case-refused", summary(2, "Refused Ltd", BigDecimal.ONE,
                "Other regime"), LocalDate.of(2026, 2, 3), "again")).isInstanceOf(IllegalStateException.class);

        RegisteredPublication publication = reader.publication(id).orElseThrow();
        assertThat(publication.current().content()).isEqualTo(original);
        assertThat(publication.superseded()).isEmpty();
        assertThat(reader.find(query("Other regime")).total()).isZero();
    }

    @Test
    void theRegisterListsNewestFirstInPagesAndFiltersByKindRegimeAndYear() {
        // released in this order, on these dates; two on the same day are ordered by when the register took them in
        List<String> ids = List.of(newPublicationId(), newPublicationId(), newPublicationId(), newPublicationId(),
                newPublicationId());
        List<LocalDate> dates = List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 1, 5), LocalDate.of(2023, 12, 31));
        for (int i = 0; i < ids.size(); i++) {
            register.released(ids.get(i), "case-list-" + i, summary(1, "List " + i + " plc", new BigDecimal(1000 + i),
                    "Paging regime", i % 2 == 0 ? "Even regime" : "Odd regime"), dates.get(i), "released");
        }

        RegisterPage first = reader.find(new RegisterQuery(null, "paging REGIME ", null, 1, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items()).extracting(RegisteredPublication::publicationId).containsExactly(ids.get(3), ids.get(2));
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        RegisterPage second = reader.find(new RegisterQuery(null, "Paging regime", null, 2, 2));
        assertThat(second.items()).extracting(RegisteredPublication::publicationId).containsExactly(ids.get(1), ids.get(0));
        RegisterPage third = reader.find(new RegisterQuery(null, "Paging regime", null, 3, 2));
        assertThat(third.items()).extracting(RegisteredPublication::publicationId).containsExactly(ids.get(4));
        assertThat(third.hasNext()).isFalse();
        assertThat(reader.find(new RegisterQuery(null, "Paging regime", null, 4, 2)).items()).isEmpty();

        assertThat(reader.find(new RegisterQuery(null, "Odd regime", null, 1, 20)).items())
                .extracting(RegisteredPublication::publicationId).containsExactly(ids.get(3), ids.get(1));
        assertThat(reader.find(new RegisterQuery(null, "Even regime", 2025, 1, 20)).items())
                .extracting(RegisteredPublication::publicationId).containsExactly(ids.get(2));
        assertThat(reader.find(new RegisterQuery(PublicationKind.MONETARY_PENALTY_SUMMARY, "Paging regime", 2024, 1, 20))
                .items()).extracting(RegisteredPublication::publicationId).containsExactly(ids.get(0));

        List<RegisterEntry> latest = reader.latestChanges(100);
        assertThat(latest).extracting(RegisterEntry::publicationId).containsSubsequence(ids.get(4), ids.get(3),
                ids.get(2), ids.get(1), ids.get(0));
        assertThat(latest).isSortedAccordingTo((a, b) -> b.recordedAt().compareTo(a.recordedAt()));
    }

    private static RegisterQuery query(String regime) {
        return new RegisterQuery(null, regime, null, 1, 20);
    }
}
