package org.sanctionsplatform.guidance.windows;

import java.time.LocalDate;

/** What happened to a window; each carries the window as it is afterwards. Published as deadline events. */
public sealed interface WindowEvent {

    Window window();

    record Opened(Window window) implements WindowEvent {
    }

    /** The milestone {@code metBy} (type and id) satisfied the window on {@code metOn}. */
    record Met(Window window, LocalDate metOn, String metBy) implements WindowEvent {
    }

    /**
     * The window was cancelled: the case closed, its milestone was corrected (a re-computed window that
     * {@link Window#replaces() replaces} it is opened in the same change), or it is no longer needed.
     */
    record Cancelled(Window window, String reason) implements WindowEvent {
    }

    /** An agreed extension moved the due date from {@code decision.previousDueDate()} to the window's new due date. */
    record Extended(Window window, ExtensionDecision decision) implements WindowEvent {
    }

    /**
     * An agreed extension was refused by the guidance's rules (the window is unchanged apart from the refusal on
     * its record). Not published on the topic: the milestone that asked for it is already there; the refusal is
     * logged and shown with the window. {@code field} names the part of the extension the refusal is about
     * ({@link ExtensionRefusal}).
     */
    record ExtensionRefused(Window window, ExtensionDecision decision, String field) implements WindowEvent {

        public ExtensionRefusal refusal() {
            return new ExtensionRefusal(field, decision.refusal().orElseThrow());
        }
    }
}
