package org.sanctionsplatform.deadline.timers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.sanctionsplatform.guidance.windows.WindowKind;

/**
 * Which reminders a window of each kind sends, as business-day offsets from its due date. DESIGN §4: by default
 * five business days before, one before, on the due day and one business day overdue (−5, −1, 0, +1); an operator
 * may configure other offsets per window kind.
 */
public final class ReminderPolicy {

    /** DESIGN §4's default reminders: 5 BD before, 1 BD before, on the due day, 1 BD overdue. */
    public static final List<Integer> DEFAULT_OFFSETS = List.of(-5, -1, 0, 1);

    /** Offsets further than this from the due date are refused as a configuration mistake. */
    static final int MAX_DISTANCE = 60;

    private final List<Integer> defaults;
    private final Map<WindowKind, List<Integer>> perKind;

    public ReminderPolicy(List<Integer> defaults, Map<WindowKind, List<Integer>> perKind) {
        this.defaults = normalised(defaults, "default");
        Map<WindowKind, List<Integer>> copy = new EnumMap<>(WindowKind.class);
        perKind.forEach((kind, offsets) -> copy.put(kind, normalised(offsets, kind.name())));
        this.perKind = Collections.unmodifiableMap(copy);
    }

    public static ReminderPolicy defaults() {
        return new ReminderPolicy(DEFAULT_OFFSETS, Map.of());
    }

    /** The offsets of a window kind, earliest first. */
    public List<Integer> offsetsFor(WindowKind kind) {
        return perKind.getOrDefault(kind, defaults);
    }

    /**
     * Parses a configured list of offsets, e.g. {@code ["-5", "-1", "0", "+1"]}; an empty list means no reminders.
     *
     * @throws IllegalArgumentException naming the property and the bad value
     */
    public static List<Integer> parseOffsets(String property, List<String> values) {
        List<Integer> offsets = new ArrayList<>();
        for (String value : values) {
            String trimmed = value.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                offsets.add(Integer.parseInt(trimmed));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(property + ": '" + trimmed
                        + "' is not a business-day offset from the due date (e.g. -5, -1, 0, +1)", e);
            }
        }
        return normalised(offsets, property);
    }

    private static List<Integer> normalised(List<Integer> offsets, String what) {
        Objects.requireNonNull(offsets, what);
        for (int offset : offsets) {
            if (Math.abs(offset) > MAX_DISTANCE) {
                throw new IllegalArgumentException(what + ": a reminder " + offset
                        + " business days from the due date is further than " + MAX_DISTANCE + " business days");
            }
        }
        return List.copyOf(new TreeSet<>(offsets));
    }

    @Override
    public String toString() {
        return "reminders " + defaults + (perKind.isEmpty() ? "" : ", per kind " + perKind);
    }
}
