package org.sanctionsplatform.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.support.security.Roles;

/**
 * Demo cases loaded through intake's public API, then followed through the other services' APIs until each
 * case is assessed, its windows are open and its publications are in the state the demo expects: penalty summaries
 * drafted, one summary released after a review in which the penalty stood (§11.4), and one unnamed Disclosure
 * released (§12.2, §12.3); the released two are on the public register (docs/publication-register.md).
 */
final class DemoCases {

    /** A case as submitted, what the demo expects downstream, and what the services answered. */
    record DemoCase(String title, Map<String, Object> openCase, Map<String, Object> factors,
                    List<Map<String, Object>> milestones, List<Map<String, Object>> penaltyDecisions,
                    List<Step> laterSteps, boolean expectsWindows, List<String> expectedPublications) {

        DemoCase(String title, Map<String, Object> openCase, Map<String, Object> factors,
                 List<Map<String, Object>> milestones, List<Map<String, Object>> penaltyDecisions,
                 boolean expectsWindows, List<String> expectedPublications) {
            this(title, openCase, factors, milestones, penaltyDecisions, List.of(), expectsWindows, expectedPublications);
        }
    }

    /**
     * A step recorded at intake after the penalty decisions, by {@code role} (who acts comes from the token):
     * {@code POST /cases/{id}{path}} with {@code body}.
     */
    record Step(String path, String role, Map<String, Object> body) {
    }

    record Result(DemoCase demo, String caseId, Map<String, Object> assessment, List<Map<String, Object>> deadlines,
                  List<Map<String, Object>> publications) {
    }

    private final Json json = new Json();

    static List<DemoCase> all() {
        List<DemoCase> cases = new ArrayList<>();
        cases.add(new DemoCase("Bank pays a designated person's company (Level 3 penalty)",
                openCase("OFSI-DEMO-0001", "ENGLAND_AND_WALES", "2026-03-02",
                        List.of(subject("Northbridge Bank plc", "LEGAL_PERSON")),
                        List.of(breach("MAKING_FUNDS_AVAILABLE", "Russia", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12",
                                        "Payment to a company owned by a designated person", "2025-09-15", "600000.00"),
                                breach("DEALING_WITH_FROZEN_FUNDS", "Russia", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 11",
                                        "Transfer out of a frozen account", "2025-10-03", "1900000.00"))),
                factors("MEDIUM", "NEUTRAL", "2026-05-11"),
                List.of(milestone("NOTICE_OF_INTENTION", "2026-06-01")),
                List.of(decision("500000.00", "2026-06-01")),
                true, List.of("MONETARY_PENALTY_SUMMARY DRAFTED")));
        cases.add(new DemoCase("Sole trader's late licence report (Level 1 warning)",
                openCase("OFSI-DEMO-0002", "ENGLAND_AND_WALES", "2026-04-14",
                        List.of(subject("Jane Example", "INDIVIDUAL")),
                        List.of(breach("LICENCE_CONDITION_BREACH", "Syria", "The Syria (Sanctions) (EU Exit) Regulations 2019, regulation 29",
                                "Licence condition breached by a late payment", "2026-01-20", "4800.00"))),
                factors("LOW", "MITIGATING", "2026-06-15"),
                List.of(), List.of(), false, List.of()));
        cases.add(new DemoCase("Glasgow trader, notice over Christmas (Level 4, Scotland)",
                openCase("OFSI-DEMO-0003", "SCOTLAND", "2026-02-16",
                        List.of(subject("Clydeside Metals Ltd", "LEGAL_PERSON")),
                        List.of(breach("CIRCUMVENTION", "Russia", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 19",
                                "Scheme to route metals through a third country", "2025-06-30", "5400000.00"))),
                factors("HIGH", "AGGRAVATING", "2026-09-01"),
                List.of(milestone("NOTICE_OF_INTENTION", "2026-11-20")),
                List.of(decision("2300000.00", "2026-11-20")),
                true, List.of("MONETARY_PENALTY_SUMMARY DRAFTED")));
        // §11.4: the summary is released once review rights are spent; on the real clock the 28-day window of a
        // recent decision has not elapsed, so this case's review was requested and decided: the penalty stands
        cases.add(new DemoCase("Shipping agent's penalty upheld on review: summary on the public register (Level 3)",
                openCase("OFSI-DEMO-0004", "ENGLAND_AND_WALES", "2026-05-04",
                        List.of(subject("Harbour Line Shipping Ltd", "LEGAL_PERSON")),
                        List.of(breach("MAKING_FUNDS_AVAILABLE", "Russia", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12",
                                "Port fees paid to a company owned by a designated person", "2025-11-12", "740000.00"))),
                factors("MEDIUM", "NEUTRAL", "2026-06-08"),
                List.of(milestone("NOTICE_OF_INTENTION", "2026-07-01")),
                List.of(decision("180000.00", "2026-08-14")),
                List.of(new Step("/milestones", Roles.DECISION_MAKER, milestone("FINAL_DECISION", "2026-08-14")),
                        new Step("/milestones", Roles.CASE_OFFICER, milestone("REVIEW_REQUESTED", "2026-09-01")),
                        new Step("/milestones", Roles.DECISION_MAKER,
                                reviewDecided("2026-10-26", "PENALTY_STANDS"))),
                true, List.of("MONETARY_PENALTY_SUMMARY RELEASED")));
        // §12.2, §12.3: a Level 2 case published as an unnamed Disclosure for its compliance lessons: no
        // representations, no text shared, released by the publication officer
        cases.add(new DemoCase("Insurer's late freeze of a policy: unnamed Disclosure on the public register (Level 2)",
                openCase("OFSI-DEMO-0005", "ENGLAND_AND_WALES", "2026-03-16",
                        List.of(subject("Meridian Mutual Insurance Ltd", "LEGAL_PERSON")),
                        List.of(breach("DEALING_WITH_FROZEN_FUNDS", "Belarus", "The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019, regulation 6",
                                "Claim paid out of a policy that should have been frozen", "2025-12-02", "85000.00"))),
                factors("LOW", "NEUTRAL", "2026-05-20"),
                List.of(), List.of(),
                List.of(new Step("/publication/disclosure-notice", Roles.DECISION_MAKER,
                                disclosureNotice("2026-06-03")),
                        new Step("/publication/release", Roles.PUBLICATION_OFFICER,
                                publicationStep("DISCLOSURE", "2026-06-10"))),
                false, List.of("DISCLOSURE_UNNAMED RELEASED")));
        return cases;
    }

