package org.concordance.snapshot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.concordance.corpus.Problem;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.concordance.corpus.CorpusImport;
import org.concordance.corpus.CorpusService;
import org.concordance.actor.ActorQueries;
import org.concordance.position.PositionQueries;
import org.concordance.actor.ActorViews.ActorDetail;
import org.concordance.compare.Leaning;
import org.concordance.document.DocumentQueries;
import org.concordance.document.DocumentViews.DocumentDetail;
import org.concordance.measure.MeasureQueries;
import org.concordance.measure.MeasureViews.MeasureDetail;
import org.concordance.search.SearchService;
import org.concordance.site.Language;
import org.concordance.site.SitePages;
import org.concordance.site.Ui;
import org.concordance.web.Links;
import org.concordance.position.Refs.DocumentRef;
import org.concordance.position.Refs.PositionView;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * Renders the whole running site to files: started with {@code concordance.snapshot.dir}, the
 * application crawls its own pages in both languages from the home pages, writes every page,
 * its JSON twin and every page of every API list (JSON and CSV), rewrites internal links to
 * relative file paths, adds the manifest, then exits. The output replaces the old directory
 * only when complete. Cost is linear in the number of pages: nothing is computed per pair.
 */
@ApplicationScoped
public class SnapshotExporter {

    private static final Logger LOG = Logger.getLogger(SnapshotExporter.class);

    /** The application's own static files. */
    /** The live site's policy, but the snapshot's own scripts (search and compare in the browser) may run. */
    static final String SNAPSHOT_CSP = org.concordance.web.HttpGuard.CSP.replace("script-src 'none'", "script-src 'self'")
            .replace("; frame-ancestors 'none'", "");

    static final List<String> ASSETS = List.of("static/site.css", "static/snapshot.js");

    /** API lists exported whole, page by page, as JSON and CSV. */
    static final List<String> LISTS = List.of("documents", "measures", "actors", "positions", "signatures", "matrix",
            "measure-types", "versions", "changes");

    @ConfigProperty(name = "concordance.snapshot.dir")
    Optional<String> dir;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/")
    String rootPath;

    @Inject
    CorpusService corpus;

    @Inject
    SearchService search;

    @Inject
    DocumentQueries documents;

    @Inject
    MeasureQueries measures;

    @Inject
    ActorQueries actors;

    @Inject
    Links links;

    @Inject
    org.concordance.position.Facts facts;

    @Inject
    PositionQueries lists;

    @Inject
    org.concordance.download.DownloadService downloads;

    /** The service's own mapper: a JSON file the export writes is what the API answers. */
    @Inject
    ObjectMapper mapper;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    void onStart(@Observes StartupEvent event) {
        dir.ifPresent(target -> {
            Thread t = new Thread(() -> {
                int code = 1;
                try {
                    awaitServer();
                    // A start that served the database's version at once compares the files after it
                    // and may import a change: the snapshot is of what that leaves, never of the version before.
                    while (corpus.checkingAfterStart()) {
                        Thread.sleep(100);
                    }
                    long started = System.nanoTime();
                    Manifest m = export(Path.of(target));
                    LOG.infof("Snapshot written: dir=%s files=%d pages=%d corpus=%s kept=%d duration_ms=%d", target, m.files, m.pages,
                            m.corpusVersion.substring(0, 12), m.kept, (System.nanoTime() - started) / 1_000_000);
                    code = 0;
                } catch (Exception e) {
                    LOG.error("Snapshot failed; the previous output (if any) is untouched", e);
                }
                Quarkus.asyncExit(code);
            }, "snapshot");
            t.start();
        });
    }

    /** What the snapshot holds; written as {@code snapshot.json}. */
    public static final class Manifest {
        public String corpusVersion;
        public String commit;
        public String exportedAt;
        public Map<String, Integer> counts = new LinkedHashMap<>();
        public int pages;
        public int files;
        /**
         * Files kept from the snapshot this one replaced, because they would say the same (an HTML
         * page that differs only in the snapshot's version, time and commit keeps the earlier
         * ones, which it was first exported with): the same files, linked, not rewritten.
         */
        public int kept;
        /** The bulk download's files ({@code api/download/...}): path, size and SHA-256 of each. */
        public List<DownloadFile> downloads = new java.util.ArrayList<>();
    }

    /** A file of the bulk download in the snapshot. */
    public record DownloadFile(String path, long bytes, String sha256) {
    }

    /** The snapshot in the target folder before an export, if there is one: its unchanged files are kept. */
    record Previous(Path root, Manifest manifest) {

        static Previous in(Path target, ObjectMapper json) {
            Path manifest = target.resolve("snapshot.json");
            if (!Files.isRegularFile(manifest)) {
                return null;
            }
            try {
                Manifest m = json.readerFor(Manifest.class)
                        .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(manifest.toFile());
                return m.corpusVersion == null || m.exportedAt == null ? null : new Previous(target, m);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The snapshot in %s has no readable snapshot.json (%s): every file is written anew", target, e.toString());
                return null;
            }
        }
    }

    /** The footer paragraph that names the snapshot a page belongs to (and its link to snapshot.json). */
    private static final java.util.regex.Pattern SNAPSHOT_FOOTER = java.util.regex.Pattern
            .compile("<p class=\"snapshot\">[^<]*</p>\n<p><a href=\"[^\"]*\">snapshot.json</a></p>\n");

    /** A page with what names its snapshot (version, time, commit, the footer paragraph) taken out: what it says. */
    static String said(String html, Manifest m) {
        String s = SNAPSHOT_FOOTER.matcher(html).replaceFirst("");
        s = s.replace(m.exportedAt, "\u0000time").replace(m.corpusVersion.substring(0, 12), "\u0000version");
        return m.commit == null || m.commit.isEmpty() ? s : s.replace(m.commit, "\u0000commit");
    }

