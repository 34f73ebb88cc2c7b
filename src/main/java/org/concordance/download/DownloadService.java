package org.concordance.download;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.concordance.corpus.CorpusImport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The bulk download of the version served: built once per corpus version, on the first request
 * for it, into {@code concordance.download.dir/<version>} (a folder written whole, then moved in
 * place, so a reader never sees half of it), and served from there until the next version.
 */
@ApplicationScoped
public class DownloadService {

    private static final Logger LOG = Logger.getLogger(DownloadService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX = "files.json";

    @ConfigProperty(name = "concordance.download.dir")
    String configured;

    @Inject
    EntityManager em;

    /** The files of one version, with the folder that holds them. */
    public record Built(String version, Path dir, List<DownloadFiles.File> files) {

        /** The file of this name, if the download has one. */
        public java.util.Optional<DownloadFiles.File> file(String name) {
            return files.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    private volatile Built built;

    /**
     * The download of the newest imported version, building it first if needed. A request for the
     * version already built takes no lock (one read of the newest version's hash); only the
     * build is one at a time.
     */
    public Built current() {
        Built b = built;
        if (b != null) {
            CorpusImport latest = QuarkusTransaction.requiringNew().call(CorpusImport::latest);
            if (latest != null && b.version().equals(latest.corpusHash)) {
                return b;
            }
        }
        return currentBuilt();
    }

    private synchronized Built currentBuilt() {
        for (int attempt = 0; attempt < 3; attempt++) {
            CorpusImport latest = QuarkusTransaction.requiringNew().call(CorpusImport::latest);
            if (latest == null) {
                throw new IllegalStateException("no corpus imported yet");
            }
            if (built != null && built.version().equals(latest.corpusHash)) {
                return built;
            }
            Path dir = root().resolve(latest.corpusHash);
            Built b = Files.isRegularFile(dir.resolve(INDEX)) ? read(latest.corpusHash, dir) : build(latest, dir);
            if (b != null) {
                built = b;
                removeOthers(latest.corpusHash);
                return b;
            }
        }
        throw new IllegalStateException("the corpus changed three times while its download was written; try again");
    }

    /** Writes the files; null when another version was imported meanwhile (they would mix two). */
    private Built build(CorpusImport latest, Path dir) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(root());
            Path tmp = Files.createTempDirectory(root(), latest.corpusHash.substring(0, 12) + ".tmp-");
            List<DownloadFiles.File> files = QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
                List<DownloadFiles.File>[] out = new List[1];
                em.unwrap(Session.class).doWork(c -> {
                    try {
                        out[0] = DownloadFiles.write(c, tmp, latest.corpusHash);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return out[0];
            });
            Long now = QuarkusTransaction.requiringNew().call(CorpusImport::latestId);
            if (!latest.id.equals(now)) {
                org.concordance.Folders.delete(tmp);
                return null;
            }
            JSON.writeValue(tmp.resolve(INDEX).toFile(), files);
            org.concordance.Folders.delete(dir);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            LOG.infof("Bulk download written: version=%s files=%d bytes=%d duration_ms=%d", latest.corpusHash.substring(0, 12),
                    files.size(), files.stream().mapToLong(DownloadFiles.File::bytes).sum(), (System.nanoTime() - started) / 1_000_000);
            return new Built(latest.corpusHash, dir, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Built read(String version, Path dir) {
        try {
            return new Built(version, dir, JSON.readValue(dir.resolve(INDEX).toFile(), new TypeReference<List<DownloadFiles.File>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeOthers(String keep) {
        try (Stream<Path> all = Files.list(root())) {
            for (Path p : all.toList()) {
                if (!p.getFileName().toString().equals(keep)) {
                    org.concordance.Folders.delete(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the downloads of earlier versions", e);
        }
    }

    Path root() {
        return Path.of(configured);
    }
}
