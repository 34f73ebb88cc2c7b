package org.concordance.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Answers for lists: the page as body, the total and RFC 8288 {@code Link} headers to its neighbours. */
public final class Lists {

    private Lists() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        return ok(page, page.total(), page.page(), page.pages(), uri);
    }

    /** Any paged body: {@code X-Total-Count} and first/prev/next/last links. */
    public static Response ok(Object body, long total, int page, int pages, UriInfo uri) {
        Response.ResponseBuilder b = Response.ok(body).header("X-Total-Count", total);
        link(b, uri, 1, "first");
        if (page > 1) {
            link(b, uri, Math.min(page - 1, pages), "prev");
        }
        if (page < pages) {
            link(b, uri, page + 1, "next");
        }
        link(b, uri, pages, "last");
        return b.build();
    }

    private static void link(Response.ResponseBuilder b, UriInfo uri, int page, String rel) {
        // Root-relative (RFC 8288 resolves it against the request): the Host header never makes it into a cacheable answer.
        java.net.URI absolute = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        String relative = absolute.getRawPath() + (absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery());
        b.header("Link", "<" + relative + ">; rel=\"" + rel + "\"");
    }
}
