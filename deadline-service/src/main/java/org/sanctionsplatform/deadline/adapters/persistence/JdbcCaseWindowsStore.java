package org.sanctionsplatform.deadline.adapters.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.application.CaseWindowsStore;
import org.sanctionsplatform.guidance.windows.CaseEvent;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.CaseWindows;
import org.sanctionsplatform.guidance.windows.ExtensionDecision;
import org.sanctionsplatform.guidance.windows.Procedure;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowLength;
import org.sanctionsplatform.guidance.windows.WindowState;
import org.sanctionsplatform.deadline.domain.Worklist;

/** Keeps cases and windows in {@code deadline_case} and {@code deadline_window}. */
@Singleton
class JdbcCaseWindowsStore implements CaseWindowsStore {

    private final CaseRepository cases;
    private final WindowRepository windows;
    private final ExtensionRepository extensions;
    private final AssessedTermsRepository assessedTerms;
    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcCaseWindowsStore(CaseRepository cases, WindowRepository windows, ExtensionRepository extensions,
                         AssessedTermsRepository assessedTerms, JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.windows = windows;
        this.extensions = extensions;
        this.assessedTerms = assessedTerms;
        this.clock = clock;
    }

    @Override
    public Optional<CaseWindows> find(CaseId caseId) {
        return cases.findById(caseId.value()).map(row -> restore(caseId, row));
    }

    @Override
    public void lock(CaseId caseId) {
        // inserting a key another transaction has inserted and not yet committed waits for it (PostgreSQL, and H2
        // in its PostgreSQL mode), then does nothing; the select then holds the row until this transaction ends
        jdbc.prepareStatement("insert into deadline_case_lock (case_id) values (?) on conflict do nothing", ps -> {
            ps.setString(1, caseId.value());
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("select case_id from deadline_case_lock where case_id = ? for update", ps -> {
            ps.setString(1, caseId.value());
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("case " + caseId.value() + " has no lock row after inserting it");
                }
            }
            return null;
        });
    }

    private CaseWindows restore(CaseId caseId, CaseRow row) {
        Procedure procedure = Procedure.valueOf(row.procedureKind());
        Map<String, List<ExtensionDecision>> decisions = byWindow(extensions.findByCaseIdOrderByRecordedAt(row.caseId()));
        List<Window> caseWindows = windows.findByCaseId(row.caseId()).stream()
                .map(w -> toWindow(w, decisions))
                .toList();
        Procedure terms = row.windowTerms() == null ? procedure : Procedure.valueOf(row.windowTerms());
        return CaseWindows.restore(caseId, procedure, terms, Division.valueOf(row.division()), row.closedOn() != null,
                caseWindows);
    }

