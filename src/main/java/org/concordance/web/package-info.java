/**
 * The HTTP layer. The API description's parts that every operation shares are declared here, once:
 * its info and licence, its server, and the problem answers (RFC 9457, {@link org.concordance.web.ApiProblem})
 * that operations refer to by the names in {@link org.concordance.web.ApiDescription}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Concordance API", version = "0.1.0",
                description = "Typed, sourced AI-governance measures compared across documents. "
                        + "Licence: the repository states none, for the code or for the curated corpus (proposals/); "
                        + "the source texts under proposals/sources are the publications of others, each recorded with its origin.",
                license = @License(name = "No licence stated", url = "https://choosealicense.com/no-permission/")),
        // Relative: the service that serves this description (http://localhost:8080 as the README starts it).
        servers = @Server(url = "/", description = "The service that serves this description"),
        components = @Components(headers = {
                @Header(name = ApiDescription.TOTAL_COUNT, description = "How many items the whole list has, over all its pages",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = ApiDescription.LINK, description = "RFC 8288 links to the list's first, previous, next and last pages "
                        + "(rel first, prev, next, last), relative to the request; one header each",
                        schema = @Schema(type = SchemaType.STRING)) },
                responses = {
                @APIResponse(name = ApiDescription.BAD_PARAMETER, responseCode = "400",
                        description = "A request parameter is wrong: 'parameter' names it, 'detail' says what is allowed",
                        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class))),
                @APIResponse(name = ApiDescription.NOT_FOUND, responseCode = "404",
                        description = "No item with this slug ('slug' names it), or no such page of the item's lists",
                        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class))),
                @APIResponse(name = ApiDescription.NOT_ACCEPTABLE, responseCode = "406",
                        description = "The Accept header asks for no format this resource offers; 'detail' names those it does",
                        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class))),
                @APIResponse(name = ApiDescription.TIMED_OUT, responseCode = "503",
                        description = "The request ran out of time (a large import may be writing); try again after Retry-After seconds",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class))) }))
package org.concordance.web;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
