package org.sanctionsplatform.deadline.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsplatform.guidance.windows.ExtensionDecision;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowId;

/**
 * A window as {@code GET /cases/{id}/deadlines} shows it. {@code dueAt} is the UTC instant at which the due
 * day ends in Europe/London; {@code subjectId} is null for a case-wide window; {@code extendedBusinessDays} is
 * included in {@code dueDate}; {@code metBy} is the id of the milestone that met a MET window;
 * {@code replacesWindowId} names the window a corrected milestone replaced;
 * {@code extensions} lists every agreed extension, granted or refused (with the refusal).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WindowView(String windowId, String kind, String guidanceSection, @Nullable String subjectId,
                         LocalDate startsOn, String length, LocalDate dueDate, Instant dueAt, String division,
                         boolean fixedPenaltyCase, String state, @Nullable String metBy, int extendedBusinessDays,
                         @Nullable String replacesWindowId, List<ExtensionView> extensions) {

    static WindowView of(Window window) {
        return new WindowView(window.id().value(), window.kind().name(), window.guidanceSection(),
                window.subjectId().orElse(null), window.startsOn(), window.length().describe(), window.dueDate(),
                window.dueAt(), window.division().name(), window.fixedPenaltyCase(), window.state().name(),
                window.metBy().orElse(null), window.extendedBusinessDays(), window.replaces().map(WindowId::value).orElse(null),
                window.extensions().stream().map(ExtensionView::of).toList());
    }

    /** One agreed extension: {@code granted} false with the {@code refusal} when the guidance's rules refused it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExtensionView(String milestoneId, LocalDate agreedOn, int businessDays, String reason,
                                boolean granted, @Nullable String refusal, LocalDate previousDueDate,
                                LocalDate dueDate) {

        static ExtensionView of(ExtensionDecision d) {
            return new ExtensionView(d.milestoneId(), d.agreedOn(), d.requestedBusinessDays(), d.reason(), d.granted(),
                    d.refusal().orElse(null), d.previousDueDate(), d.dueDate());
        }
    }
}
