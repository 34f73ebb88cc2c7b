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
}
