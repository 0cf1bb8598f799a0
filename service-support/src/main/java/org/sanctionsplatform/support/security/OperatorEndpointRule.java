package org.sanctionsplatform.support.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/**
 * A sensitive management endpoint (every one but the health probes) needs the {@link Roles#OPERATOR} role, not merely
 * a valid token: a case officer has no business reading the service's loggers or beans. The shared settings enable
 * none of them today; one a service enables later is guarded without more work.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
public class OperatorEndpointRule extends SensitiveEndpointRule {

    public OperatorEndpointRule(EndpointSensitivityProcessor endpointSensitivityProcessor) {
        super(endpointSensitivityProcessor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request,
                                                                        Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        return Publishers.just(authentication.getRoles().contains(Roles.OPERATOR)
                ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }
}
