package org.sanctionsplatform.guidance.windows;

import java.util.Optional;

/**
 * Whether, when and how far a window may be extended, as the guidance says it for that window. {@link #refusal} is the
 * rule: empty when the extension is allowed, otherwise the reason it is refused (the window then keeps its due date).
 * Every window of {@link WindowKind} names its extension rule with the words and section of the guidance it comes from,
 * and intake, assessment and deadline all decide an agreed extension by this one rule.
 */
public sealed interface Extension {

    /** The guidance provides no extension of the window, for the reason given (with its section). */
    static None none(String because) {
        return new None(because);
    }

    /** Extendable when {@code condition} holds, for as long as agreed, with the reason recorded (§{@code section}). */
    static OnRequest onRequest(String condition, String section) {
        return new OnRequest(condition, section);
    }

    /** Extendable when {@code condition} holds, by at most {@code most} in total (§{@code section}). */
    static UpTo upTo(WindowLength.BusinessDays most, String condition, String section) {
        return new UpTo(most, condition, section);
    }

    /** Whether OFSI can extend the window at all. */
    boolean allowed();

    /** The guidance's words for when and how the window may be extended, or why it may not. */
    String describe();

    /**
     * Why an extension of {@code request.businessDays()} more business days is refused for a window of
     * {@code kind} already extended by {@code alreadyExtended} business days; empty when it is allowed.
     */
    Optional<ExtensionRefusal> refusal(WindowKind kind, int alreadyExtended, ExtensionRequest request);

    /** Every extension must say by how much and, because it is granted on evidence or in exceptional circumstances, why. */
    private static Optional<ExtensionRefusal> incomplete(WindowKind kind, ExtensionRequest request, String condition,
                                                         String section) {
        if (request.businessDays().isEmpty() || request.businessDays().get() <= 0) {
            return Optional.of(new ExtensionRefusal(ExtensionRefusal.BUSINESS_DAYS, "an extension of the " + kind
                    + " window must name a number of business days greater than 0"));
        }
        if (request.reason().isEmpty()) {
            return Optional.of(new ExtensionRefusal(ExtensionRefusal.REASON, "an extension of the " + kind
                    + " window is granted only with a recorded reason (" + condition + ", §" + section + "); none was given"));
        }
        return Optional.empty();
    }

    /** The guidance provides no extension. */
    record None(String because) implements Extension {
        @Override
        public boolean allowed() {
            return false;
        }

        @Override
        public String describe() {
            return "not extendable: " + because;
        }

        @Override
        public Optional<ExtensionRefusal> refusal(WindowKind kind, int alreadyExtended, ExtensionRequest request) {
            return Optional.of(new ExtensionRefusal(ExtensionRefusal.WINDOW_KIND,
                    "the " + kind + " window cannot be extended: " + because));
        }
    }

    /**
     * Extendable on request when the condition holds, for as long as agreed, with the reason recorded (§4.3 EAS request,
     * §4.6 the EAS deadlines, §7.1 representations and OFSI's response, §8.1 review request, §8.2 review conclusion,
     * chapter 10 payment, §12.2 Disclosure representations).
     */
    record OnRequest(String condition, String section) implements Extension {
        @Override
        public boolean allowed() {
            return true;
        }

        @Override
        public String describe() {
            return "on request: " + condition + " (§" + section + ")";
        }

        @Override
        public Optional<ExtensionRefusal> refusal(WindowKind kind, int alreadyExtended, ExtensionRequest request) {
            return incomplete(kind, request, condition, section);
        }
    }

    /**
     * Extendable when the condition holds by at most {@code most} in total, however many extensions make it up
     * (§6.9: settlement discussions "for no longer than an additional 10 business days").
     */
    record UpTo(WindowLength.BusinessDays most, String condition, String section) implements Extension {
        @Override
        public boolean allowed() {
            return true;
        }

        @Override
        public String describe() {
            return condition + ", by at most " + most.describe() + " in total (§" + section + ")";
        }

        @Override
        public Optional<ExtensionRefusal> refusal(WindowKind kind, int alreadyExtended, ExtensionRequest request) {
            Optional<ExtensionRefusal> incomplete = incomplete(kind, request, condition, section);
            if (incomplete.isPresent()) {
                return incomplete;
            }
            int total = alreadyExtended + request.businessDays().orElseThrow();
            if (total > most.days()) {
                return Optional.of(new ExtensionRefusal(ExtensionRefusal.BUSINESS_DAYS, "the " + kind
                        + " window may be extended by at most " + most.describe() + " in total (§" + section + "); "
                        + alreadyExtended + " already granted, " + request.businessDays().orElseThrow()
                        + " more would make " + total));
            }
            return Optional.empty();
        }
    }
}
