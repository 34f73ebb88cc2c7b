package org.concordance.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code parameter} names the
 * offending request parameter of a 400, {@code slug} the unknown identifier of a 404.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(String type, String title, int status, String detail, String instance, String parameter,
        String slug) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A response carrying a problem of this status, for filters that answer before any resource does. */
    public static jakarta.ws.rs.core.Response response(int status, String title, String detail) {
        return jakarta.ws.rs.core.Response.status(status).type(MEDIA_TYPE).entity(new ApiProblem(
                "https://www.rfc-editor.org/rfc/rfc9110#status." + status, title, status, detail, null, null, null)).build();
    }
}
