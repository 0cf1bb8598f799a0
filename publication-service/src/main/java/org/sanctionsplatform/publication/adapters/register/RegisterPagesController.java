package org.sanctionsplatform.publication.adapters.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.sanctionsplatform.publication.application.RegisterReader;
import org.sanctionsplatform.publication.domain.RegisteredPublication;
import org.sanctionsplatform.support.problem.ProblemException;

/**
 * The public register as server-rendered pages (issue 10 item 7): an index of released publications, newest first,
 * with the JSON's filters as a plain form, a page per publication, and an Atom feed of new and amended publications
 * so that compliance teams can subscribe. Plain semantic HTML, no script, readable on a phone; anonymous (DESIGN §8).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class RegisterPagesController {

    /** How many of the latest changes the feed carries. */
    static final int FEED_ENTRIES = 50;

    private final RegisterReader register;
    private final AtomFeed feed;
    private final ThymeleafViewsRenderer<Map<String, Object>> views;

    RegisterPagesController(RegisterReader register, AtomFeed feed, ThymeleafViewsRenderer<Map<String, Object>> views) {
        this.register = register;
        this.feed = feed;
        this.views = views;
    }

    @Get(RegisterLinks.INDEX)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> index(HttpRequest<?> request, @Nullable @QueryValue String kind,
                               @Nullable @QueryValue String regime, @Nullable @QueryValue String year,
                               @Nullable @QueryValue String page, @Nullable @QueryValue String size) {
        return page("register/index", Map.of("register",
                RegisterViews.index(register.find(RegisterQueries.parse(kind, regime, year, page, size)))), request);
    }

    @Get(RegisterLinks.PAGES + "/{publicationId}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> publication(HttpRequest<?> request, String publicationId) {
        Optional<RegisteredPublication> publication = RegisterQueries.plausibleId(publicationId)
                ? register.publication(publicationId) : Optional.empty();
        return page("register/publication", Map.of("publication", RegisterViews.page(publication.orElseThrow(
                () -> ProblemException.notFound("That publication is not on the register.")))), request);
    }

    /**
     * Renders the page completely before answering (not micronaut-views' {@code @View}, which renders while writing
     * the response): a template that fails then fails the request with a 500 problem, instead of leaving the
     * connection open with nothing written (found by RegisterHttpTest).
     */
    private HttpResponse<String> page(String template, Map<String, Object> model, HttpRequest<?> request) {
        StringWriter html = new StringWriter();
        try {
            views.render(template, model, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
        return HttpResponse.ok(html.toString()).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=UTF-8");
    }

    @Get(RegisterLinks.FEED)
    @Produces(AtomFeed.MEDIA_TYPE)
    HttpResponse<String> feed() {
        return HttpResponse.ok(feed.write(register.latestChanges(FEED_ENTRIES)))
                .contentType(AtomFeed.MEDIA_TYPE);
    }
}
