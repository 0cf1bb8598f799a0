package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a published summary needs to know about a case, kept from its case events (§11.1): the subjects, the
 * breaches with their type, regime and regulation, and whether there was a voluntary disclosure. {@code
 * eventsApplied} counts the case events applied, to compare with the input version of an assessment.
 */
public record CaseFacts(
        String caseId,
        String caseReference,
        List<Subject> subjects,
        List<Breach> breaches,
        List<Disclosure> disclosures,
        int eventsApplied) {

    public CaseFacts {
        Objects.requireNonNull(caseId, "caseId");
        subjects = List.copyOf(subjects);
        breaches = List.copyOf(breaches);
        disclosures = List.copyOf(disclosures);
    }

    /** A person or body of the case. */
    public record Subject(String subjectId, String name, String subjectType) {
    }

    /** A recorded breach; {@code estimatedValue} is null when it cannot be estimated. */
    public record Breach(String breachId, String subjectId, String breachType, String regime, String regulation,
                         BigDecimal estimatedValue, boolean withdrawn) {
        public Breach {
            estimatedValue = Money.gbp(estimatedValue);
        }
    }

    /** A disclosure by a subject; voluntary unless OFSI requested it, already knew, or another investigation compelled it (§6.5). */
    public record Disclosure(String subjectId, boolean voluntary) {
    }

    public static CaseFacts unknown(String caseId) {
        return new CaseFacts(caseId, null, List.of(), List.of(), List.of(), 0);
    }

    public boolean opened() {
        return caseReference != null;
    }

    /** A change told by a case event; {@link Other} is an event the summary does not use, counted all the same. */
    public sealed interface Change {
        record Opened(String caseReference, List<Subject> subjects) implements Change {
        }

        record BreachRecorded(Breach breach) implements Change {
        }

        record BreachWithdrawn(String breachId) implements Change {
        }

        record DisclosureRecorded(Disclosure disclosure) implements Change {
        }

        record Other() implements Change {
        }
    }

    public CaseFacts apply(Change change) {
        int events = eventsApplied + 1;
        if (change instanceof Change.Opened o) {
            return new CaseFacts(caseId, o.caseReference(), o.subjects(), breaches, disclosures, events);
        }
        if (change instanceof Change.BreachRecorded b) {
            List<Breach> next = new ArrayList<>(breaches);
            next.removeIf(existing -> existing.breachId().equals(b.breach().breachId()));
            next.add(b.breach());
            return new CaseFacts(caseId, caseReference, subjects, next, disclosures, events);
        }
        if (change instanceof Change.BreachWithdrawn w) {
            List<Breach> next = breaches.stream().map(existing -> existing.breachId().equals(w.breachId())
                    ? new Breach(existing.breachId(), existing.subjectId(), existing.breachType(), existing.regime(),
                            existing.regulation(), existing.estimatedValue(), true)
                    : existing).toList();
            return new CaseFacts(caseId, caseReference, subjects, next, disclosures, events);
        }
        if (change instanceof Change.DisclosureRecorded d) {
            List<Disclosure> next = new ArrayList<>(disclosures);
            next.add(d.disclosure());
            return new CaseFacts(caseId, caseReference, subjects, breaches, next, events);
        }
        return new CaseFacts(caseId, caseReference, subjects, breaches, disclosures, events);
    }

    /** Whether any subject of the case disclosed voluntarily (§11.1 "whether there was voluntary disclosure"). */
    public boolean voluntarilyDisclosed() {
        return disclosures.stream().anyMatch(Disclosure::voluntary);
    }

    public Optional<Breach> breach(String breachId) {
        return breaches.stream().filter(b -> b.breachId().equals(breachId)).findFirst();
    }
}
