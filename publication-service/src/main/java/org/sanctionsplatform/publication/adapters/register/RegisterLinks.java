package org.sanctionsplatform.publication.adapters.register;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.publication.domain.RegisterQuery;

/** The register's addresses: the pages, the feed and the JSON (docs/publication-register.md). */
final class RegisterLinks {

    static final String INDEX = "/register";
    static final String PAGES = "/register/publications";
    static final String FEED = "/register/feed";
    static final String JSON = "/api/register/publications";

    private RegisterLinks() {
    }

    static String page(String publicationId) {
        return PAGES + "/" + encode(publicationId);
    }

    /** The index for the query's filters at the given page. */
    static String index(RegisterQuery query, int page) {
        List<String> parameters = new ArrayList<>();
        if (query.kind() != null) {
            parameters.add("kind=" + encode(query.kind().name()));
        }
        if (query.regime() != null) {
            parameters.add("regime=" + encode(query.regime()));
        }
        if (query.year() != null) {
            parameters.add("year=" + query.year());
        }
        if (query.size() != RegisterQuery.DEFAULT_SIZE) {
            parameters.add("size=" + query.size());
        }
        if (page != 1) {
            parameters.add("page=" + page);
        }
        return parameters.isEmpty() ? INDEX : INDEX + "?" + String.join("&", parameters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
