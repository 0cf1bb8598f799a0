package org.sanctionsplatform.support.security;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;

/**
 * Remembers the bearer tokens micronaut-security has already verified, so that a caller who sends the same token
 * with every request (as OAuth 2.0 clients do for the token's lifetime) pays for its parsing, RSA signature check and
 * claims validation once, not on every request. Measured with the pipeline harness (docs/BENCHMARKS.md): verifying on
 * every request cost intake several milliseconds of CPU per request on the event loop.
 *
 * <p>It sits in front of micronaut-security-jwt's own validator (it is the first {@link TokenValidator}, and the one
 * that validates an unknown token is micronaut-security's, through {@link ReactiveJsonWebTokenValidator}): only a
 * token that validator accepted is remembered, keyed by the whole token text (signature included, so no other token
 * can match it), and only until the earlier of its {@code exp} claim and {@code sep.security.token-cache.max-age}
 * (default 60 s). A token the validator refuses is never remembered. The cache holds at most
 * {@code sep.security.token-cache.max-entries} tokens (default 10,000); when full it forgets the expired ones, and
 * if none has expired, all of them. {@code sep.security.token-cache.enabled=false} turns it off.
 *
 * <p>Token lifetimes are real time, not the service's business clock (which tests and replays may move): the
 * identity provider's {@code exp} is compared with the system clock, as micronaut-security's own expiry check does.
 */
@Singleton
@Requires(property = "micronaut.security.enabled", notEquals = "false")
@Requires(property = "sep.security.token-cache.enabled", notEquals = "false")
public class VerifiedTokens implements TokenValidator<HttpRequest<?>> {

    private final BeanProvider<ReactiveJsonWebTokenValidator<?, HttpRequest<?>>> verifier;
    private final Clock realTime;
    private final Duration maxAge;
    private final int maxEntries;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public VerifiedTokens(BeanProvider<ReactiveJsonWebTokenValidator<?, HttpRequest<?>>> verifier,
                          @Value("${sep.security.token-cache.max-age:60s}") Duration maxAge,
                          @Value("${sep.security.token-cache.max-entries:10000}") int maxEntries) {
        this(verifier, Clock.systemUTC(), maxAge, maxEntries);
    }

    VerifiedTokens(BeanProvider<ReactiveJsonWebTokenValidator<?, HttpRequest<?>>> verifier, Clock realTime,
                   Duration maxAge, int maxEntries) {
        if (maxAge.isNegative() || maxAge.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("sep.security.token-cache.max-age and max-entries must be positive, not "
                    + maxAge + " and " + maxEntries);
        }
        this.verifier = verifier;
        this.realTime = realTime;
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Instant now = realTime.instant();
        Remembered known = remembered.get(token);
        if (known != null) {
            if (now.isBefore(known.until())) {
                return Publishers.just(known.authentication());
            }
            remembered.remove(token, known);
        }
        return Publishers.map(verifier.get().validateToken(token, request), authentication -> {
            remember(token, authentication, now);
            return authentication;
        });
    }

    private void remember(String token, Authentication authentication, Instant verifiedAt) {
        Instant until = verifiedAt.plus(maxAge);
        Instant expires = expiryOf(authentication);
        if (expires != null && expires.isBefore(until)) {
            until = expires;
        }
        if (!verifiedAt.isBefore(until)) {
            return;
        }
        if (remembered.size() >= maxEntries) {
            remembered.values().removeIf(r -> !verifiedAt.isBefore(r.until()));
            if (remembered.size() >= maxEntries) {
                remembered.clear();
            }
        }
        remembered.put(token, new Remembered(authentication, until));
    }

    /** The token's {@code exp} claim as micronaut-security put it on the authentication's attributes. */
    private static Instant expiryOf(Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    /** How many verified tokens are remembered now. */
    public int size() {
        return remembered.size();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private record Remembered(Authentication authentication, Instant until) {
    }
}
