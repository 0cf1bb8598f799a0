package org.sanctionsplatform.guidance.windows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.calendar.Division;

/** Cases and milestones for domain tests, on the real UK bank-holiday calendars. */
final class CaseFixtures {

    static final CaseId CASE = new CaseId("case-1");
    static final BusinessCalendars CALENDARS = BusinessCalendars.standard();
    static final DueDates DUE_DATES = new DueDates(CALENDARS);

    private CaseFixtures() {
    }

    static CaseWindows aCivilPenaltyCase(Division division) {
        return CaseWindows.opened(new CaseEvent.Opened(CASE, Procedure.CIVIL_MONETARY_PENALTY, division, LocalDate.of(2026, 3, 2)));
    }

    static CaseWindows aCivilPenaltyCase() {
        return aCivilPenaltyCase(Division.ENGLAND_AND_WALES);
    }

    static CaseWindows aFixedPenaltyCase(Division division) {
        return CaseWindows.opened(new CaseEvent.Opened(CASE, Procedure.FIXED_MONETARY_PENALTY, division, LocalDate.of(2026, 3, 2)));
    }

    static CaseWindows aCase(Procedure procedure, Division division) {
        return CaseWindows.opened(new CaseEvent.Opened(CASE, procedure, division, LocalDate.of(2026, 1, 5)));
    }

    static MilestoneBuilder noticeOfIntention(String milestoneId, LocalDate on) {
        return new MilestoneBuilder(Milestone.NOTICE_OF_INTENTION, milestoneId, on);
    }

    static MilestoneBuilder milestone(Milestone milestone, String milestoneId, LocalDate on) {
        return new MilestoneBuilder(milestone, milestoneId, on);
    }

    /** WINDOW_EXTENSION_AGREED for the window kind, by that many business days, for the reason (may be null). */
    static MilestoneBuilder extensionAgreed(String milestoneId, LocalDate on, WindowKind kind, int businessDays,
                                            String reason) {
        return new MilestoneBuilder(Milestone.WINDOW_EXTENSION_AGREED, milestoneId, on)
                .extending(ExtensionRequest.of(kind, businessDays, reason));
    }

    static MilestoneBuilder representationsReceived(String milestoneId, LocalDate on) {
        return new MilestoneBuilder(Milestone.REPRESENTATIONS_RECEIVED, milestoneId, on);
    }

    static CaseEvent.Closed closure(LocalDate on) {
        return new CaseEvent.Closed(CASE, on, "WARNING_ISSUED");
    }

    /** Records the milestone and returns the case afterwards together with what happened. */
    static Recorded record(CaseWindows windows, MilestoneBuilder milestone) {
        List<WindowEvent> events = windows.record(milestone.build(), DUE_DATES);
        return new Recorded(windows.apply(events), events);
    }

    record Recorded(CaseWindows after, List<WindowEvent> events) {

        Window the(WindowKind kind) {
            List<Window> ofKind = after.windowsOfKind(kind).stream().filter(Window::isOpen).toList();
            if (ofKind.size() != 1) {
                throw new AssertionError("expected one open " + kind + " window, found " + after.windowsOfKind(kind));
            }
            return ofKind.get(0);
        }
    }

    static final class MilestoneBuilder {
        private final Milestone milestone;
        private final String milestoneId;
        private final LocalDate on;
        private Optional<String> subject = Optional.empty();
        private Optional<String> corrects = Optional.empty();
        private Optional<LocalDate> letterDate = Optional.empty();
        private ExtensionRequest extension = ExtensionRequest.NONE;

        MilestoneBuilder(Milestone milestone, String milestoneId, LocalDate on) {
            this.milestone = milestone;
            this.milestoneId = milestoneId;
            this.on = on;
        }

        MilestoneBuilder forSubject(String subjectId) {
            this.subject = Optional.of(subjectId);
            return this;
        }

        MilestoneBuilder correcting(String milestoneId) {
            this.corrects = Optional.of(milestoneId);
            return this;
        }

        MilestoneBuilder withDateInLetter(LocalDate date) {
            this.letterDate = Optional.of(date);
            return this;
        }

        MilestoneBuilder extending(ExtensionRequest request) {
            this.extension = request;
            return this;
        }

        CaseEvent.MilestoneRecorded build() {
            return new CaseEvent.MilestoneRecorded(CASE, milestoneId, milestone, on, subject, corrects, letterDate,
                    extension);
        }
    }

    static BusinessCalendar calendar(Division division) {
        return CALENDARS.of(division);
    }
}
