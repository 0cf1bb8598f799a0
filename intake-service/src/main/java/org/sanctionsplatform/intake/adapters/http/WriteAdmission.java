package org.sanctionsplatform.intake.adapters.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sanctionsplatform.intake.adapters.kafka.DownstreamLag;
import org.sanctionsplatform.support.outbox.OutboxBacklog;
import org.sanctionsplatform.support.problem.ProblemException;
import org.sanctionsplatform.support.problem.ProblemExceptionHandler;

/**
 * Admission control of intake's writes (issue "Pipeline speed": overload degrades gracefully). A write is refused with
 * 503 and {@code Retry-After}, before anything of it is read from the database or written, when
 * {@code sep.intake.max-in-flight} writes (default 64) are already being handled, or when more than
 * {@code sep.intake.max-outbox-backlog} events (default 20,000) wait in the outbox to be published: past that, accepting
 * more only lengthens the time every case waits downstream, while the platform's throughput stays what it can sustain.
 *
 * <p>The same holds for the consumers downstream ({@link DownstreamLag}): while one of them is more than
 * {@code sep.intake.max-downstream-lag} events (default 1,000) behind, a <em>new case</em> is refused, so that the
 * platform first finishes the cases it has; a change to a case already open is still taken, up to twice that lag, so a
 * case under way is not left half-entered by a burst of new ones. {@code 0} turns the downstream check off.
 * Reads and health are never refused.
 *
 * <p>A refusal is answered here, not thrown: Micronaut's error path looks up the exception handler for every error
 * with a qualifier that has no {@code equals} ({@code ClosestTypeArgumentQualifier}, Micronaut 4.10), so its bean
 * cache never answers and each thrown refusal scanned the context's bean definitions. Profiled at 150 cases/s offered
 * (eighteenth session), that made a refused write cost intake more CPU than an accepted one, on the requests an
 * overloaded intake sends away to save its CPU. The answer is the same problem+json with {@code Retry-After}
 * ({@link ProblemExceptionHandler}).
 */
@Singleton
class WriteAdmission {

    private final int maxInFlight;
    private final long maxOutboxBacklog;
    private final Duration retryAfter;
    private final long maxDownstreamLag;
    private final OutboxBacklog backlog;
    private final DownstreamLag downstream;
    private final ProblemExceptionHandler problems;
    private final AtomicInteger inFlight = new AtomicInteger();

    WriteAdmission(OutboxBacklog backlog, DownstreamLag downstream, ProblemExceptionHandler problems,
                   @Value("${sep.intake.max-in-flight:64}") int maxInFlight,
                   @Value("${sep.intake.max-outbox-backlog:20000}") long maxOutboxBacklog,
                   @Value("${sep.intake.max-downstream-lag:1000}") long maxDownstreamLag,
                   @Value("${sep.intake.retry-after:1s}") Duration retryAfter) {
        if (maxInFlight < 1 || maxOutboxBacklog < 1 || maxDownstreamLag < 0 || retryAfter.isNegative()) {
            throw new IllegalArgumentException("sep.intake.max-in-flight and sep.intake.max-outbox-backlog must be at least 1, "
                    + "sep.intake.max-downstream-lag and sep.intake.retry-after not negative, not " + maxInFlight + ", "
                    + maxOutboxBacklog + ", " + maxDownstreamLag + ", " + retryAfter);
        }
        this.backlog = backlog;
        this.downstream = downstream;
        this.problems = problems;
        this.maxDownstreamLag = maxDownstreamLag;
        this.maxInFlight = maxInFlight;
        this.maxOutboxBacklog = maxOutboxBacklog;
        this.retryAfter = retryAfter;
    }

    /** Runs {@code open}, a new case, if intake can take it now; otherwise answers 503 without running it. */
    <T> HttpResponse<T> open(HttpRequest<?> request, Supplier<HttpResponse<T>> open) {
        return admit(request, open, maxDownstreamLag);
    }

    /** Runs {@code write}, a change to a case, if intake can take it now; otherwise answers 503 without running it. */
    <T> HttpResponse<T> write(HttpRequest<?> request, Supplier<HttpResponse<T>> write) {
        return admit(request, write, maxDownstreamLag > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * maxDownstreamLag);
    }

    private <T> HttpResponse<T> admit(HttpRequest<?> request, Supplier<HttpResponse<T>> write, long downstreamLimit) {
        int handling = inFlight.incrementAndGet();
        try {
            if (handling > maxInFlight) {
                return refuse(request, "Intake is handling as many changes as it takes at once; nothing was "
                        + "recorded. Send the request again after the time in Retry-After.");
            }
            if (backlog.pending() > maxOutboxBacklog) {
                return refuse(request, "Intake's recorded changes are waiting to be passed on to the other "
                        + "services; nothing was recorded. Send the request again after the time in Retry-After.");
            }
            if (maxDownstreamLag > 0 && downstream.behindBy(downstreamLimit).isPresent()) {
                return refuse(request, "The other services are still processing the changes already "
                        + "recorded; nothing was recorded. Send the request again after the time in Retry-After.");
            }
            return write.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** 503 with Retry-After, as problem+json: the body is the problem, whatever the route answers when it runs. */
    @SuppressWarnings("unchecked")
    private <T> HttpResponse<T> refuse(HttpRequest<?> request, String detail) {
        return (HttpResponse<T>) problems.handle(request, ProblemException.unavailable(detail, retryAfter));
    }
}
