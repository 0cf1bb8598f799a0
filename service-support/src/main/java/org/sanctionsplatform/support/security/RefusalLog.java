package org.sanctionsplatform.support.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every refused attempt (issue 9.3): 401 no valid token and 403 a role that does not allow it (WARN), 409 refused
 * by the procedure (INFO). One line each with the method, path, principal ({@code sub}, or anonymous) and request id
 * ({@link RequestIds}); never a body, a token or anything of the case, so the log carries no personal data of it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RefusalLog implements io.micronaut.core.order.Ordered {

    private static final Logger LOG = LoggerFactory.getLogger("org.sanctionsplatform.security.refused");

    @ResponseFilter
    void logRefusal(HttpRequest<?> request, HttpResponse<?> response) {
        int status = response.code();
        if (status == 401 || status == 403 || status == 409) {
            String principal = request.getUserPrincipal().map(Principal::getName).orElse("anonymous");
            String format = "refused {} {} {} principal={} request={}";
            Object[] args = {status, request.getMethodName(), request.getPath(), principal, RequestIds.of(request)};
            if (status == 409) {
                // refused by the procedure: part of ordinary casework, not a security event
                LOG.info(format, args);
            } else {
                LOG.warn(format, args);
            }
        }
    }

    /** Outside the security filter, so that its refusals pass through here. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
