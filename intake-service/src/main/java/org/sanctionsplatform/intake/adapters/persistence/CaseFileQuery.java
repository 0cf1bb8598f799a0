package org.sanctionsplatform.intake.adapters.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one statement that reads a whole case file: the case row and each of its lists (subjects, breaches, disclosures,
 * the latest factor assessment and its findings, milestones, penalty decisions) as a {@code union all} in one common
 * column layout, ordered by kind and then by each list's {@code seq}. A row's {@code kind} says which table it comes
 * from and what its generic columns ({@code t1..t9} text, {@code d1..d2} dates, {@code n1..n4} numbers, {@code b1..b4}
 * booleans, {@code i1} an integer, {@code ts1} a timestamp) hold. Portable SQL (PostgreSQL, and H2 in PostgreSQL mode).
 */
final class CaseFileQuery {

    static final int CASE = 0;
    static final int SUBJECT = 1;
    static final int BREACH = 2;
    static final int DISCLOSURE = 3;
    static final int ASSESSMENT = 4;
    static final int FINDING = 5;
    static final int MILESTONE = 6;
    static final int DECISION = 7;
    static final int PUBLICATION_STEP = 8;

    /** The generic columns, with the type a missing value is cast to. */
    private static final Map<String, String> COLUMNS = genericColumns();

    private static final String LATEST_ASSESSMENT =
            "(select max(seq) from factor_assessment where case_id = ?)";

    /** Every {@code ?} of {@link #SQL} is the case id. */
    static final String SQL = String.join(" union all ",
            select(CASE, "breach_case where id = ?", columns("t1", "case_reference", "t2", "case_procedure",
                    "t3", "origin", "t4", "calendar_division", "t5", "summary", "t6", "closure_reason",
                    "t7", "closure_notes", "d1", "opened_on", "d2", "closed_on", "ts1", "recorded_at")),
            select(SUBJECT, "case_subject where case_id = ?", columns("seq", "seq", "t1", "subject_id", "t2", "name",
                    "t3", "subject_type", "t4", "officer_of", "i1", "prior_fixed_penalty_warnings",
                    "n1", "prior_fixed_penalty")),
            select(BREACH, "breach where case_id = ?", columns("seq", "seq", "t1", "id",
                    "t2", "subject_id", "t3", "breach_type", "t4", "regime",
                    "t5", "regulation", "t6", "description", "t7", "withdrawal_reason",
                    "t8", "shares_funds_with_breach_id", "d1", "breach_date",
                    "d2", "breach_end_date", "n1", "estimated_value",
                    "b1", "established_on_balance_of_probabilities",
                    "b2", "knew_or_had_reasonable_cause_to_suspect", "ts1", "withdrawn_at")),
            select(DISCLOSURE, "voluntary_disclosure where case_id = ?", columns("seq", "seq", "t1", "id", "t2", "subject_id",
                    "t3", "cooperation", "t4", "made_by", "d1", "disclosed_on", "d2", "discovered_on",
                    "b1", "requested_or_required_by_ofsi", "b2", "ofsi_already_aware", "b3", "compelled_by_other_investigation",
                    "b4", "complete_and_accurate")),
            select(ASSESSMENT, "factor_assessment where case_id = ? and seq = " + LATEST_ASSESSMENT,
                    columns("seq", "seq", "t1", "id", "t2", "severity", "t3", "conduct", "t4", "assessed_by",
                            "t5", "level_departure_reason", "t6", "public_interest_reason", "d1", "assessed_on",
                            "i1", "decided_level", "b1", "public_interest_stops_action")),
            select(FINDING, "factor_finding where assessment_id = (select id from factor_assessment where case_id = ? "
                    + "and seq = " + LATEST_ASSESSMENT + ")", columns("seq", "seq", "t1", "factor", "t2", "effect",
                    "t3", "rationale")),
            select(MILESTONE, "procedure_milestone where case_id = ?", columns("seq", "seq", "t1", "id", "t2", "milestone",
                    "t3", "subject_id", "t4", "corrects_milestone_id", "t5", "window_kind", "t6", "reason",
                    "t7", "corrected_by", "t8", "penalty_outcome", "d1", "occurred_on", "d2", "due_date_in_letter",
                    "i1", "extension_business_days")),
            select(DECISION, "penalty_decision where case_id = ?", columns("seq", "seq",
                    "t1", "id", "t2", "subject_id", "t3", "decision_maker",
                    "t4", "baseline_departure_reason", "t5", "hardship_reason",
                    "t6", "instalment_plan", "t7", "rationale", "t8", "component",
                    "d1", "decided_on", "n1", "baseline",
                    "n2", "voluntary_disclosure_discount_percent", "n3", "early_account_discount_percent",
                    "n4", "hardship_reduction", "b1", "settlement_discount_claimed")),
            select(PUBLICATION_STEP, "publication_step where case_id = ?", columns("seq", "seq", "t1", "id",
                    "t2", "step_kind", "t3", "scope", "t4", "choice", "t5", "reason", "t6", "coverage", "t7", "text",
                    "t8", "actor", "t9", "notice_milestone_id", "d1", "on_date", "b1", "named")))
            + " order by kind, seq";

    static final int CASE_ID_PARAMETERS = (int) SQL.chars().filter(c -> c == '?').count();

    private CaseFileQuery() {
    }

    /** Generic column → table column, from pairs. */
    private static Map<String, String> columns(String... pairs) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            sources.put(pairs[i], pairs[i + 1]);
        }
        return sources;
    }

    private static Map<String, String> genericColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("seq", "integer");
        for (int i = 1; i <= 9; i++) {
            columns.put("t" + i, "varchar(4000)");
        }
        columns.put("d1", "date");
        columns.put("d2", "date");
        for (int i = 1; i <= 4; i++) {
            columns.put("n" + i, "numeric(19,2)");
        }
        for (int i = 1; i <= 4; i++) {
            columns.put("b" + i, "boolean");
        }
        columns.put("i1", "integer");
        columns.put("ts1", "timestamp with time zone");
        return columns;
    }

    /** One branch of the union: every generic column, from {@code sources} (generic → table column) or a typed null. */
    private static String select(int kind, String fromWhere, Map<String, String> sources) {
        List<String> items = new ArrayList<>();
        items.add(kind + " as kind");
        COLUMNS.forEach((generic, type) -> {
            String source = sources.get(generic);
            items.add((source == null ? "cast(null as " + type + ")" : source) + " as " + generic);
        });
        return "select " + String.join(", ", items) + " from " + fromWhere;
    }
}
