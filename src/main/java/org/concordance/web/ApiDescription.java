package org.concordance.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What the API description (/q/openapi) says alike for every operation. The shared problem answers
 * (RFC 9457), the description's info, licence and server are declared once, in this package's
 * {@code package-info.java}; operations name the answers they give by reference
 * ({@code @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)}). This filter marks
 * every operation that declares no security requirement as public ({@code security: []}) and says
 * that a CSV body is text, not the JSON schema of the same answer.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDescription implements OASFilter {

    /** Names of the shared responses under {@code components/responses}. */
    public static final String BAD_PARAMETER = "BadParameter";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String TIMED_OUT = "TimedOut";

    /** Names of the list answers' headers under {@code components/headers}. */
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LINK = "Link";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(List.of()); // public: no credentials at all
                }
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                        .flatMap(r -> r.getContent().getMediaTypes().entrySet().stream())
                        .filter(e -> e.getKey().startsWith("text/csv"))
                        .map(Map.Entry::getValue)
                        .filter(m -> m.getSchema() == null || !"binary".equals(m.getSchema().getFormat())) // a file, described as such
                        .forEach(ApiDescription::csv);
            }
        }
    }

    private static void csv(MediaType media) {
        media.setSchema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                .description("CSV (RFC 4180, UTF-8) with a header row: one row per item of the JSON answer's list"));
    }
}
