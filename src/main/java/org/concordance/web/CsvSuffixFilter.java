package org.concordance.web;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

/** {@code /api/positions.csv} is {@code /api/positions} with {@code Accept: text/csv}: a link a spreadsheet can open. */
@Provider
@PreMatching
public class CsvSuffixFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.contains("/api/") && path.endsWith(".csv")) {
            URI uri = request.getUriInfo().getRequestUri();
            String raw = uri.getRawPath();
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(raw.substring(0, raw.length() - 4)).build());
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, "text/csv");
        }
    }
}
