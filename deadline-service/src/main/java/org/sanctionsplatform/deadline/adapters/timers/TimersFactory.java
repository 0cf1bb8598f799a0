package org.sanctionsplatform.deadline.adapters.timers;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.deadline.timers.ReminderPolicy;
import org.sanctionsplatform.deadline.timers.TimerSchedule;

/**
 * Wires the timer schedule: the division calendars the windows use (service-support's CalendarFactory), and the reminder offsets from
 * {@code sep.deadline.timers.reminder-offsets.default} (default {@code -5,-1,0,+1}) and, per window kind,
 * {@code sep.deadline.timers.reminder-offsets.<KIND>} (e.g. {@code ...reminder-offsets.REPRESENTATIONS: -10,-5,-1,0,+1}).
 */
@Factory
class TimersFactory {

    static final String OFFSETS = "sep.deadline.timers.reminder-offsets";

    @Singleton
    TimerSchedule timerSchedule(BusinessCalendars calendars, Environment environment) {
        return new TimerSchedule(calendars, reminderPolicy(environment));
    }

    static ReminderPolicy reminderPolicy(Environment environment) {
        List<Integer> defaults = offsets(environment, "default").orElse(ReminderPolicy.DEFAULT_OFFSETS);
        Map<WindowKind, List<Integer>> perKind = new EnumMap<>(WindowKind.class);
        for (WindowKind kind : WindowKind.values()) {
            offsets(environment, kind.name()).ifPresent(offsets -> perKind.put(kind, offsets));
        }
        return new ReminderPolicy(defaults, perKind);
    }

    private static Optional<List<Integer>> offsets(Environment environment, String key) {
        // the kind as written (REPRESENTATIONS) or in the kebab case environment variables arrive in
        for (String name : List.of(key, key.toLowerCase(Locale.ROOT).replace('_', '-'))) {
            String property = OFFSETS + "." + name;
            Optional<List<String>> values = environment.getProperty(property, Argument.listOf(String.class));
            if (values.isPresent()) {
                return Optional.of(ReminderPolicy.parseOffsets(property, values.get()));
            }
        }
        return Optional.empty();
    }
}
