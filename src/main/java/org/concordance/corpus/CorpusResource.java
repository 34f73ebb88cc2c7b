package org.concordance.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.concordance.web.ApiDescription;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** On-demand re-import for operators, guarded by a configured bearer token. */
@Path("/api/admin/corpus/import")
@Tag(name = "Admin", description = "Operators' endpoints; they exist only when an admin token is configured")
@SecurityScheme(securitySchemeName = CorpusResource.ADMIN_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The value of concordance.corpus.admin-token (CONCORDANCE_CORPUS_ADMIN_TOKEN), as 'Authorization: Bearer <token>'")
public class CorpusResource {

    /** The name of the admin endpoints' security scheme in the API description. */
    static final String ADMIN_TOKEN = "adminToken";

    @Inject
    CorpusService service;

    @Inject
    CorpusConfig config;

    /**
     * Whether the endpoint exists (a token is configured). Read from the configuration itself, for
     * the request filter and the OpenAPI filter, which are built before configuration mappings are.
     */
    public static boolean enabled() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("concordance.corpus.admin-token", String.class).filter(t -> !t.isBlank()).isPresent();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importCorpus", summary = "Re-import proposals/ now", description = "Validates the corpus and, if it has no problem, "
            + "replaces the database content in one transaction. Requires 'Authorization: Bearer <token>' with the "
            + "configured concordance.corpus.admin-token; without that setting the endpoint does not exist.")
    @SecurityRequirement(name = ADMIN_TOKEN)
    @APIResponse(responseCode = "200", description = "Imported, or unchanged (see 'changed')",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorpusService.Outcome.class)))
    @APIResponse(responseCode = "401", description = "No 'Authorization: Bearer <token>' with the configured admin token",
            content = @Content(mediaType = org.concordance.web.ApiProblem.MEDIA_TYPE,
                    schema = @Schema(implementation = org.concordance.web.ApiProblem.class)))
    @APIResponse(responseCode = "406", ref = ApiDescription.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "422", description = "Refused: every problem, as file:line:column: message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorpusService.Outcome.class)))
    public Response importNow(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (config.adminToken().isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException(); // RequestGuard answers first; this is the belt to its braces
        }
        byte[] expected = ("Bearer " + config.adminToken().get()).getBytes(StandardCharsets.UTF_8);
        byte[] given = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(org.concordance.web.ApiProblem.MEDIA_TYPE)
                    .entity(new org.concordance.web.ApiProblem("https://www.rfc-editor.org/rfc/rfc9110#status.401", "Unauthorized",
                            401, "This endpoint needs 'Authorization: Bearer <token>' with the configured admin token.",
                            "/api/admin/corpus/import", null, null)).build();
        }
        CorpusService.Outcome outcome = service.importNow();
        return Response.status(outcome.ok() ? 200 : 422).entity(outcome).build();
    }
}
