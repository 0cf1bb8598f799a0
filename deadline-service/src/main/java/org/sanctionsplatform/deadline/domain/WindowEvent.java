package org.sanctionsplatform.deadline.domain;

import java.time.LocalDate;

/** What happened to a window; each carries the window as it is afterwards. Published as deadline events. */
public sealed interface WindowEvent {

    Window window();

    record Opened(Window window) implements WindowEvent {
    }

    /** The milestone {@code metBy} (type and id) satisfied the window on {@code metOn}. */
    record Met(Window window, LocalDate metOn, String metBy) implements WindowEvent {
    }

    record Cancelled(Window window, String reason) implements WindowEvent {
    }
}
