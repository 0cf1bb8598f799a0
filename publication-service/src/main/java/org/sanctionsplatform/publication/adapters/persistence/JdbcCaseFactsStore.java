package org.sanctionsplatform.publication.adapters.persistence;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.publication.application.CaseFactsStore;
import org.sanctionsplatform.publication.domain.CaseFacts;

/** Keeps case facts in relational tables; a save rewrites the case's child rows (tens of rows per case). */
@Singleton
class JdbcCaseFactsStore implements CaseFactsStore {

    private final Repositories.CaseRows cases;
    private final Repositories.SubjectRows subjects;
    private final Repositories.BreachRows breaches;
    private final Repositories.DisclosureRows disclosures;

    JdbcCaseFactsStore(Repositories.CaseRows cases, Repositories.SubjectRows subjects,
                       Repositories.BreachRows breaches, Repositories.DisclosureRows disclosures) {
        this.cases = cases;
        this.subjects = subjects;
        this.breaches = breaches;
        this.disclosures = disclosures;
    }

    @Override
    public Optional<CaseFacts> find(String caseId) {
        return cases.findById(caseId).map(row -> new CaseFacts(caseId, row.caseReference(),
                subjects.findByCaseIdOrderBySeq(caseId).stream()
                        .map(s -> new CaseFacts.Subject(s.subjectId(), s.name(), s.subjectType())).toList(),
                breaches.findByCaseIdOrderBySeq(caseId).stream()
                        .map(b -> new CaseFacts.Breach(b.breachId(), b.subjectId(), b.breachType(), b.regime(),
                                b.regulation(), b.estimatedValue(), b.withdrawn())).toList(),
                disclosures.findByCaseIdOrderBySeq(caseId).stream()
                        .map(d -> new CaseFacts.Disclosure(d.subjectId(), d.voluntary())).toList(),
                row.eventsApplied()));
    }

    @Override
    public void lock(String caseId) {
        // never "find, else save": a case created by the other consumer between the two would be overwritten
        cases.insertIfAbsent(caseId);
        if (cases.findLocked(caseId).isEmpty()) {
            throw new IllegalStateException("case " + caseId + " has no row after inserting it");
        }
    }

    @Override
    public void save(CaseFacts facts) {
        String caseId = facts.caseId();
        Rows.CaseRow row = new Rows.CaseRow(caseId, facts.caseReference(), facts.eventsApplied());
        if (cases.existsById(caseId)) {
            cases.update(row);
        } else {
            cases.save(row);
        }
        subjects.deleteByCaseId(caseId);
        breaches.deleteByCaseId(caseId);
        disclosures.deleteByCaseId(caseId);
        List<Rows.SubjectRow> subjectRows = new ArrayList<>();
        for (int i = 0; i < facts.subjects().size(); i++) {
            CaseFacts.Subject s = facts.subjects().get(i);
            subjectRows.add(new Rows.SubjectRow(null, caseId, i, s.subjectId(), s.name(), s.subjectType()));
        }
        List<Rows.BreachRow> breachRows = new ArrayList<>();
        for (int i = 0; i < facts.breaches().size(); i++) {
            CaseFacts.Breach b = facts.breaches().get(i);
            breachRows.add(new Rows.BreachRow(null, caseId, i, b.breachId(), b.subjectId(), b.breachType(), b.regime(),
                    b.regulation(), b.estimatedValue(), b.withdrawn()));
        }
        List<Rows.DisclosureRow> disclosureRows = new ArrayList<>();
        for (int i = 0; i < facts.disclosures().size(); i++) {
            CaseFacts.Disclosure d = facts.disclosures().get(i);
            disclosureRows.add(new Rows.DisclosureRow(null, caseId, i, d.subjectId(), d.voluntary()));
        }
        subjects.saveAll(subjectRows);
        breaches.saveAll(breachRows);
        disclosures.saveAll(disclosureRows);
    }
}
