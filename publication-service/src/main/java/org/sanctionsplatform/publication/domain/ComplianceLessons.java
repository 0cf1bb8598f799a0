package org.sanctionsplatform.publication.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance lessons a summary highlights so that others avoid a similar breach (§11.1), chosen by the breach
 * types of the case. A short generated list; case officers edit the text before release.
 */
public final class ComplianceLessons {

    private static final Map<String, String> BY_BREACH_TYPE = Map.ofEntries(
            Map.entry("DEALING_WITH_FROZEN_FUNDS",
                    "Screen customers and counterparties against the consolidated list before and during a relationship,"
                    + " and freeze funds of designated persons at once."),
            Map.entry("MAKING_FUNDS_AVAILABLE",
                    "Check payees, including their owners and controllers, against the consolidated list before making"
                    + " a payment."),
            Map.entry("MAKING_ECONOMIC_RESOURCES_AVAILABLE",
                    "Check who ultimately benefits from goods or services supplied, not only the contracting party."),
            Map.entry("CIRCUMVENTION",
                    "Look for structures or intermediaries designed to avoid sanctions; facilitation is circumvention"
                    + " (§5.6 A)."),
            Map.entry("LICENCE_CONDITION_BREACH",
                    "Read and follow every condition of a licence, including its reporting conditions, before relying"
                    + " on it."),
            Map.entry("TRADE_RESTRICTION",
                    "Assess trade-related financial services against the trade restrictions of the regime."),
            Map.entry("LATE_REPORTING", "Report to OFSI within the time the regulations set."),
            Map.entry("NON_REPORTING", "Know your reporting obligations and report frozen assets and suspected breaches."),
            Map.entry("INCOMPLETE_LICENCE_REPORTING", "Make licence reports complete and accurate."),
            Map.entry("FAILURE_TO_PROVIDE_INFORMATION",
                    "Answer OFSI's requests for information fully and by the deadline."),
            Map.entry("DESIGNATED_PERSON_ASSET_REPORTING",
                    "Designated persons must report their assets as the regulations require."));

    private static final String OWNERSHIP_AND_CONTROL =
            "Carry out due diligence on ownership and control proportionate to the sanctions risk (§5.7 G).";
    private static final String DISCLOSED =
            "Prompt, complete voluntary disclosure and co-operation are rewarded (§6.4).";
    private static final String NOT_DISCLOSED =
            "Report suspected breaches to OFSI as soon as practicable: voluntary disclosure is rewarded (§6.4).";

    private ComplianceLessons() {
    }

    public static List<String> forCase(List<String> breachTypeCodes, boolean voluntarilyDisclosed) {
        Set<String> lessons = new LinkedHashSet<>();
        for (String code : breachTypeCodes) {
            String lesson = BY_BREACH_TYPE.get(code);
            if (lesson != null) {
                lessons.add(lesson);
            }
        }
        if (breachTypeCodes.stream().anyMatch(c -> c.startsWith("MAKING_") || c.equals("DEALING_WITH_FROZEN_FUNDS"))) {
            lessons.add(OWNERSHIP_AND_CONTROL);
        }
        lessons.add(voluntarilyDisclosed ? DISCLOSED : NOT_DISCLOSED);
        return new ArrayList<>(lessons);
    }
}
