package org.concordance.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Ready when a corpus is in the database; reports its version and the last import attempt. */
@Readiness
@ApplicationScoped
public class CorpusHealthCheck implements HealthCheck {

    @Inject
    CorpusService service;

    @Override
    public HealthCheckResponse call() {
        CorpusImport loaded = QuarkusTransaction.requiringNew().call(CorpusImport::latest);
        HealthCheckResponseBuilder b = HealthCheckResponse.named("corpus").status(loaded != null);
        if (loaded != null) {
            b.withData("hash", loaded.corpusHash).withData("importedAt", loaded.importedAt.toString())
                    .withData("documents", loaded.documents).withData("measures", loaded.measures)
                    .withData("actors", loaded.actors).withData("positions", loaded.positions)
                    .withData("signatures", loaded.signatures).withData("evidence", loaded.evidence);
        } else {
            b.withData("loaded", "no corpus in the database");
        }
        if (service.checkingAfterStart()) {
            b.withData("files", "being compared with this version since start; a change is imported next");
        }
        CorpusService.Outcome last = service.last();
        if (last != null && !last.ok()) {
            // Counts only: problem texts quote corpus files and name paths; the log and validate show them.
            b.withData("lastImportProblems", last.problems().size());
        }
        return b.build();
    }
}
