package org.sanctionsplatform.publication.adapters.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sanctionsplatform.publication.application.PenaltyReportSource;
import org.sanctionsplatform.publication.domain.PenaltyReport;
import org.sanctionsplatform.publication.domain.PublicationState;
import org.sanctionsplatform.support.persistence.BulkSql;

/**
 * Reads the s.149(2) report's cases from the kept assessments (outcome, seriousness, the date the outcome was reached,
 * each subject's final penalty), the established and not withdrawn breaches of the case facts (regime, breach type),
 * the register (what was published in the period) and the publications withheld in it. Names are never read.
 */
@Singleton
class JdbcPenaltyReportSource implements PenaltyReportSource {

    /** The authority's zone (DESIGN §1): a period's days are London days. */
    private static final java.time.ZoneId AUTHORITY_ZONE = java.time.ZoneId.of("Europe/London");

    private final JdbcOperations jdbc;
    private final BulkSql sql;

    JdbcPenaltyReportSource(JdbcOperations jdbc, BulkSql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public List<PenaltyReport.ReportedCase> casesDecided(LocalDate from, LocalDate to) {
        record Decided(LocalDate outcomeOn, String seriousness, String outcome) {
        }
        Map<String, Decided> decided = new LinkedHashMap<>();
        jdbc.prepareStatement("select case_id, outcome_on, seriousness, likely_outcome from pub_assessment"
                + " where outcome_on >= ? and outcome_on <= ? order by outcome_on, case_id", s -> {
                    s.setDate(1, Date.valueOf(from));
                    s.setDate(2, Date.valueOf(to));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            decided.put(r.getString(1), new Decided(r.getObject(2, LocalDate.class), r.getString(3),
                                    r.getString(4)));
                        }
                    }
                    return null;
                });
        if (decided.isEmpty()) {
            return List.of();
        }
        Map<String, List<BigDecimal>> penalties = new HashMap<>();
        sql.selectIn("select case_id, final_penalty from pub_assessed_penalty where final_penalty is not null"
                + " and case_id in (%s)", decided.keySet(),
                r -> penalties.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getBigDecimal(2)));
        Map<String, Set<String>> regimes = new HashMap<>();
        Map<String, Set<String>> breachTypes = new HashMap<>();
        sql.selectIn("select b.case_id, b.regime, b.breach_type from pub_assessed_breach a join pub_breach b"
                + " on b.case_id = a.case_id and b.breach_id = a.breach_id where b.withdrawn = false"
                + " and a.case_id in (%s)", decided.keySet(), r -> {
                    if (r.getString(2) != null && !r.getString(2).isBlank()) {
                        regimes.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2).trim());
                    }
                    if (r.getString(3) != null && !r.getString(3).isBlank()) {
                        breachTypes.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(3));
                    }
                });
        List<PenaltyReport.ReportedCase> cases = new ArrayList<>();
        decided.forEach((caseId, d) -> cases.add(new PenaltyReport.ReportedCase(d.outcomeOn(), d.seriousness(),
                d.outcome(), penalties.getOrDefault(caseId, List.of()), regimes.getOrDefault(caseId, Set.of()),
                breachTypes.getOrDefault(caseId, Set.of()))));
        return cases;
    }

    @Override
    public PenaltyReport.Published published(LocalDate from, LocalDate to) {
        Map<String, Long> released = new HashMap<>();
        jdbc.prepareStatement("select kind, count(*) from register_publication where first_released_on >= ?"
                + " and first_released_on <= ? group by kind", s -> {
                    s.setDate(1, Date.valueOf(from));
                    s.setDate(2, Date.valueOf(to));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            released.put(r.getString(1), r.getLong(2));
                        }
                    }
                    return null;
                });
        long amended = jdbc.prepareStatement("select count(*) from register_entry where change = 'AMENDED'"
                + " and changed_on >= ? and changed_on <= ?", s -> {
                    s.setDate(1, Date.valueOf(from));
                    s.setDate(2, Date.valueOf(to));
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        return r.getLong(1);
                    }
                });
        // withheld (§11.3, §12.2): a publication whose lifecycle ended in WITHHELD, on the day it was (it changes no more)
        Map<String, Long> withheld = new HashMap<>();
        jdbc.prepareStatement("select kind, count(*) from publication where state = ? and updated_at >= ?"
                + " and updated_at < ? group by kind", s -> {
                    s.setString(1, PublicationState.WITHHELD.name());
                    s.setObject(2, BulkSql.utc(from.atStartOfDay(AUTHORITY_ZONE).toInstant()));
                    s.setObject(3, BulkSql.utc(to.plusDays(1).atStartOfDay(AUTHORITY_ZONE).toInstant()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            withheld.put(r.getString(1), r.getLong(2));
                        }
                    }
                    return null;
                });
        return new PenaltyReport.Published(released, amended, withheld);
    }
}
