package org.sanctionsplatform.bench.pipeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A sorted sample of durations in microseconds, with nearest-rank percentiles (the value below which at least p of
 * the sample lies: the p99 of 100 values is the 99th smallest).
 */
final class Distribution {

    private final long[] sorted;

    private Distribution(long[] sorted) {
        this.sorted = sorted;
    }

    static Distribution of(long[] micros, int count) {
        long[] copy = Arrays.copyOf(micros, count);
        Arrays.sort(copy);
        return new Distribution(copy);
    }

    static Distribution of(java.util.Collection<Long> micros) {
        long[] values = new long[micros.size()];
        int i = 0;
        for (long v : micros) {
            values[i++] = v;
        }
        return of(values, i);
    }

    int count() {
        return sorted.length;
    }

    /** Nearest-rank percentile, in microseconds; -1 when the sample is empty. */
    long percentile(double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long max() {
        return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
    }

    /** p50 / p95 / p99 / max in milliseconds, one decimal; "–" for an empty sample. */
    String summaryMillis() {
        if (sorted.length == 0) {
            return "–";
        }
        return ms(percentile(50)) + " / " + ms(percentile(95)) + " / " + ms(percentile(99)) + " / " + ms(max());
    }

    static String ms(long micros) {
        if (micros < 0) {
            return "–";
        }
        double millis = micros / 1000.0;
        return millis >= 1000 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    /** For the JSON report: count and p50/p95/p99/max in milliseconds. */
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", sorted.length);
        if (sorted.length > 0) {
            m.put("p50Ms", percentile(50) / 1000.0);
            m.put("p95Ms", percentile(95) / 1000.0);
            m.put("p99Ms", percentile(99) / 1000.0);
            m.put("maxMs", max() / 1000.0);
        }
        return m;
    }
}
