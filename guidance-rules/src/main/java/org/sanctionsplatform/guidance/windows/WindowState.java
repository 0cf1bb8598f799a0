package org.sanctionsplatform.guidance.windows;

/** Where a window stands. Only an open window changes; MET and CANCELLED are final, EXPIRED nearly (see there). */
public enum WindowState {
    OPEN,
    /** Its milestone was recorded on or before the due date. */
    MET,
    /**
     * The due instant passed with the window open (set when its expiry timer fires). Final, except that the
     * milestone meeting it, recorded late but dated on or before the due date, still turns it MET, and that a
     * window recomputed under other terms (CaseWindows#recomputeUnder) is CANCELLED and replaced.
     */
    EXPIRED,
    /** It no longer runs: the case closed or the milestone that opened it was corrected. */
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
