package org.sanctionsplatform.deadline.domain;

/** Whether, when and how far a window may be extended. */
public sealed interface Extension {

    None NONE = new None();

    static OnRequest onRequest(String condition) {
        return new OnRequest(condition);
    }

    static UpTo upTo(WindowLength.BusinessDays most, String condition) {
        return new UpTo(most, condition);
    }

    /** The guidance provides no extension. */
    record None() implements Extension {
    }

    /** Extendable on request when the condition holds, for as long as agreed (§7.1, §8.1, §12.2). */
    record OnRequest(String condition) implements Extension {
    }

    /** Extendable when the condition holds by at most this much (§6.9: no longer than 10 more business days). */
    record UpTo(WindowLength.BusinessDays most, String condition) implements Extension {
    }
}
