package org.sanctionsplatform.guidance.penalty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One person may receive more than one penalty in one case: the published Standard Chartered outcome imposed two
 * penalties on one bank, one for each regulation breached (£7,693,233.50 and £12,778,576.33). A penalty decision may
 * therefore name the {@code component} it decides; a decision without one is the person's single penalty.
 *
 * <ul>
 * <li>The latest decision per (person, component) counts: the latest decided, the later recorded on the same day.</li>
 * <li>A person's penalty is either one penalty or named components, never both: a decision without a component
 * beside named ones would silently add a further penalty.</li>
 * </ul>
 */
public final class PenaltyComponents {

    /** Components in a stable order: the single (unnamed) penalty first, then by name. */
    public static final Comparator<String> ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    private PenaltyComponents() {
    }

    /**
     * The decisions in force, from the decisions in the order they were recorded: per (person, component) the latest
     * decided, the later recorded on the same day. Returned per person in first-recorded order, components in
     * {@link #ORDER}.
     */
    public static <T> List<T> inForce(List<T> recorded, Function<T, String> person, Function<T, String> component,
                                      Function<T, LocalDate> decidedOn) {
        Map<String, Map<Optional<String>, T>> byPerson = new LinkedHashMap<>();
        for (T decision : recorded) {
            Map<Optional<String>, T> components = byPerson.computeIfAbsent(person.apply(decision),
                    p -> new LinkedHashMap<>());
            Optional<String> key = Optional.ofNullable(component.apply(decision));
            T current = components.get(key);
            if (current == null || !decidedOn.apply(decision).isBefore(decidedOn.apply(current))) {
                components.put(key, decision);
            }
        }
        List<T> inForce = new ArrayList<>();
        for (Map<Optional<String>, T> components : byPerson.values()) {
            List<T> ordered = new ArrayList<>(components.values());
            ordered.sort(Comparator.comparing(component, ORDER));
            inForce.addAll(ordered);
        }
        return inForce;
    }

    /**
     * Why a decision for {@code component} cannot join the person's earlier decisions with {@code existingComponents}
     * (null stands for the unnamed single penalty); empty when it can.
     */
    public static Optional<String> conflict(String component, List<String> existingComponents) {
        boolean unnamedBefore = existingComponents.stream().anyMatch(Objects::isNull);
        boolean namedBefore = existingComponents.stream().anyMatch(Objects::nonNull);
        if (component == null && namedBefore) {
            return Optional.of("is required: this subject's penalty is decided in named components, so a decision"
                    + " without one would add a further penalty; name the component it decides");
        }
        if (component != null && unnamedBefore) {
            return Optional.of("cannot be added: this subject already has a single penalty decided without a"
                    + " component; a person's penalty is either one penalty or named components");
        }
        return Optional.empty();
    }

    /** " (component X)" for a named component, "" for the single penalty: how explanations name the penalty. */
    public static String label(String component) {
        return component == null ? "" : " (" + component + ")";
    }
}