    /** Requests in flight at once: the pages are built by the service itself, on every core. */
    @ConfigProperty(name = "concordance.snapshot.threads", defaultValue = "0")
    int threads;

    private int threads() {
        return threads > 0 ? threads : Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** The work done for one item: a page crawled, or an API file written. */
    private interface Step<T> {
        void run(T item) throws IOException, InterruptedException;
    }

    /**
     * Crawls from the home pages, a generation of links at a time: every list and site page of a
     * generation is fetched from the service and rewritten by one of {@link #threads()} workers;
     * the detail pages (documents, their texts, measures, actors) are rendered here, a batch at a
     * time from the query services, without HTTP. The site pages they link to that no earlier page
     * was are the next generation. The first failure is thrown.
     */
    private void crawl(Writer w, List<String> start) throws IOException, InterruptedException {
        Set<String> seen = new java.util.HashSet<>(start);
        List<String> generation = start;
        while (!generation.isEmpty()) {
            Set<String> found = java.util.concurrent.ConcurrentHashMap.newKeySet();
            List<Detail> details = generation.stream().map(Detail::of).filter(java.util.Objects::nonNull).toList();
            Set<String> rendered = details.stream().map(Detail::path).collect(java.util.stream.Collectors.toSet());
            inParallel(generation.stream().filter(p -> !rendered.contains(p)).toList(), path -> {
                HttpResponse<String> r = get(path, "text/html");
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("page " + path + " answered " + r.statusCode());
                }
                found.addAll(w.page(path, r.body()));
            });
            inParallel(batches(details), batch -> found.addAll(render(w, batch)));
            generation = found.stream().filter(seen::add).sorted().toList();
            LOG.infof("Snapshot progress: %d pages written, %d next", w.pages.get(), generation.size());
        }
    }

    /** A detail page the exporter renders itself: {@code en/documents/x}, {@code zh/documents/x/text}, {@code en/actors/y}... */
    record Detail(String path, Language language, String kind, String slug, int page) {

        private static final java.util.regex.Pattern PATH = java.util.regex.Pattern
                .compile("(en|zh)/(?:(documents|measures|actors)/([a-z0-9][a-z0-9-]*)(?:\\?page=([1-9][0-9]{0,8}))?"
                        + "|documents/([a-z0-9][a-z0-9-]*)/text)");

        static Detail of(String path) {
            java.util.regex.Matcher m = PATH.matcher(path);
            if (!m.matches()) {
                return null;
            }
            Language language = m.group(1).equals("zh") ? Language.ZH : Language.EN;
            return m.group(5) != null ? new Detail(path, language, "texts", m.group(5), 1)
                    : new Detail(path, language, m.group(2), m.group(3), m.group(4) == null ? 1 : Integer.parseInt(m.group(4)));
        }

        /** The page's path without its language prefix, as the service sees it. */
        String sitePath() {
            return kind.equals("texts") ? "documents/" + slug + "/text" : kind + "/" + slug + (page == 1 ? "" : "?page=" + page);
        }
    }

    /** Detail pages rendered per batch: the details of a batch are read in a fixed number of queries. */
    static final int BATCH = 100;

    /**
     * The details of a generation in batches of one kind and page and at most {@link #BATCH} slugs
     * (both languages of a slug in one).
     */
    private static List<List<Detail>> batches(List<Detail> details) {
        Map<String, Map<String, List<Detail>>> byKind = new java.util.TreeMap<>();
        details.forEach(d -> byKind.computeIfAbsent(d.kind() + "?page=" + d.page(), k -> new java.util.TreeMap<>())
                .computeIfAbsent(d.slug(), k -> new java.util.ArrayList<>()).add(d));
        List<List<Detail>> out = new java.util.ArrayList<>();
        for (Map<String, List<Detail>> slugs : byKind.values()) {
            List<Detail> batch = new java.util.ArrayList<>();
            int count = 0;
            for (List<Detail> ofSlug : slugs.values()) {
                batch.addAll(ofSlug);
                if (++count == BATCH) {
                    out.add(batch);
                    batch = new java.util.ArrayList<>();
                    count = 0;
                }
            }
            if (!batch.isEmpty()) {
                out.add(batch);
            }
        }
        return out;
    }

    /** What one batch needs from the database, read in one transaction; rendering needs none. */
    private record Loaded(Map<String, Object> details, Map<String, DocumentRef> sources, Map<String, String> texts,
            Map<String, List<DocumentQueries.QuoteSpan>> quotes, Map<String, Set<String>> signatories) {

        SitePages.Sources lookup() {
            return slugs -> slugs.stream().filter(sources::containsKey).map(sources::get).toList();
        }
    }

