package org.sanctionsplatform.publication.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.publication.application.AssessedCaseStore;
import org.sanctionsplatform.publication.application.CaseFactsStore;
import org.sanctionsplatform.publication.application.CaseStateStore;
import org.sanctionsplatform.publication.application.Revision;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.publication.domain.CaseFacts;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.testkit.GenericPlans;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * The stores write only what changed between the state they read and the state saved (rows updated, appended or cut
 * off at their position, established breaches added or removed), on PostgreSQL. Whatever the change, reading the case
 * back gives exactly what was saved: lists that grow, shrink, change in the middle or are reordered (a breach recorded
 * again moves to the end), nullable values set and cleared, several cases saved together. The changes are drawn from a
 * seeded random source, so a failure repeats.
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalStoresTest implements TestPropertyProvider {

    private static final int CASES = 12;
    private static final int CHANGES = 25;

    @Inject
    CaseFactsStore facts;

    @Inject
    AssessedCaseStore assessments;

    @Inject
    CaseStateStore states;

    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "micronaut.server.port", "-1",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", pg.createDatabase("publication"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @Test
    void whatIsReadBackAfterWritingOnlyTheChangesIsWhatWasSaved() {
        Random random = new Random(20261129L);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> caseIds = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            caseIds.add("incremental-" + run + "-" + c);
        }
        Map<String, CaseFacts> storedFacts = inTransaction(() -> states.lockAndRead(caseIds, List.of()).facts());
        assertThat(storedFacts.values()).as("a case locked for the first time has empty facts")
                .allSatisfy(f -> assertThat(f).isEqualTo(CaseFacts.unknown(f.caseId())));
        Map<String, AssessedCase> storedAssessments = new java.util.HashMap<>();

        for (int step = 0; step < CHANGES; step++) {
            // several cases changed in one transaction, some of them not at all
            List<Revision<CaseFacts>> factRevisions = new ArrayList<>();
            List<Revision<AssessedCase>> assessmentRevisions = new ArrayList<>();
            for (String caseId : caseIds) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                factRevisions.add(new Revision<>(caseId, storedFacts.get(caseId),
                        changed(random, storedFacts.get(caseId))));
                AssessedCase before = storedAssessments.get(caseId);
                assessmentRevisions.add(new Revision<>(caseId, before, changed(random, before)));
            }
            inTransaction(() -> {
                states.lockAndRead(caseIds, List.of());
                facts.saveChanges(factRevisions);
                assessments.saveChanges(assessmentRevisions);
                return null;
            });
            factRevisions.forEach(r -> storedFacts.put(r.caseId(), r.after()));
            assessmentRevisions.forEach(r -> storedAssessments.put(r.caseId(), r.after()));

            CaseStateStore.CaseStates read = inTransaction(() -> states.lockAndRead(caseIds, List.of()));
            Map<String, CaseFacts> readFacts = read.facts();
            Map<String, AssessedCase> readAssessments = read.assessments();
            assertThat(readFacts).as("the facts read back after change %d", step).isEqualTo(storedFacts);
            assertThat(readAssessments).as("the assessments read back after change %d", step)
                    .isEqualTo(storedAssessments);
        }
    }

    @Test
    void aBatchKeepsOnePlanPerStatementForItsWritesOnly() {
        String caseId = "plans-" + UUID.randomUUID();
        List<String> modes = tx.executeWrite(status -> {
            List<String> seen = new ArrayList<>();
            CaseFacts before = states.lockAndRead(List.of(caseId), List.of()).facts().get(caseId);
            seen.add(GenericPlans.planCacheMode(status.getConnection()));
            facts.saveChanges(List.of(new Revision<>(caseId, before, changed(new Random(7), before))));
            seen.add(GenericPlans.planCacheMode(status.getConnection()));
            return seen;
        });
        modes.add(tx.executeWrite(status -> {
            states.lockAndRead(List.of(caseId), List.of());
            return GenericPlans.planCacheMode(status.getConnection());
        }));

        // the batch's reads are planned for the tables as they are (StablePlans); its keyed writes keep their plans
        // (KeyedPlans, WritePlansTest), and the next transaction plans each read again
        assertThat(modes).containsExactly("force_custom_plan", "force_generic_plan", "force_custom_plan");
    }

    @Test
    void aBatchReadsItsCasesThroughTheCaseIdIndexesOnTablesWithoutStatistics() {
        // 150 cases stored in tables never analysed (as on a machine without autovacuum, or ahead of its next analyse):
        // PostgreSQL would plan a list of dozens of case ids as a scan of each whole table (IndexedReads)
        Random random = new Random(20261201L);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> caseIds = new ArrayList<>();
        for (int c = 0; c < 150; c++) {
            caseIds.add("indexed-" + run + "-" + c);
        }
        Map<String, CaseFacts> storedFacts = new java.util.HashMap<>();
        Map<String, AssessedCase> storedAssessments = new java.util.HashMap<>();
        inTransaction(() -> {
            Map<String, CaseFacts> unknown = states.lockAndRead(caseIds, List.of()).facts();
            List<Revision<CaseFacts>> factRevisions = new ArrayList<>();
            List<Revision<AssessedCase>> assessmentRevisions = new ArrayList<>();
            for (String caseId : caseIds) {
                CaseFacts after = changed(random, changed(random, unknown.get(caseId)));
                AssessedCase assessed = changed(random, (AssessedCase) null);
                factRevisions.add(new Revision<>(caseId, unknown.get(caseId), after));
                assessmentRevisions.add(new Revision<>(caseId, null, assessed));
                storedFacts.put(caseId, after);
                storedAssessments.put(caseId, assessed);
            }
            facts.saveChanges(factRevisions);
            assessments.saveChanges(assessmentRevisions);
            return null;
        });
        List<String> batch = caseIds.subList(0, 40);

        Map<String, PostgresFixture.Scans> scans = new java.util.TreeMap<>();
        CaseStateStore.CaseStates read = tx.executeWrite(status -> {
            try {
                Map<String, PostgresFixture.Scans> before = PostgresFixture.unreportedScans(status.getConnection());
                CaseStateStore.CaseStates found = states.lockAndRead(batch, List.of(PublicationKind.values()));
                scans.putAll(PostgresFixture.scansSince(status.getConnection(), before));
                return found;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(read.facts()).as("the batch's facts as stored").hasSize(batch.size())
                .allSatisfy((caseId, f) -> assertThat(f).isEqualTo(storedFacts.get(caseId)));
        assertThat(read.assessments()).as("the batch's assessments as stored").hasSize(batch.size())
                .allSatisfy((caseId, a) -> assertThat(a).isEqualTo(storedAssessments.get(caseId)));
        assertThat(scans).as("the tables the batch read").containsKeys("pub_case", "pub_subject", "pub_breach",
                "pub_assessment", "pub_assessed_breach", "pub_assessed_penalty", "publication");
        assertThat(scans).as("no table read whole").allSatisfy((table, made) ->
                assertThat(made.sequential()).as("sequential scans of %s", table).isZero());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.executeWrite(status -> work.get());
    }

    /** The facts with a few random changes: reference, count, and each list grown, shrunk, edited or reordered. */
    private static CaseFacts changed(Random random, CaseFacts facts) {
        return new CaseFacts(facts.caseId(),
                random.nextInt(3) == 0 ? "OFSI-" + random.nextInt(100) : facts.caseReference(),
                edited(random, facts.subjects(), () -> new CaseFacts.Subject("s-" + random.nextInt(5),
                        "Name " + random.nextInt(1000), random.nextBoolean() ? "LEGAL_PERSON" : "INDIVIDUAL")),
                edited(random, facts.breaches(), () -> new CaseFacts.Breach("b-" + random.nextInt(6),
                        maybe(random, "s-" + random.nextInt(5)), maybe(random, "MAKING_FUNDS_AVAILABLE"),
                        maybe(random, random.nextBoolean() ? "Russia" : "Iran"), maybe(random, "regulation " + random.nextInt(20)),
                        maybe(random, new BigDecimal(random.nextInt(5_000_000)).movePointLeft(2)), random.nextBoolean())),
                edited(random, facts.disclosures(), () -> new CaseFacts.Disclosure(maybe(random, "s-" + random.nextInt(5)),
                        random.nextBoolean())),
                facts.eventsApplied() + random.nextInt(3));
    }

    /** The assessment with random changes (a first one when there is none). */
    private static AssessedCase changed(Random random, AssessedCase assessment) {
        Set<String> established = new HashSet<>(assessment == null ? Set.of() : assessment.establishedBreachIds());
        for (int i = random.nextInt(3); i > 0; i--) {
            String id = "b-" + random.nextInt(6);
            if (!established.remove(id)) {
                established.add(id);
            }
        }
        return new AssessedCase(UUID.randomUUID().toString(), random.nextInt(10),
                random.nextBoolean() ? "CIVIL_MONETARY_PENALTY" : "DISCLOSURE",
                maybe(random, new BigDecimal(random.nextInt(9_000_000)).movePointLeft(2)), established,
                edited(random, assessment == null ? List.of() : assessment.penalties(),
                        () -> new AssessedCase.Penalty("s-" + random.nextInt(5), "Name " + random.nextInt(1000),
                                maybe(random, "LEGAL_PERSON"),
                                maybe(random, new BigDecimal(random.nextInt(1_000_000)).movePointLeft(2)))));
    }

    /** The list with up to three random edits: an element added, removed, replaced, or moved to the end. */
    private static <T> List<T> edited(Random random, List<T> list, Supplier<T> newElement) {
        List<T> next = new ArrayList<>(list);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int op = random.nextInt(4);
            if (op == 0 || next.isEmpty()) {
                next.add(newElement.get());
            } else if (op == 1) {
                next.remove(random.nextInt(next.size()));
            } else if (op == 2) {
                next.set(random.nextInt(next.size()), newElement.get());
            } else {
                next.add(next.remove(random.nextInt(next.size())));
            }
        }
        if (random.nextInt(10) == 0) {
            Collections.shuffle(next, random);
        }
        return next;
    }

    private static <T> T maybe(Random random, T value) {
        return random.nextInt(4) == 0 ? null : value;
    }
}