    /** Submits every demo case and waits (up to the timeout) until the other services have answered for it. */
    List<Result> load(RunningPlatform platform, Duration timeout) {
        String intake = platform.url("intake");
        // each step by the role whose work it is (README "Security"); who did it comes from the token
        String officer = platform.token(Roles.CASE_OFFICER);
        String decisionMaker = platform.token(Roles.DECISION_MAKER);
        List<Result> results = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (DemoCase demo : all()) {
            Json.Response opened = expectOk(json.post(intake + "/cases", demo.openCase(), officer), "open " + demo.title());
            String caseId = String.valueOf(json.object(opened.body()).get("id"));
            ids.add(caseId);
            expectOk(json.put(intake + "/cases/" + caseId + "/factors", demo.factors(), officer), "factors of " + demo.title());
            for (Map<String, Object> m : demo.milestones()) {
                expectOk(json.post(intake + "/cases/" + caseId + "/milestones", m, officer), "milestone of " + demo.title());
            }
            for (Map<String, Object> d : demo.penaltyDecisions()) {
                Map<String, Object> decision = new LinkedHashMap<>(d);
                decision.put("subjectId", firstSubjectId(intake, caseId, officer));
                expectOk(json.post(intake + "/cases/" + caseId + "/penalty-decisions", decision, decisionMaker), "decision of " + demo.title());
            }
            for (Step step : demo.laterSteps()) {
                expectOk(json.post(intake + "/cases/" + caseId + step.path(), step.body(), platform.token(step.role())),
                        step.path() + " of " + demo.title());
            }
        }
        Instant deadline = Instant.now().plus(timeout);
        List<DemoCase> demos = all();
        for (int i = 0; i < demos.size(); i++) {
            results.add(await(platform, demos.get(i), ids.get(i), deadline));
        }
        return results;
    }