    @Override
    public List<Window> openWindowsDueBetween(LocalDate from, LocalDate to, Optional<Worklist.Position> after, int limit) {
        List<WindowRow> rows = after.isEmpty() ? windows.findOpenDueBetween(from, to, limit)
                : windows.findOpenDueBetweenAfter(from, to, after.get().dueAt(), after.get().windowId(), limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ExtensionDecision>> decisions = byWindow(
                extensions.findByWindowIdInOrderByRecordedAt(rows.stream().map(WindowRow::windowId).toList()));
        return rows.stream().map(w -> toWindow(w, decisions)).toList();
    }

    @Override
    public void create(CaseEvent.Opened opened) {
        cases.save(new CaseRow(opened.caseId().value(), opened.procedure().name(), opened.division().name(),
                opened.openedOn(), null, clock.instant(), opened.procedure().name()));
    }

    @Override
    public void store(List<WindowEvent> events) {
        Instant now = clock.instant();
        for (WindowEvent event : events) {
            Window w = event.window();
            if (event instanceof WindowEvent.Opened) {
                windows.save(new WindowRow(w.id().value(), w.caseId().value(), w.kind().name(),
                        w.subjectId().orElse(null), w.guidanceSection(), w.division().name(), w.startsOn(),
                        w.length().describe(), w.dueDate(), w.dueAt(), w.fixedPenaltyCase(), w.openedBy(),
                        w.state().name(), w.replaces().map(r -> "replaces " + r).orElse(null), now, now,
                        w.extendedBusinessDays(), w.replaces().map(WindowId::value).orElse(null),
                        w.metBy().orElse(null)));
                // a re-computed window keeps the extensions granted to the window it replaces
                w.extensions().forEach(decision -> saveDecision(w, decision, now));
            } else if (event instanceof WindowEvent.Met met) {
                windows.markMet(w.id().value(), met.metBy() + " on " + met.metOn(), w.metBy().orElseThrow(), now);
            } else if (event instanceof WindowEvent.Cancelled cancelled) {
                windows.changeState(w.id().value(), w.state().name(), cancelled.reason(), now);
            } else if (event instanceof WindowEvent.Extended extended) {
                windows.extend(w.id().value(), w.dueDate(), w.dueAt(), w.extendedBusinessDays(), now);
                saveDecision(w, extended.decision(), now);
            } else if (event instanceof WindowEvent.ExtensionRefused refused) {
                saveDecision(w, refused.decision(), now);
            }
        }
    }

    private void saveDecision(Window w, ExtensionDecision d, Instant now) {
        String id = UUID.nameUUIDFromBytes((w.id().value() + "|" + d.milestoneId()).getBytes(StandardCharsets.UTF_8))
                .toString();
        extensions.save(new ExtensionRow(id, w.id().value(), w.caseId().value(), d.milestoneId(), d.agreedOn(),
                d.requestedBusinessDays(), d.reason(), d.refusal().orElse(null), d.previousDueDate(), d.dueDate(), now));
    }

    @Override
    public void recordAssessedTerms(CaseId caseId, boolean halvedWindows, String assessmentEventId) {
        AssessedTermsRow row = new AssessedTermsRow(caseId.value(), halvedWindows, assessmentEventId, clock.instant());
        // the caller holds the case's lock: no concurrent writer for this row
        if (assessedTerms.existsById(caseId.value())) {
            assessedTerms.update(row);
        } else {
            assessedTerms.save(row);
        }
    }

    @Override
    public Optional<Boolean> assessedTerms(CaseId caseId) {
        return assessedTerms.findById(caseId.value()).map(AssessedTermsRow::halvedWindows);
    }

    @Override
    public void updateWindowTerms(CaseId caseId, Procedure terms) {
        cases.updateWindowTerms(caseId.value(), terms.name());
    }

    @Override
    public void markClosed(CaseEvent.Closed closure) {
        cases.markClosed(closure.caseId().value(), closure.closedOn());
    }

    private static Map<String, List<ExtensionDecision>> byWindow(List<ExtensionRow> rows) {
        Map<String, List<ExtensionDecision>> decisions = new HashMap<>();
        for (ExtensionRow r : rows) {
            decisions.computeIfAbsent(r.windowId(), k -> new ArrayList<>()).add(new ExtensionDecision(r.milestoneId(),
                    r.agreedOn(), r.requestedBusinessDays(), r.reason(), Optional.ofNullable(r.refusal()),
                    r.previousDueDate(), r.dueDate()));
        }
        return decisions;
    }

    private static Window toWindow(WindowRow row, Map<String, List<ExtensionDecision>> decisions) {
        WindowKind kind = WindowKind.valueOf(row.kind());
        // the length follows from the kind and the procedure it was opened under (the fixed-penalty flag says which)
        Procedure procedure = row.fixedPenaltyCase() ? Procedure.FIXED_MONETARY_PENALTY : Procedure.CIVIL_MONETARY_PENALTY;
        WindowLength length = kind.termsUnder(procedure)
                .orElseThrow(() -> new IllegalStateException("window " + row.windowId() + " of kind " + kind
                        + " does not run under " + procedure))
                .length();
        return new Window(new WindowId(row.windowId()), new CaseId(row.caseId()), kind,
                Optional.ofNullable(row.subjectId()), row.guidanceSection(), Division.valueOf(row.division()),
                row.startsOn(), length, row.dueDate(), row.dueAt(), row.fixedPenaltyCase(), row.openedBy(),
                WindowState.valueOf(row.state()), row.extendedBusinessDays(),
                Optional.ofNullable(row.replacesWindowId()).map(WindowId::new),
                decisions.getOrDefault(row.windowId(), List.of()), Optional.ofNullable(row.metBy()));
    }
}
