package org.concordance.web;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as {@code application/problem+json}; nothing internal (stack traces, SQL,
 * class names) reaches a client: unexpected failures are logged and answered with a bare 500,
 * and a request that ran out of time with a 503 and {@code Retry-After}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @jakarta.inject.Inject
    Links links;

    @jakarta.inject.Inject
    DataVersion corpus;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if ((e.status == 404 || e.status == 400) && wantsPage()) {
            return page(e.status, e.getMessage());
        }
        return respond(new ApiProblem(type(e.status), e.title, e.status, e.getMessage(), path(), e.parameter, e.slug));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        if (wantsPage()) {
            return page(404, null);
        }
        String shown = org.concordance.Text.abbreviate(String.valueOf(path()));
        return respond(new ApiProblem(type(404), "Not found", 404, "No resource at " + shown, shown, null, null));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return respond(new ApiProblem(type(406), "Not acceptable", 406,
                "This resource is available as application/json" + (path().startsWith("/api/") ? " and, for lists and the matrix, text/csv" : "")
                        + "; the Accept header asked for neither.", path(), null, null));
    }

    /**
     * The public API and pages are read-only (GET and HEAD); the admin import takes POST. The
     * {@code Allow} header says so, as RFC 9110 requires of a 405.
     */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        String p = path();
        String allow = p != null && p.startsWith("/api/admin/") ? "POST" : "GET, HEAD";
        return Response.fromResponse(respond(new ApiProblem(type(405), "Method not allowed", 405,
                "This resource answers " + allow + ".", p, null, null))).header(jakarta.ws.rs.core.HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed: " + path(), e);
        }
        return respond(new ApiProblem(type(status), Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), status,
                status >= 500 ? "The server could not answer this request." : "The request could not be answered.", path(), null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (timedOut(e)) {
            // Not the request's fault and not a bug: the server ran out of time (a large import may
            // be writing). Say so, and when to try again, instead of an internal error.
            LOG.warnf("Request timed out: %s (%s)", path(), rootCause(e));
            return Response.fromResponse(respond(new ApiProblem(type(503), "Service unavailable", 503,
                    "The request took longer than the server allows (a large corpus import may be running); "
                            + "try again in a little while.", path(), null, null)))
                    .header(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure: " + path(), e);
        return respond(new ApiProblem(type(500), "Internal server error", 500,
                "The server could not answer this request; the failure has been logged.", path(), null, null));
    }

    static final int RETRY_AFTER_SECONDS = 30;

    /**
     * Whether a failure is the transaction running out of time: the transaction manager rolled
     * it back (a {@code RollbackException} at commit), or the database cancelled the statement
     * (SQLSTATE 57014, which H2 and PostgreSQL both use for a cancelled or timed-out query).
     */
    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && "57014".equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** A reader's browser, not an API client: the helpful HTML 404 (or 400) instead of problem+json. */
    private boolean wantsPage() {
        String p = path();
        String accept = headers == null ? null : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT);
        return p != null && !p.startsWith("/api/") && !p.startsWith("/q/") && accept != null && accept.contains("text/html");
    }

    private Response page(int status, String detail) {
        org.concordance.site.Ui ui = org.concordance.site.Ui.of(headers.getHeaderString(org.concordance.site.LanguageFilter.HEADER),
                headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE), links, uri);
        return Response.status(status).type("text/html;charset=UTF-8")
                .entity(org.concordance.site.SitePages.problemPage(ui, links, corpus, path(), status, detail)).build();
    }

    private String path() {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String type(int status) {
        return "https://www.rfc-editor.org/rfc/rfc9110#status." + status;
    }

    private static Response respond(ApiProblem problem) {
        return Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
    }
}
