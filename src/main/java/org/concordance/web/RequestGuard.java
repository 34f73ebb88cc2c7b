package org.concordance.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns away, before any resource runs, what would otherwise reach one in a shape it cannot
 * answer: an {@code Accept} header that cannot be read (400). Addresses that are not the API's
 * one spelling never get here: {@link HttpGuard} answers them first.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        // (An empty Accept never gets here: HttpGuard removes it where the REST layer reads it.)
        if (accept != null && !accept.isBlank() && !readable(accept)) {
            request.abortWith(ApiProblem.response(400, "Invalid request header", "The Accept header cannot be read as media types: "
                    + "send for example 'Accept: application/json'."));
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

}
