package org.concordance.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The first handler of every request, before the REST layer: what that layer would answer with an
 * empty 400 or fail on gets a problem detail instead. A percent sign that does not start an
 * escape ({@code %zz}) in the path or the query is a 400 naming the fault; an empty
 * {@code Accept} header is read as no header (any type), as RFC 9110 reads it. Every answer
 * carries the browser security headers.
 */
@ApplicationScoped
public class HttpGuard {

    /**
     * Every page is the application's own HTML, CSS and SVG: no script at all on the live site, no
     * inline style, nothing from elsewhere, never framed. The static snapshot carries the same
     * policy in a meta element, with its own two scripts allowed (see the snapshot exporter).
     */
    public static final String CSP = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    // Compiled once: every request runs these.
    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");
    private static final Pattern PREFIXED_API = Pattern.compile("/(en|zh)/api(/.*)?");
    private static final Pattern DOT_SEGMENT = Pattern.compile(".*/\\.{1,2}(/.*)?");

    /** A problem detail as JSON text: this handler runs before the REST layer and its serialisers. */
    static String problem(int status, String title, String detail) {
        return "{\"type\":\"https://www.rfc-editor.org/rfc/rfc9110#status." + status + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static final String BAD_ESCAPE_DETAIL = "The address cannot be read: a '%' must start an escape such as %20 "
            + "(write a literal % as %25).";
    static final String BAD_ADDRESS_DETAIL = "The address cannot be read: characters such as | { } ^ [ ] \" < > \\ ` and "
            + "spaces must be percent-encoded.";

    void install(@Observes Router router) {
        // Vert.x refuses an address it cannot decode before any route runs, as a failure of the
        // routing context; say why, as a problem detail, before the default handler sends an empty 400.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 400 && !ctx.response().ended()) {
                send(ctx, 400, problem(400, "Bad request", "The address cannot be read."));
            } else {
                ctx.next();
            }
        });
        // A request target no route can match ("*", "x"): the REST layer never sees it.
        router.errorHandler(404, ctx -> {
            if (!ctx.response().ended()) {
                send(ctx, 404, problem(404, "Not found", "No resource at this address."));
            }
        });
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> securityHeaders(ctx));
            String uri = ctx.request().uri();
            if (uri != null && BAD_ESCAPE.matcher(uri).find()) {
                send(ctx, 400, problem(400, "Bad request", BAD_ESCAPE_DETAIL));
                return;
            }
            try {
                URI parsed = new URI(uri);
                if (!uri.startsWith("/") && parsed.getScheme() == null) {
                    throw new URISyntaxException(uri, "neither a path nor an absolute address"); // "*", "x"
                }
            } catch (URISyntaxException | NullPointerException e) {
                send(ctx, 400, problem(400, "Bad request", BAD_ADDRESS_DETAIL));
                return;
            }
            if (!canonicalApiPath(ctx.request().uri(), normalizedPath(ctx))) {
                send(ctx, 404, problem(404, "Not found", "No resource at this address: the API has one spelling per "
                        + "resource (no language prefix, no dot segments, parameters, escapes, doubled or trailing slashes)."));
                return;
            }
            String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.isBlank()) {
                ctx.request().headers().remove(HttpHeaders.ACCEPT);
            }
            ctx.next();
        });
    }

    /**
     * An address that routes to the API (after Vert.x decodes and normalises it) must be written
     * exactly so: {@code /api/...} in origin form, without {@code ;}, percent-escapes, dot segments,
     * doubled or trailing slashes, or a language prefix. A proxy rule on {@code /api/admin/*} then
     * matches every request that reaches the admin endpoint. Other addresses pass.
     */
    static boolean canonicalApiPath(String uri, String normalized) {
        // Matrix parameters (";x") are dropped by the REST layer's matching: judge the path without them.
        String n = normalized == null ? "" : normalized.toLowerCase(Locale.ROOT);
        if (n.indexOf(';') >= 0) {
            n = MATRIX_PARAMETERS.matcher(n).replaceAll("");
        }
        boolean api = n.equals("/api") || n.startsWith("/api/") || PREFIXED_API.matcher(n).matches();
        if (!api) {
            return true;
        }
        int query = uri.indexOf('?');
        String raw = query < 0 ? uri : uri.substring(0, query);
        return raw.startsWith("/api/") && !raw.contains(";") && !raw.contains("%") && !raw.contains("//")
                && !raw.endsWith("/") && !DOT_SEGMENT.matcher(raw).matches() && raw.equals(normalized);
    }

    /** Vert.x's decoded, normalised path, or null when the address cannot be decoded. */
    private static String normalizedPath(io.vertx.ext.web.RoutingContext ctx) {
        try {
            return ctx.normalizedPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void send(io.vertx.ext.web.RoutingContext ctx, int status, String json) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, ApiProblem.MEDIA_TYPE).end(json);
    }

    private static void securityHeaders(io.vertx.ext.web.RoutingContext ctx) {
        var h = ctx.response().headers();
        String path = normalizedPath(ctx);
        if (path == null || !path.startsWith("/q/swagger-ui")) { // Swagger UI's own page runs inline script
            h.set("Content-Security-Policy", CSP);
        }
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "strict-origin-when-cross-origin");
        h.set("X-Frame-Options", "DENY");
    }
}
