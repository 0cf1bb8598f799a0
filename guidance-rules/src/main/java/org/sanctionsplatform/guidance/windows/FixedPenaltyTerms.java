package org.sanctionsplatform.guidance.windows;

/** How a window runs in a fixed monetary penalty case (the "fixed-penalty length" column of DESIGN §4). */
public sealed interface FixedPenaltyTerms {

    /** The fixed-penalty process otherwise mirrors the full one (§13.3): same length, same section. */
    Unchanged UNCHANGED = new Unchanged();

    static Halved halved(WindowLength length) {
        return new Halved(length, "13.3");
    }

    static NotApplicable notApplicable(String reason) {
        return new NotApplicable(reason);
    }

    record Unchanged() implements FixedPenaltyTerms {
    }

    /** §13.3: "timeframes for representations and a review will be halved". */
    record Halved(WindowLength length, String guidanceSection) implements FixedPenaltyTerms {
    }

    /** The window does not run in a fixed-penalty case. */
    record NotApplicable(String reason) implements FixedPenaltyTerms {
    }
}
