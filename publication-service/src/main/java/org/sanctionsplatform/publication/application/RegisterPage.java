package org.sanctionsplatform.publication.application;

import java.util.List;
import org.sanctionsplatform.publication.domain.RegisterQuery;
import org.sanctionsplatform.publication.domain.RegisteredPublication;

/** One page of the public register for a query, with the number of publications that match it. */
public record RegisterPage(RegisterQuery query, List<RegisteredPublication> items, long total) {

    public RegisterPage {
        items = List.copyOf(items);
    }

    public long pages() {
        return total == 0 ? 0 : (total + query.size() - 1) / query.size();
    }

    public boolean hasNext() {
        return query.page() < pages();
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }
}
