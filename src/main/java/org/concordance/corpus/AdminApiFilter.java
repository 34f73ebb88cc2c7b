package org.concordance.corpus;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/** Without an admin token the import endpoint does not exist, so the API description does not list it. */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AdminApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (!CorpusResource.enabled() && openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().keySet().stream().filter(p -> p.startsWith("/api/admin")).toList()
                    .forEach(openAPI.getPaths()::removePathItem);
        }
    }
}