    private Result await(RunningPlatform platform, DemoCase demo, String caseId, Instant deadline) {
        Result last;
        do {
            last = fetch(platform, demo, caseId);
            boolean assessed = last.assessment() != null && last.assessment().get("penalties") != null
                    && (demo.penaltyDecisions().isEmpty() || hasFinalPenalty(last.assessment()));
            boolean windows = !demo.expectsWindows() || !last.deadlines().isEmpty();
            boolean summary = publicationStates(last).containsAll(demo.expectedPublications());
            if (assessed && windows && summary) {
                return last;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        return last;
    }

    private Result fetch(RunningPlatform platform, DemoCase demo, String caseId) {
        String auditor = platform.token(Roles.AUDITOR);
        Json.Response assessment = json.get(platform.url("assessment") + "/cases/" + caseId + "/assessment", auditor);
        Json.Response deadlines = json.get(platform.url("deadline") + "/cases/" + caseId + "/deadlines", auditor);
        Json.Response publications = json.get(platform.url("publication") + "/cases/" + caseId + "/publications", auditor);
        return new Result(demo, caseId,
                assessment.ok() ? json.object(assessment.body()) : null,
                deadlines.ok() ? json.array(deadlines.body()) : List.of(),
                publications.ok() ? json.array(publications.body()) : List.of());
    }

    /** Each publication of the case as "KIND STATE". */
    static List<String> publicationStates(Result result) {
        return result.publications().stream().map(p -> p.get("kind") + " " + p.get("state")).toList();
    }

    @SuppressWarnings("unchecked")
    private static boolean hasFinalPenalty(Map<String, Object> assessment) {
        List<Map<String, Object>> penalties = (List<Map<String, Object>>) assessment.get("penalties");
        return penalties.stream().anyMatch(p -> p.get("finalPenalty") != null);
    }

    @SuppressWarnings("unchecked")
    private String firstSubjectId(String intake, String caseId, String token) {
        Map<String, Object> c = json.object(expectOk(json.get(intake + "/cases/" + caseId, token), "read case").body());
        List<Map<String, Object>> subjects = (List<Map<String, Object>>) c.get("subjects");
        return String.valueOf(subjects.get(0).get("subjectId"));
    }

    private static Json.Response expectOk(Json.Response response, String what) {
        if (!response.ok()) {
            throw new IllegalStateException("demo: cannot " + what + ": HTTP " + response.status() + " " + response.body());
        }
        return response;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<String, Object> openCase(String reference, String division, String openedOn,
                                                List<Map<String, Object>> subjects, List<Map<String, Object>> breaches) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("caseReference", reference);
        c.put("openedOn", openedOn);
        c.put("procedure", "CIVIL_MONETARY_PENALTY");
        c.put("origin", "SELF_REPORT");
        c.put("calendarDivision", division);
        c.put("subjects", subjects);
        c.put("breaches", breaches);
        return c;
    }

    private static Map<String, Object> subject(String name, String type) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("subjectType", type);
        return s;
    }

    private static Map<String, Object> breach(String type, String regime, String regulation, String description,
                                              String date, String value) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("subjectIndex", 0);
        b.put("breachType", type);
        b.put("regime", regime);
        b.put("regulation", regulation);
        b.put("description", description);
        b.put("breachDate", date);
        b.put("estimatedValue", new java.math.BigDecimal(value));
        b.put("establishedOnBalanceOfProbabilities", true);
        return b;
    }

    private static Map<String, Object> factors(String severity, String conduct, String on) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("findings", List.of(
                Map.of("factor", "B_VALUE", "effect", severity, "rationale", "value of the funds made available"),
                Map.of("factor", "F_AWARENESS_OF_SANCTIONS_RISK", "effect", conduct, "rationale", "screening and controls in place")));
        f.put("severity", severity);
        f.put("conduct", conduct);
        f.put("assessedOn", on);
        f.put("publicInterestStopsAction", false);
        return f;
    }

    private static Map<String, Object> milestone(String type, String on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("milestone", type);
        m.put("occurredOn", on);
        return m;
    }

    private static Map<String, Object> reviewDecided(String on, String penaltyOutcome) {
        Map<String, Object> m = milestone("REVIEW_DECIDED", on);
        m.put("penaltyOutcome", penaltyOutcome);
        return m;
    }

    private static Map<String, Object> disclosureNotice(String on) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("named", "false");
        n.put("ground", "COMPLIANCE_LESSONS");
        n.put("noticeOn", on);
        return n;
    }

    private static Map<String, Object> publicationStep(String publication, String on) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("publication", publication);
        s.put("on", on);
        return s;
    }

    private static Map<String, Object> decision(String baseline, String on) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("decidedOn", on);
        d.put("baseline", new java.math.BigDecimal(baseline));
        d.put("settlementDiscountClaimed", false);
        return d;
    }
}
