package org.concordance.site;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

/**
 * The language switch lives in the path, so it is kept in every link and a static snapshot can
 * hold both languages as files: {@code /zh/measures/x} is {@code /measures/x} in Chinese,
 * {@code /en/...} in English; without a prefix the page follows {@code Accept-Language}.
 * The choice travels to the page resources in the {@value #HEADER} header.
 */
@Provider
@PreMatching
public class LanguageFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Concordance-Language";

    @Override
    public void filter(ContainerRequestContext request) {
        // The raw (still encoded) path: decoding it here and writing it back would decode it twice.
        String raw = request.getUriInfo().getRequestUri().getRawPath();
        String baseRaw = request.getUriInfo().getBaseUri().getRawPath();
        String relative = raw.startsWith(baseRaw) ? raw.substring(baseRaw.length()) : raw.replaceFirst("^/", "");
        request.getHeaders().remove(HEADER);
        for (Language l : Language.values()) {
            if (relative.equals(l.code()) || relative.startsWith(l.code() + "/")) {
                String base = baseRaw;
                String rest = relative.length() > l.code().length() ? relative.substring(l.code().length() + 1) : "";
                if (rest.equals("api") || rest.startsWith("api/") || rest.equals("q") || rest.startsWith("q/")) {
                    return; // the API and the operations endpoints have no language: /zh/api/... does not exist
                }
                request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                        .replacePath((base.endsWith("/") ? base : base + "/") + rest).build());
                request.getHeaders().putSingle(HEADER, l.code());
                return;
            }
        }
    }
}