    private Loaded load(String kind, List<String> slugs, int page) {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, String> texts = new java.util.HashMap<>();
        Map<String, List<DocumentQueries.QuoteSpan>> quotes = Map.of();
        // every signatory, as the engine's comparison counts them: a document's page shows only a page of its signatures
        Map<String, Set<String>> signatories = kind.equals("documents") && page == 1 ? facts.signatories(slugs) : Map.of();
        List<PositionView> cited = new java.util.ArrayList<>();
        Set<String> citedByActors = new java.util.LinkedHashSet<>();
        switch (kind) {
            case "documents" -> documents.details(slugs, page).forEach(d -> {
                details.put(d.document().slug(), d);
                cited.addAll(d.positions());
                cited.addAll(d.actorPositions());
            });
            case "measures" -> measures.details(slugs, page).forEach(d -> {
                details.put(d.measure().slug(), d);
                cited.addAll(d.positions());
            });
            case "actors" -> actors.details(slugs, page).forEach(d -> {
                details.put(d.actor().slug(), d);
                citedByActors.addAll(SitePages.citedSlugs(d));
            });
            case "texts" -> {
                List<org.concordance.document.Document> docs = documents.withTexts(slugs).stream()
                        .filter(d -> d.sourceText != null).toList();
                docs.forEach(d -> {
                    details.put(d.slug, documents.ref(d));
                    texts.put(d.slug, d.sourceText.content());
                });
                quotes = documents.quoteSpans(docs);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        Map<String, DocumentRef> sources = new java.util.HashMap<>();
        Set<String> citedSlugs = new java.util.LinkedHashSet<>(SitePages.citedSlugs(cited));
        citedSlugs.addAll(citedByActors);
        documents.refs(citedSlugs).forEach(r -> sources.put(r.slug(), r));
        return new Loaded(details, sources, texts, quotes, signatories);
    }

    /** Renders a batch of detail pages and writes each with its JSON twin; returns the site pages they link to. */
    private List<String> render(Writer w, List<Detail> batch) throws IOException {
        String kind = batch.get(0).kind();
        int page = batch.get(0).page();
        List<String> slugs = batch.stream().map(Detail::slug).distinct().toList();
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> load(kind, slugs, page));
        String version = w.manifest.corpusVersion;
        List<String> found = new java.util.ArrayList<>();
        for (Detail d : batch) {
            Object detail = loaded.details().get(d.slug());
            if (detail == null) {
                throw new IllegalStateException("page " + d.path() + " links to a " + kind + " that the corpus does not hold");
            }
            Ui ui = Ui.of(d.language(), links, d.sitePath());
            String html;
            if (detail instanceof DocumentDetail x) {
                html = SitePages.documentPage(ui, version, loaded.lookup(), x);
            } else if (detail instanceof MeasureDetail x) {
                html = SitePages.measurePage(ui, version, loaded.lookup(), x);
            } else if (detail instanceof ActorDetail x) {
                html = SitePages.actorPage(ui, version, loaded.lookup(), x);
            } else {
                html = SitePages.textPage(ui, version, (DocumentRef) detail, loaded.texts().get(d.slug()),
                        loaded.quotes().getOrDefault(d.slug(), List.of()));
            }
            found.addAll(w.page(d.path(), html));
            // the JSON twin (or the plain text) from the same view, as the API would answer it
            String api = "api/" + (kind.equals("texts") ? "documents" : kind) + "/" + d.slug() + (kind.equals("texts") ? "/text" : "");
            String file = page == 1 ? apiFile(api) : SnapshotPaths.api(api, page, "json");
            if (w.claimed.add(file)) {
                if (detail instanceof DocumentRef) {
                    w.write(file, loaded.texts().get(d.slug()).getBytes(StandardCharsets.UTF_8));
                } else {
                    w.write(file, api(detail));
                }
                if (detail instanceof DocumentDetail x && page == 1) {
                    w.profiles.put(d.slug(), Profile.of(x, loaded.signatories().get(d.slug())));
                }
            }
        }
        return found;
    }

    /** Rows read per query when the export writes a long list itself: a hundred pages. */
    static final int LIST_CHUNK = 100 * org.concordance.web.PageRequest.MAX_SIZE;

    /**
     * Every page of the position or the signature list at the largest page size, in the API's
     * default order (a total one: the stable id last), read {@link #LIST_CHUNK} rows a query and
     * written as the API answers each page, as JSON and CSV.
     */
    private void writeLongList(Writer w, String list) throws IOException {
        int size = org.concordance.web.PageRequest.MAX_SIZE;
        boolean positions = list.equals("positions");
        org.concordance.web.Query all = new org.concordance.web.Query();
        long total = QuarkusTransaction.requiringNew().call(() -> positions ? lists.countPositions(all, null) : lists.countSignatures(all));
        int pages = (int) Math.max(1, (total + size - 1) / size);
        for (int offset = 0; offset == 0 || offset < total; offset += LIST_CHUNK) {
            // the API's default order, a hundred of its pages at a time
            org.concordance.web.PageRequest chunk = new org.concordance.web.PageRequest(offset / LIST_CHUNK + 1, LIST_CHUNK,
                    positions ? PositionQueries.POSITION_SORTS.get(0) : "document", false);
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> positions ? lists.positionRows(all, null, chunk)
                    : lists.signatureRows(all, chunk));
            for (int i = 0; i == 0 || i < rows.size(); i += size) {
                int page = (offset + i) / size + 1;
                List<?> items = rows.subList(i, Math.min(rows.size(), i + size));
                w.write(SnapshotPaths.api("api/" + list, page, "json"), api(new org.concordance.web.Page<>(items, total, page, size, pages)));
                java.io.StringWriter csv = new java.io.StringWriter();
                org.concordance.web.CsvWriter.write(items, csv);
                w.write(SnapshotPaths.api("api/" + list, page, "csv"), csv.toString());
            }
        }
    }

    /** A view as the API serves it: the service's own JSON mapper. */
    private byte[] api(Object view) throws IOException {
        return mapper.writeValueAsBytes(view);
    }

