package org.sanctionsplatform.deadline.application;

import org.sanctionsplatform.guidance.windows.CaseId;

/**
 * A milestone arrived for a case whose CaseOpened the service never saw, so it knows neither the procedure
 * nor the calendar division. Every event of a case travels on one partition behind its CaseOpened, so this
 * means a lost or misrouted event: the record is retried and then dead-lettered with this reason.
 */
public class CaseNotOpenedException extends RuntimeException {

    public CaseNotOpenedException(CaseId caseId, String what) {
        super(what + " for case " + caseId + ", whose CaseOpened deadline-service has not seen");
    }
}
