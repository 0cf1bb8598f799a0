package org.sanctionsplatform.support.security;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.support.problem.FieldViolation;
import org.sanctionsplatform.support.problem.ProblemException;

/**
 * Who is making a request, as the identity provider vouches for it in the token: the subject ({@code sub}, stable
 * and unique at the provider), the display name (the {@code sep.security.name-claim} claim, default {@code name};
 * the subject when absent) and the roles. Whoever performed an action is recorded from here, never from a body.
 *
 * <p>{@link #UNVERIFIED} stands for every caller when security is turned off ({@code sep.security.enabled=false}, a
 * local experiment only): no role is checked and names in bodies are taken as given.
 */
public record Caller(String subject, String name, List<String> roles, boolean verified) {

    public static final Caller UNVERIFIED = new Caller("anonymous", "anonymous", List.of(), false);

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }

    public boolean has(String role) {
        return !verified || roles.contains(role);
    }

    /** The caller's roles among {@code candidates}, in that order: the role an action was taken in. */
    public String actingRole(String... candidates) {
        for (String candidate : candidates) {
            if (roles.contains(candidate)) {
                return candidate;
            }
        }
        return verified ? String.join(",", roles) : "none (security off)";
    }

    /**
     * Refuses (403, nothing changes) when an action that a route allows to several roles needs {@code role} for
     * what this body asks, e.g. a departure from the indicative level is the decision maker's.
     */
    public void require(String role, String what) {
        if (!has(role)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, what + " needs the " + role + " role; nothing was changed.",
                    List.of());
        }
    }

    /**
     * The person a body field names as having done the action ({@code assessedBy}, {@code decisionMaker}): absent, it
     * is the caller; the caller's subject or name, it is the caller; anybody else is refused (400 naming the field),
     * because nobody records an action in another person's name.
     */
    public String actingPerson(String field, String given) {
        ActingPerson acting = actingPersonOf(field, given);
        if (acting.violation().isPresent()) {
            throw ProblemException.invalid(List.of(acting.violation().get()));
        }
        return acting.person();
    }

    /**
     * As {@link #actingPerson}, without throwing: a body naming somebody else yields the caller together with the
     * violation, so that a controller reports it in ONE 400 with every other problem of the body (a bad number, an
     * unknown symbol) instead of only the name.
     */
    public ActingPerson actingPersonOf(String field, String given) {
        if (!verified) {
            return new ActingPerson(given, Optional.empty());
        }
        if (given == null || given.isBlank() || given.equals(subject) || given.equals(name)) {
            return new ActingPerson(name, Optional.empty());
        }
        return new ActingPerson(name, Optional.of(new FieldViolation(field, "must be left out or name you, the "
                + "signed-in caller: who performed an action is taken from the access token, not from the request")));
    }

    /** Who performed the action (the caller when verified) and, when the body named somebody else, why it is refused. */
    public record ActingPerson(String person, Optional<FieldViolation> violation) {
        public ActingPerson {
            Objects.requireNonNull(violation, "violation");
        }
    }
}
