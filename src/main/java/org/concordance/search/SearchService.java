package org.concordance.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.concordance.corpus.Corpus;
import org.concordance.corpus.CorpusImported;
import org.concordance.corpus.CorpusRead;
import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;
import org.concordance.corpus.Format.MeasureEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.SignatureEntry;
import org.concordance.corpus.Keys;
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

    /** The English words the search ignores (a, and, the, of...), for the snapshot's own index to ignore too. */
    public static java.util.SortedSet<String> stopWords() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        Analyzers.ENGLISH_STOP.forEach(o -> out.add(o instanceof char[] c ? new String(c) : String.valueOf(o)));
        return java.util.Collections.unmodifiableSortedSet(out);
    }

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
    static final String FORMAT = "v4";

    private volatile SearchIndex index = SearchIndex.empty();

    /** How the index in use came about: "none", "prepared" (during a write), "updated" (for a change), "opened or built". */
    private volatile String origin = "none";

    /** How the index in use came about (also in the log): "prepared", "updated", "opened or built" or "none". */
    public String origin() {
        return origin;
    }

    /** Reading every entry of a large corpus from the database takes longer than the default 60 s. */
    static final int ENTRIES_TIMEOUT_SECONDS = 3600;

    /** An index built from a corpus before its version was published, for {@link #rebuild} to take. */
    private record Prepared(String hash, SearchIndex index, String how) {
    }

    private volatile Prepared prepared;

    /**
     * Builds the index of a corpus just read while the database is being written (the write is
     * mostly one core's work, the index build uses the others); {@link #rebuild} then takes it.
     */
    void prepare(@ObservesAsync CorpusRead read) {
        long started = System.nanoTime();
        String hash = read.corpus().hash();
        prepared = new Prepared(hash, openOrBuild(hash, () -> entries(read.corpus())), "prepared");
        LOG.infof("Search index prepared while the corpus is written: entries=%d duration_ms=%d", prepared.index().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Updates the index of the version a change applies to, when that index is at hand in its
     * folder: the entries of the changed files replaced, the rest linked, not rebuilt.
     * {@link #rebuild} then takes it; without the base index, it is built from the database.
     */
    void update(@Observes org.concordance.corpus.CorpusChanged change) {
        java.util.Optional<java.nio.file.Path> root = folder();
        if (root.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        java.nio.file.Path from = root.get().resolve(folderName(change.baseHash()));
        java.nio.file.Path to = root.get().resolve(folderName(change.corpus().hash()));
        try {
            if (!java.nio.file.Files.isRegularFile(from.resolve(SearchIndex.COMPLETE))) {
                LOG.infof("No search index of the previous version %s to update; it is built anew",
                        change.baseHash().substring(0, 12));
                return;
            }
            java.util.Set<String> owners = new java.util.HashSet<>();
            change.documents().forEach(d -> owners.add(SearchEntry.document(d)));
            change.actors().forEach(a -> owners.add(SearchEntry.actor(a)));
            List<SearchEntry> entries = entries(change.corpus(), owners);
            org.concordance.Folders.delete(to);
            SearchIndex updated = SearchIndex.update(from, owners, entries, to);
            prepared = new Prepared(change.corpus().hash(), updated, "updated");
            LOG.infof("Search index updated for a change: files=%d entries=%d duration_ms=%d", owners.size(), entries.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Could not update the search index for a change; it is built anew", e);
        }
    }

    void rebuild(@Observes CorpusImported imported) {
        long started = System.nanoTime();
        Prepared ready = prepared;
        prepared = null;
        boolean fromWrite = ready != null && ready.hash().equals(imported.hash());
        index = fromWrite ? ready.index() : openOrBuild(imported.hash(),
                () -> QuarkusTransaction.requiringNew().timeout(ENTRIES_TIMEOUT_SECONDS).call(this::entries));
        origin = fromWrite ? ready.how() : "opened or built";
        LOG.infof("Search index in use: entries=%d (%s) duration_ms=%d", index.size(),
                fromWrite ? ready.how() + " beside the write" : "opened or built from the database",
                (System.nanoTime() - started) / 1_000_000);
        folder().ifPresent(root -> removeOthers(root, root.resolve(folderName(imported.hash()))));
    }

    /** The folder indexes are kept in, if any. */
    private java.util.Optional<java.nio.file.Path> folder() {
        return indexDir.filter(d -> !d.isBlank()).map(java.nio.file.Path::of);
    }

    /**
     * The index of a corpus version: opened from its folder when a build there completed, else
     * built (into the folder, or in memory when none is configured) from the entries.
     */
    private SearchIndex openOrBuild(String hash, java.util.function.Supplier<List<SearchEntry>> entries) {
        java.util.Optional<java.nio.file.Path> root = folder();
        if (root.isEmpty()) {
            return SearchIndex.build(entries.get());
        }
        java.nio.file.Path folder = root.get().resolve(folderName(hash));
        try {
            java.util.Optional<SearchIndex> existing = SearchIndex.openIfComplete(folder);
            if (existing.isPresent()) {
                return existing.get();
            }
            org.concordance.Folders.delete(folder); // an interrupted build, or a folder that is not an index
            return SearchIndex.build(entries.get(), folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not open or build the search index in " + folder, e);
        }
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
        try {
            org.concordance.Folders.delete(folder);
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
                    links.page("documents", slug), SearchEntry.document(slug)));
        }
        for (Object[] r : em.createQuery("select m.slug, m.nameEn, m.nameZh, m.summaryEn, m.type, m.document.slug from Measure m",
                Object[].class).getResultList()) {
            String slug = (String) r[0];
            org.concordance.measure.MeasureType type = (org.concordance.measure.MeasureType) r[4];
            out.add(new SearchEntry("measure", slug, join(" / ", r[1], r[2]),
                    join(" ", r[1], r[2], r[3], type.labelEn(), type.labelZh()), links.page("measures", slug),
                    SearchEntry.document((String) r[5])));
        }
        Map<Long, String> aliases = em.createQuery("select a.id, al from Actor a join a.aliases al order by a.id, index(al)", Object[].class)
                .getResultList().stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.mapping(r -> (String) r[1], Collectors.joining(" "))));
        for (Object[] r : em.createQuery("select a.id, a.slug, a.nameEn, a.nameZh, a.affiliation, a.description from Actor a",
                Object[].class).getResultList()) {
            String slug = (String) r[1];
            out.add(new SearchEntry("actor", slug, join(" / ", r[2], r[3]),
                    join(" ", r[2], r[3], aliases.get((Long) r[0]), r[4], r[5]), links.page("actors", slug),
                    SearchEntry.actor(slug)));
        }
        for (Object[] r : em.createQuery("select e.stableId, e.quote, e.translationEn, s.slug, s.titleEn, p.stableId, m.slug, m.nameEn, "
                + "sg.stableId, sd.slug, coalesce(pd.slug, sr.slug) from Evidence e join e.source s left join e.position p "
                + "left join p.measure m left join p.document pd left join e.signature sg left join sg.document sd "
                + "left join sg.recordedIn sr", Object[].class).getResultList()) {
            String link = r[5] != null ? links.item("measures", (String) r[6], "position", (String) r[5])
                    : links.item("documents", (String) r[9], "signature", (String) r[8]);
            String title = r[7] != null ? r[7] + " — " + r[4] : "Signature — " + r[4];
            out.add(new SearchEntry("evidence", String.valueOf(r[0]), title, join(" ", r[1], r[2]), link,
                    SearchEntry.document((String) r[10])));
        }
        return out;
    }

    /**
     * The same entries as {@link #entries()} gives once the corpus is in the database, from the
     * corpus as read (SearchEntriesTest compares the two).
     */
    public List<SearchEntry> entries(Corpus corpus) {
        return entries(corpus, null);
    }

    /**
     * The entries of {@code corpus} whose {@link SearchEntry#owner() owner} is among {@code owners}
     * (all when null): for a change, whose corpus also holds documents read only to look up the
     * measures and titles its entries name.
     */
    List<SearchEntry> entries(Corpus corpus, java.util.Set<String> owners) {
        List<SearchEntry> out = new ArrayList<>();
        Map<String, DocumentFile> documents = new HashMap<>();
        for (DocumentFile d : corpus.documents()) {
            String slug = d.slug().value();
            documents.put(slug, d);
            String summaryEn = d.summary() == null ? null : d.summary().en();
            String summaryZh = d.summary() == null ? null : d.summary().zh();
            out.add(new SearchEntry("document", slug, join(" / ", d.title().en(), d.title().original()),
                    join(" ", d.title().en(), d.title().original(), summaryEn, summaryZh, d.publisher()),
                    links.page("documents", slug), SearchEntry.document(slug)));
        }
        Map<String, MeasureEntry> measures = new HashMap<>();
        for (DocumentFile d : corpus.documents()) {
            for (MeasureEntry m : nullSafe(d.measures())) {
                String slug = m.slug().value();
                measures.put(slug, m);
                out.add(new SearchEntry("measure", slug, join(" / ", m.name().en(), m.name().zh()),
                        join(" ", m.name().en(), m.name().zh(), m.summary(), m.type().labelEn(), m.type().labelZh()),
                        links.page("measures", slug), SearchEntry.document(d.slug().value())));
            }
        }
        for (ActorFile a : corpus.actors()) {
            String slug = a.slug().value();
            String aliases = a.aliases() == null || a.aliases().isEmpty() ? null : String.join(" ", a.aliases());
            out.add(new SearchEntry("actor", slug, join(" / ", a.name().en(), a.name().zh()),
                    join(" ", a.name().en(), a.name().zh(), aliases, a.affiliation(), a.description()),
                    links.page("actors", slug), SearchEntry.actor(slug)));
        }
        for (DocumentFile d : corpus.documents()) {
            if (owners != null && !owners.contains(SearchEntry.document(d.slug().value()))) {
                continue;
            }
            for (SignatureEntry s : nullSafe(d.signatures())) {
                String owner = Keys.signature(d, s);
                String signed = s.document() == null ? d.slug().value() : s.document().value();
                for (EvidenceEntry e : s.evidence()) {
                    out.add(new SearchEntry("evidence", Keys.evidence(owner, d, e),
                            "Signature — " + sourceTitle(documents, d, e), join(" ", e.quote(), e.translation()),
                            links.item("documents", signed, "signature", owner), SearchEntry.document(d.slug().value())));
                }
            }
            for (PositionEntry p : nullSafe(d.positions())) {
                String owner = Keys.position(d, p);
                MeasureEntry m = measures.get(p.measure().value());
                for (EvidenceEntry e : p.evidence()) {
                    out.add(new SearchEntry("evidence", Keys.evidence(owner, d, e),
                            m.name().en() + " — " + sourceTitle(documents, d, e), join(" ", e.quote(), e.translation()),
                            links.item("measures", m.slug().value(), "position", owner),
                            SearchEntry.document(d.slug().value())));
                }
            }
        }
        return owners == null ? out : out.stream().filter(e -> owners.contains(e.owner())).toList();
    }

    private static String sourceTitle(Map<String, DocumentFile> documents, DocumentFile holder, EvidenceEntry e) {
        return (e.source() == null ? holder : documents.get(e.source().value())).title().en();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String join(String separator, Object... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.toString().isBlank()).map(Object::toString)
                .collect(Collectors.joining(separator));
    }
}
