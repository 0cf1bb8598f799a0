package org.sanctionsplatform.bench.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The whole cases the harness offers to intake: one legal-person subject, one established breach, the officer's
 * factors (a Level 3 case: medium or high severity, neutral conduct), a notice of intention and the decision maker's
 * penalty decision, i.e. four requests and thirteen records on the topics (5 case events, 5 CaseAssessed, the
 * representations and settlement-discussions windows opened, one summary drafted). Values come from a seeded random
 * source by case number, so the same seed offers the same cases; dates are relative to the notice of intention, the
 * last weekday on or before the run's date, so that every window and timer lies in the future and no timer fires
 * during the run.
 */
final class WholeCases {

    /**
     * Who the load acts as: the name in the token the load sends ({@link OpenLoopLoad}), so that the bodies that name
     * the person who acted ({@code assessedBy}, {@code decisionMaker}) name the caller, as intake requires.
     */
    static final String PERSON = "Bench load";

    private static final String[] NAMES = {"Northbridge", "Clydeside", "Harbour", "Meridian", "Kestrel", "Aldgate",
            "Pennine", "Solent", "Thames", "Wessex", "Caledon", "Ironbridge"};
    private static final String[] KINDS = {"Bank plc", "Metals Ltd", "Shipping Ltd", "Trading LLP", "Capital Ltd",
            "Logistics Ltd"};
    private static final String[][] BREACHES = {
            {"MAKING_FUNDS_AVAILABLE", "Russia", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12",
                    "Payment to a company owned by a designated person"},
            {"DEALING_WITH_FROZEN_FUNDS", "Russia", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 11",
                    "Transfer out of a frozen account"},
            {"MAKING_ECONOMIC_RESOURCES_AVAILABLE", "Syria", "The Syria (Sanctions) (EU Exit) Regulations 2019, regulation 13",
                    "Chartered vessel made available to a designated person"},
            {"CIRCUMVENTION", "Russia", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 19",
                    "Scheme to route goods through a third country"}};

    private final long seed;
    private final String run;
    private final LocalDate notice;

    /** {@code run} tells this run's case references apart (they are unique in intake). */
    WholeCases(long seed, String run, LocalDate today) {
        this.seed = seed;
        this.run = run;
        LocalDate d = today;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        this.notice = d;
    }

    /** The values of one request of one case: the same seed, case number and request give the same values. */
    private SplittableRandom random(int caseNumber, int request) {
        return new SplittableRandom((seed * 1_000_003L + caseNumber) * 8 + request);
    }

    /** POST /cases */
    String openCase(int caseNumber) {
        SplittableRandom r = random(caseNumber, 0);
        String name = NAMES[r.nextInt(NAMES.length)] + " " + KINDS[r.nextInt(KINDS.length)];
        String[] breach = BREACHES[r.nextInt(BREACHES.length)];
        BigDecimal value = BigDecimal.valueOf(10_000 + r.nextInt(1_990_000)).setScale(2, RoundingMode.HALF_UP);
        LocalDate opened = notice.minusDays(60 + r.nextInt(60));
        LocalDate breachDate = opened.minusDays(30 + r.nextInt(300));
        String division = r.nextInt(10) < 8 ? "ENGLAND_AND_WALES" : (r.nextBoolean() ? "SCOTLAND" : "NORTHERN_IRELAND");
        return "{\"caseReference\":\"OFSI-" + run + "-" + caseNumber + "\",\"openedOn\":\"" + opened
                + "\",\"procedure\":\"CIVIL_MONETARY_PENALTY\",\"origin\":\"SELF_REPORT\",\"calendarDivision\":\"" + division
                + "\",\"subjects\":[{\"name\":\"" + name + "\",\"subjectType\":\"LEGAL_PERSON\"}],"
                + "\"breaches\":[{\"subjectIndex\":0,\"breachType\":\"" + breach[0] + "\",\"regime\":\"" + breach[1]
                + "\",\"regulation\":\"" + breach[2] + "\",\"description\":\"" + breach[3] + "\",\"breachDate\":\""
                + breachDate + "\",\"estimatedValue\":" + value.toPlainString()
                + ",\"establishedOnBalanceOfProbabilities\":true}]}";
    }

    /** PUT /cases/{id}/factors: Level 3 (Figure 5A: medium or high severity with neutral conduct). */
    String factors(int caseNumber) {
        SplittableRandom r = random(caseNumber, 1);
        String severity = r.nextBoolean() ? "MEDIUM" : "HIGH";
        return "{\"findings\":[{\"factor\":\"B_VALUE\",\"effect\":\"" + severity
                + "\",\"rationale\":\"value of the funds made available\"},"
                + "{\"factor\":\"F_AWARENESS_OF_SANCTIONS_RISK\",\"effect\":\"NEUTRAL\",\"rationale\":\"screening and controls in place\"}],"
                + "\"severity\":\"" + severity + "\",\"conduct\":\"NEUTRAL\",\"assessedBy\":\"" + PERSON + "\","
                + "\"assessedOn\":\"" + notice.minusDays(14) + "\",\"publicInterestStopsAction\":false}";
    }

    /** POST /cases/{id}/milestones */
    String noticeOfIntention() {
        return "{\"milestone\":\"NOTICE_OF_INTENTION\",\"occurredOn\":\"" + notice + "\"}";
    }

    /** POST /cases/{id}/penalty-decisions: a baseline inside the Level 3 band (at most 75% of the £1m minimum maximum). */
    String penaltyDecision(int caseNumber, String subjectId) {
        SplittableRandom r = random(caseNumber, 3);
        BigDecimal baseline = BigDecimal.valueOf(50_000 + 1_000L * r.nextInt(650)).setScale(2, RoundingMode.HALF_UP);
        return "{\"subjectId\":\"" + subjectId + "\",\"decidedOn\":\"" + notice
                + "\",\"decisionMaker\":\"" + PERSON + "\",\"baseline\":" + baseline.toPlainString()
                + ",\"settlementDiscountClaimed\":false}";
    }
}
