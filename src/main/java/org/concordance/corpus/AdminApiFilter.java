package org.concordance.corpus;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/** Without an admin token the import endpoint does not exist, so the API description lists neither it nor its security scheme. */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AdminApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (!CorpusResource.enabled() && openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().keySet().stream().filter(p -> p.startsWith("/api/admin")).toList()
                    .forEach(openAPI.getPaths()::removePathItem);
            if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
                openAPI.getComponents().removeSecurityScheme(CorpusResource.ADMIN_TOKEN);
            }
            // and the schemas only its answers used (the import's outcome and problems)
            io.smallrye.openapi.api.util.FilterUtil.applyFilter(new io.smallrye.openapi.api.util.UnusedSchemaFilter(), openAPI);
        }
    }
}
