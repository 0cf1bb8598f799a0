package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The business days by which a window was validly extended, decided as the deadline service decides them, so that
 * the settlement discount and the settlement window the officer sees agree (§6.8–6.9, §7.1). Extensions are taken
 * in the order they were recorded: one that names no positive number of days, that would take the window past its
 * cap (settlement discussions: 10 business days in total), or that was agreed after the window had closed is
 * refused and changes nothing; a redelivered one counts once; a correction ({@code correctsMilestoneId}) stands in
 * place of the extension it corrects (the case file keeps only the correcting record).
 */
public final class AgreedExtensions {

    private AgreedExtensions() {
    }

    /**
     * @param milestones the case's milestones in the order they were recorded
     * @param windowKind the window's kind, e.g. {@link Milestone#SETTLEMENT_DISCUSSIONS}
     * @param subjectId  the subject whose window it is (case-wide extensions count for every subject)
     * @param start      the date the window runs from (the notice of intention)
     * @param baseDays   the window's length in business days before any extension
     * @param cap        the most business days of extension in total, or null when the guidance sets none
     */
    public static int grantedBusinessDays(List<Milestone> milestones, String windowKind, String subjectId,
                                          LocalDate start, int baseDays, Integer cap, CalendarDivision division,
                                          BusinessDays businessDays) {
        Map<String, Integer> granted = new HashMap<>();
        int total = 0;
        for (Milestone m : milestones) {
            if (!m.is(Milestone.WINDOW_EXTENSION_AGREED) || !windowKind.equals(m.windowKind()) || !m.concerns(subjectId)
                    || granted.containsKey(m.milestoneId())) {
                continue;
            }
            // the case file keeps only the correcting record; should the corrected one still be listed, its days
            // are taken back before the correction is decided
            Integer corrected = m.correctsMilestoneId() == null ? null : granted.get(m.correctsMilestoneId());
            int undo = corrected == null ? 0 : corrected;
            Integer days = m.extensionBusinessDays();
            LocalDate closes = businessDays.addBusinessDays(division, start, baseDays + total - undo);
            boolean refused = days == null || days <= 0
                    || (cap != null && total - undo + days > cap)
                    || m.occurredOn().isAfter(closes);
            if (refused) {
                granted.put(m.milestoneId(), 0);
                continue;
            }
            if (corrected != null) {
                granted.put(m.correctsMilestoneId(), 0);
            }
            granted.put(m.milestoneId(), days);
            total = total - undo + days;
        }
        return total;
    }
}
