package org.sanctionsplatform.deadline.domain;

/** Where a window stands. Only an open window changes; the other states are final. */
public enum WindowState {
    OPEN,
    /** Its milestone was recorded on or before the due date. */
    MET,
    /** The due instant passed with the window open. */
    EXPIRED,
    /** It no longer runs: the case closed or the milestone that opened it was corrected. */
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
