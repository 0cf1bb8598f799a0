package org.sanctionsplatform.guidance.windows;

import java.util.Optional;

/**
 * Whether, when and how far a window may be extended. {@link #refusal} is the rule: empty when the extension is
 * allowed, otherwise the reason it is refused (the window then keeps its due date).
 */
public sealed interface Extension {

    None NONE = new None();

    static OnRequest onRequest(String condition) {
        return new OnRequest(condition);
    }

    static UpTo upTo(WindowLength.BusinessDays most, String condition) {
        return new UpTo(most, condition);
    }

    /**
     * Why an extension of {@code request.businessDays()} more business days is refused for a window of
     * {@code kind} already extended by {@code alreadyExtended} business days; empty when it is allowed.
     */
    Optional<String> refusal(WindowKind kind, int alreadyExtended, ExtensionRequest request);

    /** Every extension must say by how much and, because it is granted on evidence or in exceptional circumstances, why. */
    private static Optional<String> incomplete(WindowKind kind, ExtensionRequest request, String condition) {
        if (request.businessDays().isEmpty() || request.businessDays().get() <= 0) {
            return Optional.of("an extension of the " + kind + " window must name a number of business days greater than 0");
        }
        if (request.reason().isEmpty()) {
            return Optional.of("an extension of the " + kind + " window is granted only with a recorded reason ("
                    + condition + ", §" + kind.guidanceSection() + "); none was given");
        }
        return Optional.empty();
    }

    /** The guidance provides no extension. */
    record None() implements Extension {
        @Override
        public Optional<String> refusal(WindowKind kind, int alreadyExtended, ExtensionRequest request) {
            return Optional.of("the guidance provides no extension of the " + kind + " window (§"
                    + kind.guidanceSection() + ")");
        }
    }

    /**
     * Extendable on request when the condition holds, for as long as agreed, with the reason recorded
     * (§7.1 representations and OFSI's response, §8.1 review request, §12.2 Disclosure representations).
     */
    record OnRequest(String condition) implements Extension {
        @Override
        public Optional<String> refusal(WindowKind kind, int alreadyExtended, ExtensionRequest request) {
            return incomplete(kind, request, condition);
        }
    }

    /**
     * Extendable when the condition holds by at most {@code most} in total, however many extensions make it up
     * (§6.9: settlement discussions "for no longer than an additional 10 business days").
     */
    record UpTo(WindowLength.BusinessDays most, String condition) implements Extension {
        @Override
        public Optional<String> refusal(WindowKind kind, int alreadyExtended, ExtensionRequest request) {
            Optional<String> incomplete = incomplete(kind, request, condition);
            if (incomplete.isPresent()) {
                return incomplete;
            }
            int total = alreadyExtended + request.businessDays().orElseThrow();
            if (total > most.days()) {
                return Optional.of("the " + kind + " window may be extended by at most " + most.describe()
                        + " in total (§" + kind.guidanceSection() + "); " + alreadyExtended + " already granted, "
                        + request.businessDays().orElseThrow() + " more would make " + total);
            }
            return Optional.empty();
        }
    }
}
