package org.sanctionsplatform.guidance.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statutory maximum of a case (s.146, §6.2), worked out once for the case as a whole on the aggregated value of
 * its <em>established</em> breaches, as OFSI does (a published 2025 case of 79 breaches worth £128,277.72 stated a
 * maximum of £1,000,000, not 79 times that). Each breach's own figure is shown beside it by the callers.
 *
 * <p>The same funds recorded under two prohibitions (a breach that names the breach whose funds it shares) are
 * counted once: breaches linked that way form one group, whose value is the largest estimate among its established
 * breaches; counting the same money twice would double the maximum without any more funds being involved.
 *
 * @param establishedBreachIds the established breaches, in the order given
 * @param countedOnce          established breaches whose value was not added again, with the breach it was counted with
 */
public record CaseMaximum(StatutoryMaximum maximum, List<String> establishedBreachIds, List<FundsCountedOnce> countedOnce) {

    /** An established breach whose funds were already counted with {@code countedWith} (§6.2). */
    public record FundsCountedOnce(String breachId, String countedWith) {
    }

    public CaseMaximum {
        establishedBreachIds = List.copyOf(establishedBreachIds);
        countedOnce = List.copyOf(countedOnce);
    }

    public BigDecimal amount() {
        return maximum.amount();
    }

    public BigDecimal aggregatedValue() {
        return maximum.aggregatedValue();
    }

    /** The maximum of a case whose breaches are given in a stable order (a link to an unknown breach is ignored). */
    public static CaseMaximum of(List<BreachFunds> breaches) {
        Map<String, BreachFunds> byId = new LinkedHashMap<>();
        for (BreachFunds b : breaches) {
            byId.putIfAbsent(b.breachId(), b);
        }
        Map<String, String> parent = new HashMap<>();
        for (String id : byId.keySet()) {
            parent.put(id, id);
        }
        for (BreachFunds b : byId.values()) {
            String other = b.sharesFundsWithBreachId();
            if (other != null && byId.containsKey(other)) {
                union(parent, b.breachId(), other);
            }
        }
        // One value per group: the largest estimate among its established breaches (the first such breach in the
        // given order stands for the group; the others are counted once with it).
        Map<String, BreachFunds> representative = new LinkedHashMap<>();
        List<String> established = new ArrayList<>();
        List<FundsCountedOnce> countedOnce = new ArrayList<>();
        for (BreachFunds b : byId.values()) {
            if (!b.established()) {
                continue;
            }
            established.add(b.breachId());
            String root = find(parent, b.breachId());
            BreachFunds current = representative.get(root);
            if (current == null) {
                representative.put(root, b);
            } else {
                countedOnce.add(new FundsCountedOnce(b.breachId(), current.breachId()));
                if (larger(b.estimatedValue(), current.estimatedValue())) {
                    representative.put(root, b);
                }
            }
        }
        List<BigDecimal> values = new ArrayList<>();
        for (BreachFunds b : representative.values()) {
            values.add(b.estimatedValue());
        }
        return new CaseMaximum(StatutoryMaximum.forValues(values), established, countedOnce);
    }

    /**
     * How the maximum was found, in words: "£2,000,000.00: the greater of £1,000,000.00 and 50% of the aggregated
     * value £4,000,000.00 of 2 established breaches", and which breaches' shared funds were counted once.
     */
    public String describe() {
        return Pounds.format(maximum.amount()) + ": " + basis();
    }

    /** {@link #describe()} without the amount: what the maximum was worked out on. */
    public String basis() {
        int count = establishedBreachIds.size();
        String text = maximum.aggregatedValue() == null
                ? "no value of an established breach can be estimated"
                : "the greater of £1,000,000.00 and 50% of the aggregated value "
                  + Pounds.format(maximum.aggregatedValue()) + " of " + count
                  + (count == 1 ? " established breach" : " established breaches");
        if (!countedOnce.isEmpty()) {
            StringBuilder shared = new StringBuilder();
            for (FundsCountedOnce c : countedOnce) {
                shared.append(shared.length() == 0 ? "" : ", ").append(c.breachId()).append(" with ").append(c.countedWith());
            }
            text += "; the same funds recorded under two prohibitions are counted once (" + shared + ")";
        }
        return text;
    }

    private static boolean larger(BigDecimal candidate, BigDecimal current) {
        return candidate != null && (current == null || candidate.compareTo(current) > 0);
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String next = id;
        while (!next.equals(root)) {
            String up = parent.get(next);
            parent.put(next, root);
            next = up;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
