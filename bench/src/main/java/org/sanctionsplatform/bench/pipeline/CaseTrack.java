package org.sanctionsplatform.bench.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What the observers saw of one case on the four topics (by its record key, the case id), as wall-clock microseconds
 * when the observer received the record; 0 = not seen yet. The offered case it belongs to is attached when intake's
 * answer to POST /cases names the id, which may be after the first events arrived.
 */
final class CaseTrack {

    private CaseRun run;
    private long caseOpened;
    private String penaltyDecisionEventId;
    private long firstAssessed;
    private final List<String> assessedCausations = new ArrayList<>(6);
    private final List<Long> assessedAt = new ArrayList<>(6);
    private long representationsOpened;
    private long summaryDrafted;
    private int records;

    synchronized void attach(CaseRun run) {
        this.run = run;
    }

    synchronized CaseRun run() {
        return run;
    }

    synchronized void caseEvent(Object payload, String eventId, long at) {
        records++;
        if (payload instanceof org.sanctionsplatform.events.cases.CaseOpened && caseOpened == 0) {
            caseOpened = at;
        } else if (payload instanceof org.sanctionsplatform.events.cases.PenaltyDecisionRecorded && penaltyDecisionEventId == null) {
            penaltyDecisionEventId = eventId;
        }
    }

    synchronized void assessed(String causationId, long at) {
        records++;
        if (firstAssessed == 0) {
            firstAssessed = at;
        }
        assessedCausations.add(causationId);
        assessedAt.add(at);
    }

    synchronized void deadlineEvent(boolean representationsOpened, long at) {
        records++;
        if (representationsOpened && this.representationsOpened == 0) {
            this.representationsOpened = at;
        }
    }

    synchronized void publicationEvent(boolean drafted, long at) {
        records++;
        if (drafted && summaryDrafted == 0) {
            summaryDrafted = at;
        }
    }

    /** The stages of the journey, in order; index into {@link #stageTimes()}. */
    static final String[] STAGES = {"CaseOpened on case events", "CaseAssessed (first)",
            "DeadlineOpened REPRESENTATIONS", "CaseAssessed of the penalty decision", "PublicationDrafted"};

    /** The request whose answer each stage follows from (index into {@link CaseRun#STEPS}). */
    static final int[] CAUSING_STEP = {0, 0, 2, 3, 3};

    /** Receipt time of each stage (0 = not seen), in the order of {@link #STAGES}. */
    synchronized long[] stageTimes() {
        return new long[] {caseOpened, firstAssessed, representationsOpened, assessedOf(penaltyDecisionEventId), summaryDrafted};
    }

    private long assessedOf(String causationId) {
        if (causationId == null) {
            return 0;
        }
        for (int i = 0; i < assessedCausations.size(); i++) {
            if (causationId.equals(assessedCausations.get(i))) {
                return assessedAt.get(i);
            }
        }
        return 0;
    }

    /** When the last stage was seen, or 0 while any is missing. */
    synchronized long completedAt() {
        long last = 0;
        for (long t : stageTimes()) {
            if (t == 0) {
                return 0;
            }
            last = Math.max(last, t);
        }
        return last;
    }

    synchronized int records() {
        return records;
    }
}
