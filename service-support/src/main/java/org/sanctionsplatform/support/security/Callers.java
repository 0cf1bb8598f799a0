package org.sanctionsplatform.support.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/** Turns the authentication micronaut-security made from the bearer token into a {@link Caller}. */
@Singleton
public class Callers {

    private final String nameClaim;

    public Callers(@Value("${sep.security.name-claim:name}") String nameClaim) {
        this.nameClaim = nameClaim;
    }

    /** The caller of a request; {@link Caller#UNVERIFIED} when security is off and there is no authentication. */
    public Caller of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Caller.UNVERIFIED;
        }
        Object name = authentication.getAttributes().get(nameClaim);
        String displayName = name instanceof String text && !text.isBlank() ? text : authentication.getName();
        return new Caller(authentication.getName(), displayName, authentication.getRoles().stream().sorted().toList(), true);
    }
}
