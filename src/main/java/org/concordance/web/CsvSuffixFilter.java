package org.concordance.web;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code /api/positions.csv} is {@code /api/positions} with {@code Accept: text/csv}: a link a
 * spreadsheet can open. Not under {@code /api/download/}, whose files are named by their suffix.
 */
@Provider
@PreMatching
public class CsvSuffixFilter implements ContainerRequestFilter, jakarta.ws.rs.container.ContainerResponseFilter {

    static final String SUFFIXED = "concordance.csv-suffix";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.contains("/api/") && path.endsWith(".csv") && !path.contains("/api/download/")) {
            URI uri = request.getUriInfo().getRequestUri();
            String raw = uri.getRawPath();
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(raw.substring(0, raw.length() - 4)).build());
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, "text/csv");
            request.setProperty(SUFFIXED, Boolean.TRUE);
        }
    }

    /** Paging links of a {@code .csv} request keep the suffix, so a spreadsheet's "next" is CSV too. */
    @Override
    public void filter(ContainerRequestContext request, jakarta.ws.rs.container.ContainerResponseContext response) {
        if (request.getProperty(SUFFIXED) == null) {
            return;
        }
        java.util.List<Object> links = response.getHeaders().get("Link");
        if (links == null) {
            return;
        }
        java.util.List<Object> rewritten = new java.util.ArrayList<>();
        for (Object link : links) {
            rewritten.add(String.valueOf(link).replaceFirst("^<([^>?]*)(\\?[^>]*)?>", "<$1.csv$2>"));
        }
        response.getHeaders().put("Link", rewritten);
    }
}
