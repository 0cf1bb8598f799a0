package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The periodic report under s.149(2) of the Policing and Crime Act 2017 ("the Treasury must … publish reports about
 * the imposition of monetary penalties under section 146 or 148"), and the §11.3 route for a case that is not
 * published: "including the case in statistical information and any aggregated reporting". For a period: the cases
 * whose outcome was reached in it, counted, with the number and GBP sum of the penalties imposed, in total and by
 * seriousness level, outcome, sanctions regime and breach type; the warnings and Disclosures among them; and what the
 * register published in the period. Aggregates only: no name, no case id, no free text of any case.
 *
 * <p>A case whose breaches span two regimes (or breach types) is counted under each, with all its penalties: the
 * lines of one dimension may add up to more than the total, never less.
 */
public record PenaltyReport(
        LocalDate from,
        LocalDate to,
        Line total,
        long warnings,
        long disclosures,
        List<Line> byLevel,
        List<Line> byOutcome,
        List<Line> byRegime,
        List<Line> byBreachType,
        Published published) {

    /** Outcomes that are warnings (Figure 5B: Level 1 private warning letter; Figure 13A: the first occurrences). */
    public static final Set<String> WARNING_OUTCOMES = Set.of("PRIVATE_WARNING");
    /** Outcomes that are Disclosures (§12: Level 2, or exceptionally a public-interest Disclosure). */
    public static final Set<String> DISCLOSURE_OUTCOMES = Set.of("DISCLOSURE");
    /** Label of a case with no seriousness, regime or breach type recorded. */
    public static final String NOT_RECORDED = "not recorded";

    public PenaltyReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        byLevel = List.copyOf(byLevel);
        byOutcome = List.copyOf(byOutcome);
        byRegime = List.copyOf(byRegime);
        byBreachType = List.copyOf(byBreachType);
    }

    /** One line of the report: cases, and the penalties imposed in them (§6: each subject's final penalty). */
    public record Line(String value, long cases, long penalties, BigDecimal penaltyTotal) {
        public Line {
            penaltyTotal = Money.gbp(penaltyTotal);
        }
    }

    /**
     * What the public register published in the period (§11.1, §11.4, §12): new publications by kind, amendments; and
     * the publications withheld in it (§11.3, §12.2: decided not to publish), by kind, in aggregate only.
     */
    public record Published(Map<String, Long> releasedByKind, long amended, Map<String, Long> withheldByKind) {
        public Published {
            releasedByKind = Map.copyOf(new TreeMap<>(releasedByKind));
            withheldByKind = Map.copyOf(new TreeMap<>(withheldByKind));
        }

        public long released() {
            return releasedByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        public long withheld() {
            return withheldByKind.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A case as the report sees it: the date its outcome was reached, its seriousness label, its likely outcome, the
     * final penalty of each penalised subject, and the regimes and breach types of its established breaches.
     */
    public record ReportedCase(LocalDate outcomeOn, String seriousness, String outcome, List<BigDecimal> penalties,
                               Set<String> regimes, Set<String> breachTypes) {
        public ReportedCase {
            Objects.requireNonNull(outcomeOn, "outcomeOn");
            penalties = penalties.stream().filter(Objects::nonNull).map(Money::gbp).toList();
            regimes = Set.copyOf(regimes);
            breachTypes = Set.copyOf(breachTypes);
        }

        BigDecimal penaltyTotal() {
            return penalties.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The report of a period from the cases given (those outside the period are left out) and what was published. */
    public static PenaltyReport of(LocalDate from, LocalDate to, Collection<ReportedCase> cases, Published published) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        List<ReportedCase> inPeriod = cases.stream()
                .filter(c -> !c.outcomeOn().isBefore(from) && !c.outcomeOn().isAfter(to)).toList();
        return new PenaltyReport(from, to, line("all cases", inPeriod),
                inPeriod.stream().filter(c -> WARNING_OUTCOMES.contains(c.outcome())).count(),
                inPeriod.stream().filter(c -> DISCLOSURE_OUTCOMES.contains(c.outcome())).count(),
                by(inPeriod, c -> Set.of(label(c.seriousness()))),
                by(inPeriod, c -> Set.of(label(c.outcome()))),
                by(inPeriod, c -> c.regimes().isEmpty() ? Set.of(NOT_RECORDED) : c.regimes()),
                by(inPeriod, c -> c.breachTypes().isEmpty() ? Set.of(NOT_RECORDED) : c.breachTypes()),
                published);
    }

    private static List<Line> by(List<ReportedCase> cases, Function<ReportedCase, Set<String>> values) {
        Map<String, List<ReportedCase>> grouped = new TreeMap<>();
        for (ReportedCase c : cases) {
            for (String value : values.apply(c)) {
                grouped.computeIfAbsent(value, v -> new ArrayList<>()).add(c);
            }
        }
        return grouped.entrySet().stream().map(e -> line(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Line::value)).toList();
    }

    private static Line line(String value, List<ReportedCase> cases) {
        return new Line(value, cases.size(), cases.stream().mapToLong(c -> c.penalties().size()).sum(),
                cases.stream().map(ReportedCase::penaltyTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String label(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }
}
