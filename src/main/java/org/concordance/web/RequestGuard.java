package org.concordance.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns away, before any resource runs, what would otherwise reach one in a shape it cannot
 * answer: an {@code Accept} header that cannot be read (400), and the
 * admin endpoint while it is disabled (404, as for any path that does not exist). Addresses that
 * are not the API's one spelling never get here: {@link HttpGuard} answers them first.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestGuard implements ContainerRequestFilter {

    /** Read at the first request: providers are built before configuration mappings are. */
    private volatile Boolean adminEnabled;

    private boolean adminEnabled() {
        if (adminEnabled == null) {
            adminEnabled = org.concordance.corpus.CorpusResource.enabled();
        }
        return adminEnabled;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        // (An empty Accept never gets here: HttpGuard removes it where the REST layer reads it.)
        if (accept != null && !accept.isBlank() && !readable(accept)) {
            request.abortWith(problem(400, "Invalid request header", "The Accept header cannot be read as media types: "
                    + "send for example 'Accept: application/json'.", request));
            return;
        }
        String path = request.getUriInfo().getPath();
        if ((path.equals("/api/admin") || path.startsWith("/api/admin/")) && !adminEnabled()) {
            request.abortWith(notFound(request));
        }
    }

    private static boolean readable(String accept) {
        try {
            for (String part : accept.split(",")) {
                if (!part.isBlank()) {
                    MediaType type = MediaType.valueOf(part.strip());
                    String q = type.getParameters().get("q");
                    if (q != null) {
                        double weight = Double.parseDouble(q); // NumberFormatException is an IllegalArgumentException
                        if (!(weight >= 0 && weight <= 1)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response notFound(ContainerRequestContext request) {
        return problem(404, "Not found", "No resource at this path.", request);
    }

    private static Response problem(int status, String title, String detail, ContainerRequestContext request) {
        return Response.status(status).type(ApiProblem.MEDIA_TYPE)
                .entity(new ApiProblem("https://www.rfc-editor.org/rfc/rfc9110#status." + status, title, status, detail,
                        null, null, null)).build();
    }
}
