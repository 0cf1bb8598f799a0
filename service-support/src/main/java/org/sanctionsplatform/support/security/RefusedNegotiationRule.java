package org.sanctionsplatform.support.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteMatch;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Security before content negotiation (issue 9.6). When routes exist for a request's method and path but the router
 * matched none of them, because none produces what its {@code Accept} header asks for (406) or consumes its
 * {@code Content-Type} (415), no route's {@code @Secured} is consulted and, with {@code reject-not-found: false}, the
 * refusal would reach an anonymous caller as 406: it told them the route exists and what it speaks, before asking who
 * they are. This rule decides such a request as the routes' own {@code @Secured} would: a caller without a valid token
 * is refused (401), one whose roles none of the routes allows too (403); only a caller the routes allow gets the
 * router's 406 or 415. A route open to anonymous callers (a health probe) leaves the router's answer as it is. A request
 * that did match a route, or whose path and method match none (404, 405), is not this rule's to decide. A sensitive
 * management endpoint (no {@code @Secured}; {@link OperatorEndpointRule} guards it) is decided as that rule would:
 * operators only; the health probes (not sensitive) keep the router's answer.
 */
@Singleton
public class RefusedNegotiationRule implements SecurityRule<HttpRequest<?>> {

    /** After the rules of matched routes; it decides only what they leave UNKNOWN. */
    public static final int ORDER = 0;

    private final Router router;
    private final EndpointSensitivityProcessor endpoints;

    public RefusedNegotiationRule(Router router, EndpointSensitivityProcessor endpoints) {
        this.router = router;
        this.endpoints = endpoints;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (RouteAttributes.getRouteMatch(request).isPresent()) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        List<UriRouteMatch<Object, Object>> matching =
                router.<Object, Object>find(request.getMethod(), request.getPath(), request).toList();
        if (matching.isEmpty()) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        // the route the router would have chosen is among the most specific templates (/widgets/operators-only before
        // /widgets/{id}): the fewest variables
        int fewest = matching.stream().mapToInt(RefusedNegotiationRule::variables).min().orElseThrow();
        List<UriRouteMatch<Object, Object>> candidates = matching.stream().filter(m -> variables(m) == fewest).toList();
        boolean allowed = false;
        for (UriRouteMatch<Object, Object> candidate : candidates) {
            // read as micronaut-security's SecuredAnnotationRule reads it: the method's @Secured before its class's
            Optional<String[]> secured = candidate.getValue(Secured.class, String[].class);
            List<String> rules = secured.map(Arrays::asList).orElse(List.of());
            if (secured.isEmpty() && sensitiveEndpoint(candidate)) {
                // a sensitive management endpoint (e.g. /prometheus): OperatorEndpointRule's rule, operators only
                rules = List.of(Roles.OPERATOR);
                secured = Optional.of(new String[] {Roles.OPERATOR});
            }
            if (secured.isEmpty() || rules.contains(SecurityRule.IS_ANONYMOUS)) {
                // open to anybody (@Secured(IS_ANONYMOUS)), or guarded by another rule (a management endpoint: the
                // health probes are anonymous): the router's refusal stands
                return Publishers.just(SecurityRuleResult.UNKNOWN);
            }
            if (authentication != null && (rules.contains(SecurityRule.IS_AUTHENTICATED)
                    || authentication.getRoles().stream().anyMatch(rules::contains))) {
                allowed = true;
            }
        }
        return Publishers.just(allowed ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    private boolean sensitiveEndpoint(UriRouteMatch<Object, Object> candidate) {
        return Boolean.TRUE.equals(endpoints.getEndpointMethods().get(candidate.getExecutableMethod()));
    }

    private static int variables(UriRouteMatch<?, ?> match) {
        return match.getRouteInfo().getUriMatchTemplate().getVariableNames().size();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
