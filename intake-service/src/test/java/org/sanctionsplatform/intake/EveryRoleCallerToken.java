package org.sanctionsplatform.intake;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * This module's tests call the service as a person who holds every role, with a token of the test identity provider
 * the service trusts (its properties come from {@code LocalIdentityProvider.shared().serviceProperties(..)}); a
 * request that already carries an {@code Authorization} header keeps it. Which role may do what is the role matrix
 * test's business (e2e-tests).
 */
@ClientFilter
class EveryRoleCallerToken {

    @RequestFilter
    void bearer(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            request.bearerAuth(LocalIdentityProvider.shared().token("CASE_OFFICER", "DECISION_MAKER",
                    "PUBLICATION_OFFICER", "AUDITOR", "OPERATOR"));
        }
    }
}
