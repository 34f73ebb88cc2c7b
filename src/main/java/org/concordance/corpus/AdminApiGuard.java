package org.concordance.corpus;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.concordance.web.ApiProblem;

/** Without an admin token the import endpoint does not exist: a 404, as for any path that does not. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 99)
public class AdminApiGuard implements ContainerRequestFilter {

    /** Read at the first request: providers are built before configuration mappings are. */
    private volatile Boolean enabled;

    private boolean enabled() {
        if (enabled == null) {
            enabled = CorpusResource.enabled();
        }
        return enabled;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if ((path.equals("/api/admin") || path.startsWith("/api/admin/")) && !enabled()) {
            request.abortWith(ApiProblem.response(404, "Not found", "No resource at this path."));
        }
    }
}