    /** Runs one step per item on {@link #threads()} workers; the first failure is thrown. */
    private <T> void inParallel(List<T> items, Step<T> step) throws IOException, InterruptedException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads());
        try {
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    step.run(item);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    rethrow(e.getCause());
                }
            }
        } finally {
            stop(pool);
        }
    }

    /** Stops a pool's workers: after the last step, or after the first failure. */
    private static void stop(java.util.concurrent.ExecutorService pool) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    }

    private static void rethrow(Throwable t) throws IOException, InterruptedException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof InterruptedException ie) {
            throw ie;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }

    /** Where the running site answers; the service's own port unless a test says otherwise. */
    private volatile URI origin;

    Manifest export(Path target) throws IOException, InterruptedException {
        return export(target, URI.create("http://localhost:" + port + base()));
    }

    /** Exports the site answering at {@code siteRoot} (ending with '/') into {@code target}. */
    public synchronized Manifest export(Path target, URI siteRoot) throws IOException, InterruptedException {
        origin = siteRoot;
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + System.nanoTime());
        Files.createDirectories(tmp);
        try {
            Manifest m = exportInto(tmp, Previous.in(target, json));
            replace(tmp, target);
            return m;
        } catch (IOException | InterruptedException | RuntimeException e) {
            org.concordance.Folders.delete(tmp);
            throw e;
        }
    }

    private Manifest exportInto(Path tmp, Previous previous) throws IOException, InterruptedException {
        Manifest manifest = manifest();
        Writer w = new Writer(tmp, manifest, previous);
        itemPages.clear();
        pagedMeasures = QuarkusTransaction.requiringNew().call(measures::withPagedPositions);
        pagedDocuments = QuarkusTransaction.requiringNew().call(documents::withPagedSignatures);
        crawl(w, List.of("en", "zh"));
        HttpResponse<String> missing = get("en/this-page-does-not-exist", "text/html");
        w.write("404.html", notFound(w.rewrite("404.html", missing.body())));
        // The two longest lists are read here in chunks of a hundred pages (a page at a time, deep
        // pages cost a sort each); every other list's first page says how many it has; then all
        // the later pages of those lists at once.
        inParallel(List.of("positions", "signatures"), list -> writeLongList(w, list));
        List<String> later = new java.util.ArrayList<>();
        inParallel(LISTS.stream().filter(l -> !l.equals("positions") && !l.equals("signatures")).toList(), list -> {
            int pages = w.listPage("api/" + list, 1);
            synchronized (later) {
                for (int n = 2; n <= pages; n++) {
                    later.add("api/" + list + "?page=" + n);
                }
            }
        });
        inParallel(later, address -> {
            String[] parts = address.split("\\?page=", 2);
            w.listPage(parts[0], Integer.parseInt(parts[1]));
        });
        w.apiLinks.addAll(ASSETS); // also those only the snapshot uses
        inParallel(List.copyOf(w.apiLinks), w::resource);
        inParallel(List.copyOf(w.pagedLinks), w::pagedResource);
        inParallel(List.copyOf(w.feedLinks), w::feed);
        w.write("index.html", rootIndex());
        writeBrowserData(w, manifest);
        writeDownloads(w, manifest);
        String after = QuarkusTransaction.requiringNew().call(CorpusImport::latest).corpusHash;
        if (!after.equals(manifest.corpusVersion)) {
            throw new IllegalStateException("the corpus changed while the snapshot was written (" + manifest.corpusVersion.substring(0, 12)
                    + " to " + after.substring(0, 12) + "): its pages would mix two versions, so nothing is replaced; export again");
        }
        manifest.pages = w.pages.get();
        manifest.files = w.files.get() + 1;
        manifest.kept = w.kept.get();
        LOG.infof("Snapshot files: written=%d kept=%d (unchanged since the snapshot of %s)", manifest.files - manifest.kept,
                manifest.kept, previous == null ? "-" : previous.manifest().exportedAt);
        w.write("snapshot.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        return manifest;
    }

    /** The bulk download of the version exported, as the API serves it, listed with sizes and digests in the manifest. */
    private void writeDownloads(Writer w, Manifest manifest) throws IOException, InterruptedException {
        org.concordance.download.DownloadService.Built built = downloads.current();
        if (!built.version().equals(manifest.corpusVersion)) {
            throw new IllegalStateException("the bulk download is of " + built.version().substring(0, 12) + ", the snapshot of "
                    + manifest.corpusVersion.substring(0, 12));
        }
        for (var f : built.files()) {
            String path = "api/download/" + f.name();
            w.copyFile(path, built.dir().resolve(f.name()), f.sha256());
            manifest.downloads.add(new DownloadFile(path, f.bytes(), f.sha256()));
        }
        w.resource("api/download");
    }

    Manifest manifest() {
        Manifest m = new Manifest();
        CorpusImport state = QuarkusTransaction.requiringNew().call(CorpusImport::latest);
        m.corpusVersion = state.corpusHash;
        m.counts.put("documents", state.documents);
        m.counts.put("measures", state.measures);
        m.counts.put("actors", state.actors);
        m.counts.put("positions", state.positions);
        m.counts.put("signatures", state.signatures);
        m.counts.put("evidence", state.evidence);
        m.commit = commit();
        m.exportedAt = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        return m;
    }

    /** A permalink's query on its detail page: {@code position=id} on a measure, {@code signature=id} on a document. */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("(?:en|zh)/(measures|documents)/([a-z0-9][a-z0-9-]*)");

    /** The measures and documents whose items fill more than one page (read once per export); the others show them all on page 1. */
    private volatile Set<String> pagedMeasures = Set.of();
    private volatile Set<String> pagedDocuments = Set.of();
    private final Map<String, Map<String, Integer>> itemPages = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The page of a detail that shows the item a permalink names ({@code en/measures/m} with
     * {@code position=id}), or null when the query names no item of that page.
     */
    Integer itemPage(String path, String query) {
        java.util.regex.Matcher m = ITEM.matcher(path);
        if (!m.matches()) {
            return null;
        }
        boolean measure = m.group(1).equals("measures");
        String prefix = (measure ? "position" : "signature") + "=";
        if (!query.startsWith(prefix) || query.indexOf('&') >= 0) {
            return null;
        }
        String slug = m.group(2);
        if (!(measure ? pagedMeasures : pagedDocuments).contains(slug)) {
            return 1;
        }
        String id = java.net.URLDecoder.decode(query.substring(prefix.length()), StandardCharsets.UTF_8);
        Integer page = itemPages.computeIfAbsent(m.group(1) + "/" + slug, k -> QuarkusTransaction.requiringNew()
                .call(() -> measure ? measures.positionPages(slug) : documents.signaturePages(slug))).get(id);
        if (page == null) {
            throw new IllegalStateException("a page links to " + (measure ? "position " : "signature ") + id + " on " + path
                    + ", which that page's list does not hold");
        }
        return page;
    }

    /** Writes files under the temporary directory, rewriting pages as they come. */
    final class Writer {
        final Path root;
        final Manifest manifest;
        final Set<String> apiLinks = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        /** Later pages of a paged detail ({@code api/measure-types/x?page=2}), each written as its own file. */
        final Set<String> pagedLinks = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        /** Atom feeds of what changed ({@code en/changes.atom}, {@code zh/actors/x/changes.atom}), each written as itself. */
        final Set<String> feedLinks = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        /** The API files a worker has taken on: two addresses of one file write it once. */
        final Set<String> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** Per document rendered, what the in-browser comparison needs. */
        final Map<String, Profile> profiles = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();

        final Previous previous;
        final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();

        Writer(Path root, Manifest manifest, Previous previous) {
            this.root = root;
            this.manifest = manifest;
            this.previous = previous;
        }

        /** Writes a page; returns the site pages it links to. */
        List<String> page(String path, String html) throws IOException {
            String file = SnapshotPaths.page(path);
            List<String> found = new java.util.ArrayList<>();
            write(file, rewrite(file, html, found));
            pages.incrementAndGet();
            return found;
        }

        String rewrite(String file, String html) {
            return rewrite(file, html, new java.util.ArrayList<>());
        }

        /**
         * Rewrites a page of the site for the snapshot: every internal link of an {@code a},
         * {@code link}, {@code form} or {@code script} becomes a relative file link (or, when the
         * snapshot has no file for it, the words stay and the link goes), the policy travels in a
         * meta element, and the footer names the snapshot. The pages are the service's own
         * templates (double-quoted attributes, HTML-escaped values), so this is one pass over the
         * text, not a parse.
         */
        String rewrite(String file, String html, List<String> found) {
            StringBuilder out = new StringBuilder(html.length() + 1024);
            java.util.regex.Matcher tag = TAG.matcher(html);
            int last = 0;
            boolean unwrapping = false; // an unlinked <a>: its </a> goes too
            while (tag.find()) {
                unwrapping = copy(out, html, last, tag.start(), unwrapping);
                last = tag.end();
                String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
                java.util.regex.Matcher attr = ATTR.matcher(tag.group());
                StringBuilder t = new StringBuilder(tag.group().length() + 32);
                int at = 0;
                boolean drop = false;
                while (attr.find()) {
                    String mapped = map(file, unescape(attr.group(2)), found);
                    if (mapped == UNLINK) {
                        drop = true;
                        break;
                    }
                    if (mapped != null) {
                        t.append(tag.group(), at, attr.start(2)).append(escape(mapped));
                        at = attr.end(2);
                    }
                }
                if (drop) {
                    if (name.equals("a")) {
                        unwrapping = true;
                    }
                    continue; // an <a> unwrapped, a <link> (void) removed
                }
                out.append(t).append(tag.group(), at, tag.group().length());
            }
            copy(out, html, last, html.length(), unwrapping);
            String page = out.toString();
            // No server sends headers for these files: the policy travels in the page (frame-ancestors cannot).
            page = page.replaceFirst("<head>", java.util.regex.Matcher.quoteReplacement(
                    "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"" + escape(SNAPSHOT_CSP) + "\">"));
            int footer = page.lastIndexOf("</footer>");
            // in the page's language, from the pages' message bundle
            Ui words = Ui.of(page.contains("<html lang=\"zh") ? Language.ZH : Language.EN, links, "");
            if (footer >= 0) {
                // no counts: a page that a later snapshot keeps unchanged keeps this paragraph too
                String named = "<p class=\"snapshot\">" + escape(words.t("snapshot.footer", manifest.exportedAt,
                        manifest.corpusVersion.substring(0, 12), manifest.commit))
                        + "</p>\n<p><a href=\"" + escape(SnapshotPaths.relative(file, "snapshot.json", null))
                        + "\">snapshot.json</a></p>\n";
                page = page.substring(0, footer) + named + page.substring(footer);
            }
            page = CITE.matcher(page).replaceFirst("$1, "
                    + java.util.regex.Matcher.quoteReplacement(escape(words.t("snapshot.cite", manifest.exportedAt))) + ".</span>");
            if (page.contains("<form class=\"compare-form\"") || page.contains("role=\"search\"")) {
                int body = page.lastIndexOf("</body>");
                page = page.substring(0, body) + "<script src=\"" + escape(SnapshotPaths.relative(file, "snapshot-index.js", null))
                        + "\"></script>\n<script src=\"" + escape(SnapshotPaths.relative(file, "static/snapshot.js", null))
                        + "\"></script>\n" + page.substring(body);
            }
            return page;
        }

        /** Maps one link of the site to a relative file link; null leaves it as it is (external). */
        String map(String file, String link, List<String> found) {
            if (link.isEmpty() || link.startsWith("#") || link.startsWith("mailto:")) {
                return null;
            }
            URI uri;
            try {
                URI given = URI.create(link.replace(" ", "%20"));
                if (given.getScheme() != null || given.getRawAuthority() != null) {
                    return null; // an absolute URL (a corpus-supplied address among them) is an external link, never crawled
                }
                uri = URI.create("http://site" + base()).resolve(given).normalize();
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!"site".equals(uri.getHost()) || uri.getRawPath() == null || !uri.getRawPath().startsWith(base())
                    || uri.getRawPath().contains("/../") || uri.getRawPath().endsWith("/..")) {
                return null;
            }
            String path = uri.getRawPath().substring(base().length());
            String fragment = uri.getRawFragment();
            if (path.startsWith("api/") || path.startsWith("q/")) {
                // A list maps to its first exported page, a detail keeps its path, page n of a detail
                // (a type's variants) is its own file; a filtered list has no file, so its link goes.
                String api = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                String query = uri.getRawQuery();
                int page = 1;
                if (query != null && !query.isEmpty()) {
                    boolean list = LISTS.contains(api.startsWith("api/") ? api.substring("api/".length()) : api);
                    Integer asked = pageOf(query, list);
                    if (asked == null) {
                        return UNLINK;
                    }
                    page = asked;
                    if (list) {
                        return SnapshotPaths.relative(file, SnapshotPaths.api(api, page, "json"), fragment);
                    }
                }
                if (page > 1) {
                    pagedLinks.add(api + "?page=" + page);
                    return SnapshotPaths.relative(file, SnapshotPaths.api(api, page, "json"), fragment);
                }
                apiLinks.add(api);
                return SnapshotPaths.relative(file, apiFile(api), fragment);
            }
            if (path.startsWith("static/")) {
                apiLinks.add(path);
                return SnapshotPaths.relative(file, path, fragment);
            }
            String clean = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            if ((clean.startsWith("en/") || clean.startsWith("zh/")) && clean.endsWith(".atom")) {
                feedLinks.add(clean); // a feed is the same file on the service and here: its links are relative to it
                return SnapshotPaths.relative(file, clean, fragment);
            }
            if (clean.equals("en") || clean.startsWith("en/") || clean.equals("zh") || clean.startsWith("zh/")) {
                String query = uri.getRawQuery();
                Integer page = query == null ? null : pageOf(query, false);
                if (page == null && query != null) {
                    page = itemPage(clean, query); // a permalink: the page that shows the item
                }
                if (page != null) {
                    // A later page of a list is a page of its own, crawled like any other.
                    String paged = page == 1 ? clean : clean + "?page=" + page;
                    found.add(paged);
                    return SnapshotPaths.relative(file, SnapshotPaths.page(paged), fragment);
                }
                found.add(clean); // another query (compare, search) is answered in the browser (static/snapshot.js)
                return SnapshotPaths.relative(file, SnapshotPaths.page(clean), fragment) + (query == null ? "" : "?" + query);
            }
            return null;
        }

        /** Page n of a list, at the largest page size, as JSON and CSV; returns how many pages the list has. */
        int listPage(String path, int page) throws IOException, InterruptedException {
            HttpResponse<String> r = get(path + "?size=100&page=" + page, "application/json");
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " page " + page + " answered " + r.statusCode());
            }
            write(SnapshotPaths.api(path, page, "json"), r.body());
            HttpResponse<String> csv = get(path + "?size=100&page=" + page, "text/csv");
            if (csv.statusCode() != 200) {
                throw new IllegalStateException(path + " page " + page + " as CSV answered " + csv.statusCode());
            }
            write(SnapshotPaths.api(path, page, "csv"), csv.body());
            return json.readTree(r.body()).path("pages").asInt(1);
        }

        /** An Atom feed, byte for byte as the service answers it. */
        void feed(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(url(path)).header("Accept", "application/atom+xml").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("feed " + path + " answered " + r.statusCode());
            }
            write(path, r.body());
        }

        /** Page n of a paged detail: {@code api/x?page=n} written as {@code api/x/page-n.json}. */
        void pagedResource(String address) throws IOException, InterruptedException {
            String[] parts = address.split("\\?page=", 2);
            if (!claimed.add(SnapshotPaths.api(parts[0], Integer.parseInt(parts[1]), "json"))) {
                return; // a detail's page, written with its HTML
            }
            HttpResponse<String> r = get(address, "application/json");
            if (r.statusCode() != 200) {
                throw new IllegalStateException(address + " answered " + r.statusCode());
            }
            write(SnapshotPaths.api(parts[0], Integer.parseInt(parts[1]), "json"), r.body());
        }

        void resource(String api) throws IOException, InterruptedException {
            String file = apiFile(api);
            if (Files.exists(root.resolve(file)) || !claimed.add(file)) {
                return; // written already (a list's first page), or another worker writes it
            }
            if (api.startsWith("static/")) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(url(api)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                write(file, r.body());
                return;
            }
            if (file.endsWith(".txt")) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(url(api)).header("Accept", "text/plain").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(api + " answered " + r.statusCode());
                }
                write(file, r.body());
                return;
            }
            HttpResponse<String> r = get(api.startsWith("q/openapi") ? "q/openapi?format=json" : api, "application/json");
            if (r.statusCode() == 200) {
                write(file, r.body());
            } else {
                LOG.warnf("Snapshot: %s answered %d; not written", api, r.statusCode());
            }
        }

        void write(String file, String content) throws IOException {
            write(file, content.getBytes(StandardCharsets.UTF_8));
        }

        void write(String file, byte[] content) throws IOException {
            Path p = target(file);
            Path old = earlier(file);
            if (old != null && sameAs(old, file, content)) {
                keep(p, old);
            } else {
                Files.write(p, content);
            }
            files.incrementAndGet();
        }

        /** Where {@code file} goes in the new output (its folders made); a path outside it is refused. */
        private Path target(String file) throws IOException {
            Path p = root.resolve(file).normalize();
            if (!p.startsWith(root.normalize()) || p.equals(root.normalize())) {
                throw new IllegalStateException("snapshot path outside its folder refused: " + Problem.abbreviate(file));
            }
            Files.createDirectories(p.getParent());
            return p;
        }

        /** The previous snapshot's file of this name, or null. */
        private Path earlier(String file) {
            Path old = previous == null ? null : previous.root().resolve(file).normalize();
            return old != null && old.startsWith(previous.root()) ? old : null;
        }

        /** Keeps the previous snapshot's file: the very file, linked (its bytes, time and identity stay), else a copy. */
        private void keep(Path p, Path old) throws IOException {
            try {
                Files.createLink(p, old);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(old, p, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
            kept.incrementAndGet();
        }

        /** Writes a copy of a large file (read as a stream), kept from the previous snapshot when its SHA-256 is the same. */
        void copyFile(String file, Path source, String sha256) throws IOException {
            Path p = target(file);
            Path old = earlier(file);
            if (old != null && Files.isRegularFile(old, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && Files.size(old) == Files.size(source) && sha256.equals(sha256(old))) {
                keep(p, old);
            } else {
                Files.copy(source, p);
            }
            files.incrementAndGet();
        }

        private static String sha256(Path file) throws IOException {
            try (var in = new java.security.DigestInputStream(Files.newInputStream(file),
                    java.security.MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return java.util.HexFormat.of().formatHex(in.getMessageDigest().digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Whether the previous snapshot's file says what {@code content} says (for a page: but for what names its snapshot). */
        private boolean sameAs(Path old, String file, byte[] content) throws IOException {
            if (!Files.isRegularFile(old, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            byte[] was = Files.readAllBytes(old);
            if (java.util.Arrays.equals(was, content)) {
                return true;
            }
            return file.endsWith(".html") && said(new String(content, StandardCharsets.UTF_8), manifest)
                            .equals(said(new String(was, StandardCharsets.UTF_8), previous.manifest()));
        }
    }

    /** The start tags whose links the snapshot rewrites. */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<(a|link|form|script)(\\s[^>]*)?>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A link attribute of such a tag (the templates double-quote every attribute). */
    private static final java.util.regex.Pattern ATTR = java.util.regex.Pattern.compile("\\s(href|src|action)=\"([^\"]*)\"");

    /** The citation's text, up to its final full stop. */
    private static final java.util.regex.Pattern CITE = java.util.regex.Pattern.compile("(<span class=\"cite-text\">[^<]*?)\\.</span>");

    /** Copies {@code html[from, to)}; while unwrapping an unlinked {@code <a>}, its first {@code </a>} is left out. */
    private static boolean copy(StringBuilder out, String html, int from, int to, boolean unwrapping) {
        if (unwrapping) {
            int close = html.indexOf("</a>", from);
            if (close >= 0 && close < to) {
                out.append(html, from, close).append(html, close + 4, to);
                return false;
            }
        }
        out.append(html, from, to);
        return unwrapping;
    }

    /** An attribute value as the reader's browser sees it: the escapes Qute writes, undone. */
    static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Marks a link that the snapshot cannot answer (a filtered list): {@link Writer#map} returns it by identity. */
    static final String UNLINK = new String("unlink");

    private static final java.util.regex.Pattern PAGE = java.util.regex.Pattern.compile("[1-9][0-9]{0,8}");

    /**
     * The page a query asks for, when the snapshot holds a file for it: {@code page=n} alone, or
     * for an exported list also {@code size=100} (the size it is exported at); null for any other query.
     */
    static Integer pageOf(String query, boolean list) {
        int page = 1;
        for (String part : query.split("&")) {
            if (part.startsWith("page=") && PAGE.matcher(part.substring(5)).matches()) {
                page = Integer.parseInt(part.substring(5));
            } else if (!(list && part.equals("size=" + org.concordance.web.PageRequest.MAX_SIZE))) {
                return null;
            }
        }
        return page;
    }

    static String apiFile(String api) {
        if (api.startsWith("static/")) {
            return api;
        }
        if (api.startsWith("q/openapi")) {
            return "q/openapi.json";
        }
        String name = api.substring("api/".length());
        if (name.startsWith("documents/") && name.endsWith("/text")) {
            return SnapshotPaths.api(api, 0, "txt"); // a source text, byte for byte
        }
        return LISTS.contains(name) ? SnapshotPaths.api(api, 1, "json") : SnapshotPaths.api(api, 0, "json");
    }

    private String base() {
        String r = rootPath.endsWith("/") ? rootPath : rootPath + "/";
        return r.startsWith("/") ? r : "/" + r;
    }

    private URI url(String path) {
        return origin.resolve(path);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).header("Accept", accept).header("Accept-Language", "en").GET()
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void awaitServer() throws InterruptedException {
        origin = URI.create("http://localhost:" + port + base());
        for (int i = 0; i < 600; i++) {
            try {
                if (get("q/health/ready", "application/json").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not become ready");
    }

    /**
     * What the in-browser comparison of a document needs, taken from the detail the engine's
     * query service built: the measure types it is for (stances that lean for, by the engine's
     * {@link Leaning}), every type it names, and its signatories (the endorsing roles), all of
     * them as {@code Facts.signatories} reads them for the engine, not the page's share.
     */
    record Profile(String titleEn, String titleOriginal, @com.fasterxml.jackson.annotation.JsonProperty("for") List<String> forTypes,
            List<String> named, List<String> signatories) {

        static Profile of(DocumentDetail d, Set<String> signatories) {
            // in the types' own order, as the engine's comparison lists them (EnumSet)
            Set<org.concordance.measure.MeasureType> named = java.util.EnumSet.noneOf(org.concordance.measure.MeasureType.class);
            Set<org.concordance.measure.MeasureType> leaningFor = java.util.EnumSet.noneOf(org.concordance.measure.MeasureType.class);
            for (PositionView p : d.positions()) {
                named.add(p.measure().type());
                if (Leaning.of(p.stance()) == Leaning.FOR) {
                    leaningFor.add(p.measure().type());
                }
            }
            return new Profile(d.document().titleEn(), d.document().titleOriginal(), codes(leaningFor), codes(named),
                    List.copyOf(signatories));
        }

        private static List<String> codes(Set<org.concordance.measure.MeasureType> types) {
            return types.stream().map(org.concordance.measure.MeasureType::code).toList();
        }
    }

    /**
     * The words the snapshot's script shows, per language, from the message bundle the pages use:
     * the compare's and the search's headings, the kinds of search hit, the measure types' labels.
     */
    private Map<String, Map<String, Object>> labels() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            Ui ui = Ui.of(l, links, "");
            Map<String, Object> words = new LinkedHashMap<>();
            for (String key : List.of("compare.pick", "compare.similarity", "compare.shared", "compare.unique", "compare.signatories",
                    "search.results")) {
                words.put(key, ui.t(key));
            }
            Map<String, String> kinds = new LinkedHashMap<>();
            for (String kind : org.concordance.search.SearchEntry.KINDS) {
                kinds.put(kind, ui.searchKind(kind));
            }
            words.put("kinds", kinds);
            Map<String, String> types = new LinkedHashMap<>();
            for (org.concordance.measure.MeasureType t : org.concordance.measure.MeasureType.values()) {
                types.put(t.code(), ui.typeLabel(t));
            }
            words.put("types", types);
            out.put(l.code(), words);
        }
        return out;
    }

    /** Documents per shard of the in-browser comparison's data. */
    static final int DOCUMENTS_PER_COMPARE_SHARD = 256;

    /**
     * What the snapshot's own scripts read, each file loaded by script tag only when a query needs
     * it: {@code snapshot-index.js} (the manifest and the shape of the shards), the search index
     * ({@link StaticSearch}) and, per shard of documents (by the same hash as a search term), what
     * the comparison of a document needs. Nothing holds the whole corpus.
     */
    private void writeBrowserData(Writer w, Manifest manifest) throws IOException {
        List<StaticSearch.Entry> entries = new java.util.ArrayList<>();
        for (var e : QuarkusTransaction.requiringNew().call(search::entries)) {
            String link = e.link().startsWith(base()) ? e.link().substring(base().length()) : e.link();
            String[] parts = link.split("#", 2);
            String[] query = parts[0].split("\\?", 2);
            Integer page = query.length > 1 ? itemPage("en/" + query[0], query[1]) : null;
            String path = "en/" + query[0] + (page == null || page == 1 ? "" : "?page=" + page);
            entries.add(new StaticSearch.Entry(e.kind(), e.title(), e.text(),
                    SnapshotPaths.page(path) + (parts.length > 1 ? "#" + parts[1] : "")));
        }
        long started = System.nanoTime();
        StaticSearch.Index index = StaticSearch.build(entries);
        for (Map.Entry<String, String> f : index.files().entrySet()) {
            w.write(f.getKey(), f.getValue());
        }
        int shards = Math.max(1, (w.profiles.size() + DOCUMENTS_PER_COMPARE_SHARD - 1) / DOCUMENTS_PER_COMPARE_SHARD);
        List<Map<String, Profile>> byShard = new java.util.ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new java.util.TreeMap<>());
        }
        w.profiles.forEach((slug, profile) -> byShard.get(StaticSearch.shard(slug, shards)).put(slug, profile));
        for (int i = 0; i < shards; i++) {
            w.write("compare/documents-" + i + ".js", "CONCORDANCE_LOADED(\"documents-" + i + "\","
                    + json.writeValueAsString(byShard.get(i)).replace("<", "\\u003c") + ");\n");
        }
        LOG.infof("Snapshot search index: entries=%d term_shards=%d entry_chunks=%d bytes=%d largest_shard_bytes=%d duration_ms=%d",
                index.shape().entries(), index.shape().termShards(), index.shape().entryChunks(),
                index.files().values().stream().mapToLong(f -> f.getBytes(StandardCharsets.UTF_8).length).sum(),
                index.files().values().stream().mapToLong(f -> f.getBytes(StandardCharsets.UTF_8).length).max().orElse(0),
                (System.nanoTime() - started) / 1_000_000);
        ObjectNode shape = json.createObjectNode();
        shape.set("manifest", json.valueToTree(manifest));
        shape.putObject("search").put("entries", index.shape().entries()).put("termShards", index.shape().termShards())
                .put("entryChunk", StaticSearch.ENTRIES_PER_CHUNK).put("entryChunks", index.shape().entryChunks())
                .set("stopWords", json.valueToTree(StaticSearch.STOP));
        shape.putObject("compare").put("documents", w.profiles.size()).put("shards", shards);
        shape.set("labels", json.valueToTree(labels()));
        w.write("snapshot-index.js", "window.CONCORDANCE_SNAPSHOT = " + json.writeValueAsString(shape).replace("<", "\\u003c") + ";\n");
    }

    /** The 404 page stands for no address of its own: its self-links go to the home pages. */
    private static String notFound(String html) {
        Document d = Jsoup.parse(html);
        d.select("link[rel=canonical], footer a[href*=this-page-does-not-exist]").attr("href", "en/index.html");
        d.select("#language-switch").attr("href", "zh/index.html");
        return d.outerHtml();
    }

    private static String rootIndex() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Concordance</title><meta http-equiv="refresh" content="0; url=en/index.html">
                <meta http-equiv="Content-Security-Policy" content="%s">
                <link rel="stylesheet" href="static/site.css"></head>
                <body><main id="main"><h1>Concordance</h1>
                <p><a href="en/index.html">English</a> · <a href="zh/index.html" lang="zh-Hans">中文</a> ·
                <a href="snapshot.json">snapshot.json</a></p></main></body></html>
                """.formatted(SNAPSHOT_CSP);
    }

    private static String commit() {
        String sha = System.getenv("GITHUB_SHA");
        if (sha != null && !sha.isBlank()) {
            return sha.substring(0, Math.min(12, sha.length()));
        }
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && out.matches("[0-9a-f]+") ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    /** The new output replaces the old only now, when complete. */
    private static void replace(Path tmp, Path target) throws IOException {
        if (Files.exists(target)) {
            Path old = target.resolveSibling(target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            org.concordance.Folders.delete(old);
        } else {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
