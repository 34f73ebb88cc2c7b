package org.concordance.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.concordance.corpus.CorpusImported;
import org.concordance.web.Links;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps an in-memory {@link SearchIndex} of the corpus in the database: rebuilt, in four
 * queries, each time a new corpus version is imported, and swapped in whole.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    @Inject
    EntityManager em;

    @Inject
    Links links;

    /**
     * Where built indexes are kept, one folder per corpus version, so a start on an unchanged
     * corpus opens the index instead of rebuilding it; empty keeps indexes in memory only.
     */
    @ConfigProperty(name = "concordance.search.index-dir")
    java.util.Optional<String> indexDir;

    @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/")
    String rootPath;

    /** Part of each index folder's name: change it when the fields or analysis change. */
    static final String FORMAT = "v3";

    private volatile SearchIndex index = SearchIndex.empty();

    void rebuild(@Observes CorpusImported imported) {
        long started = System.nanoTime();
        if (indexDir.isEmpty() || indexDir.get().isBlank()) {
            List<SearchEntry> entries = QuarkusTransaction.requiringNew().call(this::entries);
            index = SearchIndex.build(entries);
            LOG.infof("Search index built: entries=%d duration_ms=%d", entries.size(), (System.nanoTime() - started) / 1_000_000);
            return;
        }
        java.nio.file.Path root = java.nio.file.Path.of(indexDir.get());
        java.nio.file.Path folder = root.resolve(folderName(imported.hash()));
        try {
            java.util.Optional<SearchIndex> existing = SearchIndex.openIfComplete(folder);
            if (existing.isPresent()) {
                index = existing.get();
                LOG.infof("Search index opened: entries=%d folder=%s duration_ms=%d", index.size(), folder,
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                deleteQuietly(folder); // an interrupted build, or a folder that is not an index
                List<SearchEntry> entries = QuarkusTransaction.requiringNew().call(this::entries);
                index = SearchIndex.build(entries, folder);
                LOG.infof("Search index built: entries=%d folder=%s duration_ms=%d", entries.size(), folder,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not open the search index in " + folder, e);
        }
        removeOthers(root, folder);
    }

    /** One folder per corpus version, root path (links include it) and index format. */
    String folderName(String corpusHash) {
        String links = org.concordance.corpus.Keys.hash(FORMAT + "\n" + rootPath).substring(0, 8);
        return corpusHash.substring(0, 32) + "-" + links + "-" + FORMAT;
    }

    /** Older versions' indexes and interrupted builds go; the current one stays. */
    private static void removeOthers(java.nio.file.Path root, java.nio.file.Path keep) {
        try (java.util.stream.Stream<java.nio.file.Path> folders = java.nio.file.Files.list(root)) {
            long hourAgo = System.currentTimeMillis() - 3_600_000L;
            folders.filter(f -> !f.equals(keep) && java.nio.file.Files.isDirectory(f)).filter(f -> {
                String name = f.getFileName().toString();
                if (name.matches("[0-9a-f]{32}-[0-9a-f]{8}-v\\d+")) {
                    return true;
                }
                // a build under way in another process looks the same as an abandoned one until it is old
                return name.matches("[0-9a-f]{32}-[0-9a-f]{8}-v\\d+\\.building-\\d+") && modifiedBefore(f, hourAgo);
            }).forEach(SearchService::deleteQuietly);
        } catch (java.io.IOException e) {
            LOG.warnf("Could not list %s to remove old search indexes: %s", root, e);
        }
    }

    private static boolean modifiedBefore(java.nio.file.Path f, long millis) {
        try {
            return java.nio.file.Files.getLastModifiedTime(f).toMillis() < millis;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(java.nio.file.Path folder) {
        if (!java.nio.file.Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder)) {
            for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(f);
            }
        } catch (java.io.IOException e) {
            LOG.warnf("Could not remove %s: %s", folder, e);
        }
    }

    public SearchResult search(String query, String kind, int offset, int limit) {
        return index.search(query, kind, offset, limit);
    }

    public List<SearchEntry> entries() {
        List<SearchEntry> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select d.slug, d.titleEn, d.titleOriginal, d.summaryEn, d.summaryZh, d.publisher "
                + "from Document d", Object[].class).getResultList()) {
            String slug = (String) r[0];
            out.add(new SearchEntry("document", slug, join(" / ", r[1], r[2]), join(" ", r[1], r[2], r[3], r[4], r[5]),
                    links.page("documents", slug)));
        }
        for (Object[] r : em.createQuery("select m.slug, m.nameEn, m.nameZh, m.summaryEn, m.type from Measure m", Object[].class)
                .getResultList()) {
            String slug = (String) r[0];
            org.concordance.measure.MeasureType type = (org.concordance.measure.MeasureType) r[4];
            out.add(new SearchEntry("measure", slug, join(" / ", r[1], r[2]),
                    join(" ", r[1], r[2], r[3], type.labelEn(), type.labelZh()), links.page("measures", slug)));
        }
        Map<Long, String> aliases = em.createQuery("select a.id, al from Actor a join a.aliases al", Object[].class)
                .getResultList().stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.mapping(r -> (String) r[1], Collectors.joining(" "))));
        for (Object[] r : em.createQuery("select a.id, a.slug, a.nameEn, a.nameZh, a.affiliation, a.description from Actor a",
                Object[].class).getResultList()) {
            String slug = (String) r[1];
            out.add(new SearchEntry("actor", slug, join(" / ", r[2], r[3]),
                    join(" ", r[2], r[3], aliases.get((Long) r[0]), r[4], r[5]), links.page("actors", slug)));
        }
        for (Object[] r : em.createQuery("select e.stableId, e.quote, e.translationEn, s.slug, s.titleEn, p.stableId, m.slug, m.nameEn, "
                + "sg.stableId, sd.slug from Evidence e join e.source s left join e.position p left join p.measure m "
                + "left join e.signature sg left join sg.document sd", Object[].class).getResultList()) {
            String link = r[5] != null ? links.page("measures", (String) r[6]) + "#position-" + r[5]
                    : links.page("documents", (String) r[9]) + "#signature-" + r[8];
            String title = r[7] != null ? r[7] + " — " + r[4] : "Signature — " + r[4];
            out.add(new SearchEntry("evidence", String.valueOf(r[0]), title, join(" ", r[1], r[2]), link));
        }
        return out;
    }

    private static String join(String separator, Object... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.toString().isBlank()).map(Object::toString)
                .collect(Collectors.joining(separator));
    }
}
