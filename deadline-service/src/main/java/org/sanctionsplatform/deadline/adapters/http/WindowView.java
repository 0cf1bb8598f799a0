package org.sanctionsplatform.deadline.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.deadline.application.CaseWindowsStore;
import org.sanctionsplatform.guidance.windows.ExtensionDecision;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.support.audit.Actor;

/**
 * A window as {@code GET /cases/{id}/deadlines} shows it. {@code dueAt} is the UTC instant at which the due
 * day ends in Europe/London; {@code subjectId} is null for a case-wide window; {@code extendedBusinessDays} is
 * included in {@code dueDate}; {@code metBy} is the id of the milestone that met a MET window;
 * {@code replacesWindowId} names the window a corrected milestone replaced;
 * {@code extensions} lists every agreed extension, granted or refused (with the refusal).
 * Who caused what (issue 9.3), as the token of the person whose case event caused it named them (subject, name,
 * role): {@code openedByActor} recorded the milestone that opened the window; {@code stateChangedBy} caused its
 * current state (MET or CANCELLED; null while OPEN and when the clock EXPIRED it); each extension's {@code recordedBy}
 * recorded it. Null wherever the cause named nobody (an event from before the actor existed, or security off).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WindowView(String windowId, String kind, String guidanceSection, @Nullable String subjectId,
                         LocalDate startsOn, String length, LocalDate dueDate, Instant dueAt, String division,
                         boolean fixedPenaltyCase, String state, @Nullable String metBy, int extendedBusinessDays,
                         @Nullable String replacesWindowId, List<ExtensionView> extensions,
                         @Nullable Actor openedByActor, @Nullable Actor stateChangedBy) {

    static WindowView of(CaseDeadlines.AttributedWindow attributed) {
        Window window = attributed.window();
        CaseWindowsStore.WindowActors actors = attributed.actors();
        return new WindowView(window.id().value(), window.kind().name(), window.guidanceSection(),
                window.subjectId().orElse(null), window.startsOn(), window.length().describe(), window.dueDate(),
                window.dueAt(), window.division().name(), window.fixedPenaltyCase(), window.state().name(),
                window.metBy().orElse(null), window.extendedBusinessDays(), window.replaces().map(WindowId::value).orElse(null),
                window.extensions().stream()
                        .map(d -> ExtensionView.of(d, actors.extensionsByMilestone().get(d.milestoneId()))).toList(),
                actors.opening().orElse(null), actors.state().orElse(null));
    }

    /** One agreed extension: {@code granted} false with the {@code refusal} when the guidance's rules refused it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExtensionView(String milestoneId, LocalDate agreedOn, int businessDays, String reason,
                                boolean granted, @Nullable String refusal, LocalDate previousDueDate,
                                LocalDate dueDate, @Nullable Actor recordedBy) {

        static ExtensionView of(ExtensionDecision d, Actor recordedBy) {
            return new ExtensionView(d.milestoneId(), d.agreedOn(), d.requestedBusinessDays(), d.reason(), d.granted(),
                    d.refusal().orElse(null), d.previousDueDate(), d.dueDate(), recordedBy);
        }
    }
}
