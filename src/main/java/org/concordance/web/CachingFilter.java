package org.concordance.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;


/**
 * Conditional GET for the API and the pages: everything they serve is a function of the imported
 * corpus, so the ETag is a hash of the corpus version, the request URI, the representation and
 * the language asked for. Tagged answers are also what {@link ResponseCache} keeps.
 * A matching {@code If-None-Match} is answered 304 before the resource runs.
 */
@Provider
public class CachingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CACHE_CONTROL = "public, max-age=60";

    @Inject
    DataVersion corpus;

    static final String TAG = "concordance.etag";
    static final String VERSION = "concordance.version";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!cacheable(request)) {
            return;
        }
        // Computed once from the version served when the request starts; the response keeps the tag
        // only if that version is still the newest in the database when it is built (see below).
        DataVersion.Version version = corpus.current();
        if (version == null) {
            return;
        }
        String tag = etag(request, version.hash());
        request.setProperty(TAG, tag);
        request.setProperty(VERSION, version);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            request.abortWith(Response.notModified().header(HttpHeaders.ETAG, tag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, vary(request)).build());
        }
    }

    /** Whether an {@code If-None-Match} header names this tag (weakly compared, or {@code *}). */
    static boolean matches(String ifNoneMatch, String tag) {
        return ifNoneMatch != null && tag != null && (ifNoneMatch.strip().equals("*") || java.util.Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip).map(m -> m.startsWith("W/") ? m.substring(2) : m).anyMatch(tag::equals));
    }

    /** The API negotiates its format; a page also its language (without a language prefix, from Accept-Language). */
    private static String vary(ContainerRequestContext request) {
        return api(request) ? "Accept" : "Accept, Accept-Language";
    }

    private static boolean api(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/api/");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (cacheable(request) && response.getStatus() == 200) {
            Object tag = request.getProperty(TAG);
            Object version = request.getProperty(VERSION);
            response.getHeaders().putSingle(HttpHeaders.VARY, vary(request));
            if (tag != null && version instanceof DataVersion.Version v && newestInDatabase(corpus, v.importId())) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            } else {
                // Built while the corpus version switched: correct in itself, but no tag may vouch for it.
                response.getHeaders().remove(HttpHeaders.ETAG);
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        }
    }

    /**
     * The import the request started on is still the newest in the database after the answer is
     * built: then the request's one snapshot, taken in between, holds exactly that version, and
     * so did the search index (it switches before the version is published). Covers another
     * instance writing the same database too; ids only grow. One small query per cacheable answer.
     */
    private static boolean newestInDatabase(DataVersion corpus, long importId) {
        try {
            return corpus.isNewest(importId);
        } catch (RuntimeException e) {
            return false; // cannot vouch for the version: answer uncached
        }
    }

    /** GET and HEAD of the API and the pages; not the admin import, nor the operations endpoints under /q/. */
    private static boolean cacheable(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !path.startsWith("/api/admin") && !path.startsWith("/q/");
    }

    private static String etag(ContainerRequestContext request, String version) {
        // The whole Accept header: two headers that may negotiate different formats never share a tag.
        String accept = String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)).replace(" ", "");
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            // A page's language: its prefix (LanguageFilter's header), else Accept-Language.
            String language = String.valueOf(request.getHeaderString(org.concordance.site.LanguageFilter.HEADER));
            String acceptLanguage = String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            // The address without scheme and host: an answer does not depend on them (its links are root-relative).
            java.net.URI uri = request.getUriInfo().getRequestUri();
            String address = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            d.update((version + "\n" + address + "\n" + accept + "\n" + language
                    + "\n" + acceptLanguage).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(d.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
