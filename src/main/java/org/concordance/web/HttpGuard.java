package org.concordance.web;

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

    static final String BAD_ADDRESS = "{\"type\":\"https://www.rfc-editor.org/rfc/rfc9110#status.400\",\"title\":\"Bad request\","
            + "\"status\":400,\"detail\":\"The address cannot be read: a '%' must start an escape such as %20 "
            + "(write a literal % as %25).\"}";

    void install(@Observes Router router) {
        // Vert.x refuses an address it cannot decode before any route runs, as a failure of the
        // routing context; say why, as a problem detail, before the default handler sends an empty 400.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 400 && !ctx.response().ended()) {
                ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, ApiProblem.MEDIA_TYPE).end(BAD_ADDRESS);
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String uri = ctx.request().uri();
            if (uri != null && BAD_ESCAPE.matcher(uri).find()) {
                ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, ApiProblem.MEDIA_TYPE).end(BAD_ADDRESS);
                return;
            }
            String path = ctx.request().path();
            boolean swagger = path != null && path.startsWith("/q/swagger-ui");
            ctx.addHeadersEndHandler(v -> {
                var h = ctx.response().headers();
                if (!swagger) { // Swagger UI's own page runs inline script
                    h.set("Content-Security-Policy", CSP);
                }
                h.set("X-Content-Type-Options", "nosniff");
                h.set("Referrer-Policy", "strict-origin-when-cross-origin");
                h.set("X-Frame-Options", "DENY");
            });
            String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.isBlank()) {
                ctx.request().headers().remove(HttpHeaders.ACCEPT);
            }
            ctx.next();
        });
    }
}
