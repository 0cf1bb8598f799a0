package org.sanctionsplatform.guidance.windows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The windows of one case while a change is applied to them: each policy reads the windows as they stand after the
 * policies before it, and records what it changes as {@link WindowEvent}s. A window keeps its place among the others
 * when it changes; a new one comes last. Not thread-safe: it lives for one change of one case.
 */
final class WindowChanges {

    private final Map<WindowId, Window> windows = new LinkedHashMap<>();
    private final List<WindowEvent> events = new ArrayList<>();

    WindowChanges(List<Window> before) {
        before.forEach(w -> windows.put(w.id(), w));
    }

    /** The windows as they stand now. */
    List<Window> windows() {
        return List.copyOf(windows.values());
    }

    /** Records what happened to a window; the window it carries is the window from now on. */
    void record(WindowEvent event) {
        events.add(event);
        windows.put(event.window().id(), event.window());
    }

    List<WindowEvent> events() {
        return List.copyOf(events);
    }
}
