package org.sanctionsplatform.publication.adapters.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sanctionsplatform.publication.application.RegisterPage;
import org.sanctionsplatform.publication.domain.Money;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.PublicationKind;
import org.sanctionsplatform.publication.domain.RegisterEntry;
import org.sanctionsplatform.publication.domain.RegisterQuery;
import org.sanctionsplatform.publication.domain.RegisteredPublication;

/**
 * What the register's templates show, as plain text values: the templates (src/main/resources/views/register) only
 * lay them out, and Thymeleaf escapes every one of them ({@code th:text}, attribute values). Public, as the
 * templates' expression language reads them by reflection.
 */
public final class RegisterViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private RegisterViews() {
    }

    /** The index: one page of publications and the filters that chose them. */
    public record Index(long total, String totalText, List<Item> items, String regime, String year,
                        List<Option> kinds, String pageText, String previousHref, String nextHref) {
    }

    /** A choice of the kind filter. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A publication in the index. */
    public record Item(String href, String title, String kind, String releasedOn, String amendedOn, String regimes,
                       String penalties) {
    }

    /** A publication's page: its current version in full and its history. */
    public record Page(String title, String kind, String releasedOn, String amendedOn, String amendmentReason,
                       boolean named, List<Person> people, String breachTypes, String regimes, List<String> regulations,
                       String voluntarilyDisclosed, String aggregatedValue, String text, List<String> lessons,
                       List<History> history, String jsonHref, String statement, String whyPublished,
                       String designatedPerson, String trueUnderstanding, boolean penalties) {
    }

    /**
     * A penalised person (§11.1: each person, company or entity, and the GBP penalty imposed on each; an officer of a
     * body, s.148, says so), with the discounts applied in words (§6.4-6.9).
     */
    public record Person(String name, String penalty, String discounts) {
    }

    /** A version of the publication, as it came onto the register. */
    public record History(int version, String change, String on, String reason, boolean current) {
    }

    static Index index(RegisterPage page) {
        RegisterQuery query = page.query();
        List<Option> kinds = new ArrayList<>();
        kinds.add(new Option("", "All kinds", query.kind() == null));
        Arrays.stream(PublicationKind.values())
                .forEach(k -> kinds.add(new Option(k.name(), kind(k), k == query.kind())));
        String totalText = page.total() == 1 ? "1 publication" : page.total() + " publications";
        String pageText = page.pages() <= 1 ? null : "Page " + query.page() + " of " + page.pages();
        return new Index(page.total(), totalText, page.items().stream().map(RegisterViews::item).toList(),
                query.regime() == null ? "" : query.regime(), query.year() == null ? "" : query.year().toString(),
                kinds, pageText,
                page.hasPrevious() ? RegisterLinks.index(query, query.page() - 1) : null,
                page.hasNext() ? RegisterLinks.index(query, query.page() + 1) : null);
    }

    static Page page(RegisteredPublication publication) {
        RegisterEntry current = publication.current();
        PublicationContent c = current.publicContent();
        List<History> history = new ArrayList<>();
        publication.superseded().forEach(e -> history.add(history(e, false)));
        history.add(history(current, true));
        return new Page(c.title(), kind(publication.kind()), day(publication.firstReleasedOn()),
                publication.amended() ? day(current.changedOn()) : null,
                publication.amended() ? current.reason() : null,
                c.named(),
                c.penalisedPersons().stream().map(p -> new Person(p.name(),
                        p.penalty() == null ? "Not set" : Money.format(p.penalty()),
                        p.discounts().isEmpty() ? "None" : joined(p.discounts()))).toList(),
                joined(c.breachTypes().stream().map(RegisterViews::words).toList()),
                joined(c.regimes()), c.regulations(),
                c.voluntarilyDisclosed() ? "Yes" : "No",
                c.aggregatedValue() == null ? "Could not be identified" : Money.format(c.aggregatedValue()),
                c.text(), c.complianceLessons(), history, RegisterLinks.JSON + "/" + publication.publicationId(),
                blankToNull(c.statement()), blankToNull(c.whyPublished()), blankToNull(c.designatedPerson()),
                blankToNull(c.trueUnderstanding()),
                // a Disclosure names who breached, with no penalty (§12.1): no penalty column, no "imposed on"
                c.penalisedPersons().stream().anyMatch(p -> p.penalty() != null));
    }

    private static Item item(RegisteredPublication publication) {
        PublicationContent c = publication.current().publicContent();
        String penalties = c.penalisedPersons().isEmpty() ? null : joined(c.penalisedPersons().stream()
                .map(p -> p.penalty() == null ? p.name() : p.name() + ": " + Money.format(p.penalty())).toList());
        return new Item(RegisterLinks.page(publication.publicationId()), c.title(), kind(publication.kind()),
                day(publication.firstReleasedOn()),
                publication.amended() ? day(publication.current().changedOn()) : null,
                joined(c.regimes()), penalties);
    }

    private static History history(RegisterEntry e, boolean current) {
        String change = e.change() == RegisterEntry.Change.RELEASED ? "Released" : "Amended";
        return new History(e.version(), change, day(e.changedOn()), e.reason(), current);
    }

    static String kind(PublicationKind kind) {
        return switch (kind.name()) {
            case "MONETARY_PENALTY_SUMMARY" -> "Monetary penalty";
            case "FIXED_PENALTY_SUMMARY" -> "Fixed monetary penalty";
            case "DISCLOSURE_NAMED" -> "Disclosure";
            case "DISCLOSURE_UNNAMED" -> "Disclosure (compliance lessons)";
            case "ANONYMISED_REPORT" -> "Anonymised report";
            default -> words(kind.name());
        };
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** {@code MAKING_FUNDS_AVAILABLE} as "Making funds available". */
    static String words(String constant) {
        if (constant == null || constant.isBlank()) {
            return constant;
        }
        String lower = constant.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String joined(List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        return present.isEmpty() ? null : String.join(", ", present);
    }
}
