package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Immutable in-memory full-text index over {@link SearchEntry entries}, for Chinese, English and both mixed.
 *
 * <h2>Design</h2>
 * Each entry's title and "title + text" are indexed in three analyses:
 * <ul>
 * <li><b>bigram</b> ({@code *_bi}, with positions): UAX#29 words, lower case, English stop words removed,
 * Porter stemming, and CJK characters as overlapping bigrams. A query's run of 2+ adjacent Chinese
 * characters becomes a phrase of its bigrams, so any Chinese substring matches (暂停 in
 * "立即暂停至少6个月"), and "audits" matches "audit" and "auditing". This field decides what matches.</li>
 * <li><b>unigram</b> ({@code *_uni}, frequencies only): single CJK characters, so a lone-character
 * query (停) also works.</li>
 * <li><b>smart</b> ({@code *_sc}, frequencies only): SmartChinese word segmentation; optional clauses
 * that only add score when the query aligns with real Chinese words. Only entries that contain Han
 * characters get these fields, and only queries that contain them use them: segmentation is the
 * costliest analysis, and it can rank nothing for a query without Chinese.</li>
 * </ul>
 * Every query group (English word, Chinese run, lone Chinese character) is required (AND); a group
 * matching in the title gets a {@value #TITLE_BOOST}x boost, so title matches rank above text-only ones.
 * Results are sorted by score, then kind, then slug, then input order. The query text is only analysed,
 * never parsed as Lucene syntax.
 *
 * <h2>Size and place</h2>
 * What a hit shows (kind, slug, title, text, link) is stored in the index itself, so an index can live
 * in a folder ({@link #build(List, Path)}, {@link #openIfComplete}) and be opened again by a later start
 * instead of being rebuilt; {@link #build(List)} keeps one in memory. Besides the stored fields the index
 * holds postings (positions only for the bigram fields), norms and three small doc values per entry.
 * Building is dominated by analysis (SmartChinese most of all), so above {@value #PARALLEL_THRESHOLD}
 * entries documents are added from all cores (IndexWriter is thread-safe; doc ids then vary between builds,
 * but results do not, as they are ordered by score, kind, slug and input position). The real corpus (a few
 * hundred entries) builds in well under a second once the SmartChinese dictionaries are loaded (about one
 * second, once per JVM); bench/run reports the build at 10,000 documents.
 *
 * <h2>Threads</h2>
 * Once built the index is read-only: one {@link IndexSearcher} over one {@link DirectoryReader}, safe for
 * any number of concurrent {@link #search} calls. The reader is released by garbage collection with the
 * index (a search may still run on an index just replaced); there is nothing to close.
 */
public final class SearchIndex {

    /** Longest accepted query, in characters (code points). */
    public static final int MAX_QUERY_LENGTH = 200;
    /** Largest accepted page size. */
    public static final int MAX_LIMIT = 100;

    static final float TITLE_BOOST = 3f;
    static final float SMART_WEIGHT = 0.5f;
    static final int PARALLEL_THRESHOLD = 1000;

    static final String F_KIND = "kind";
    static final String F_KIND_SORT = "kind_sort";
    static final String F_SLUG_SORT = "slug_sort";
    static final String F_ORD = "ord";
    /** The file an entry comes from ({@link SearchEntry#owner()}), indexed as one term. */
    static final String F_OWNER = "owner";
    static final String F_ALL_BI = "all_bi";
    static final String F_TITLE_BI = "title_bi";
    static final String F_ALL_UNI = "all_uni";
    static final String F_TITLE_UNI = "title_uni";
    static final String F_ALL_SC = "all_sc";
    static final String F_TITLE_SC = "title_sc";
    /** What a hit shows, stored (not indexed). */
    static final String F_STORED_KIND = "s_kind";
    static final String F_STORED_SLUG = "s_slug";
    static final String F_STORED_TITLE = "s_title";
    static final String F_STORED_TEXT = "s_text";
    static final String F_STORED_LINK = "s_link";

    private static final Analyzer INDEX_ANALYZER = new PerFieldAnalyzerWrapper(Analyzers.BIGRAM, Map.of(
            F_ALL_UNI, Analyzers.UNIGRAM,
            F_TITLE_UNI, Analyzers.UNIGRAM,
            F_ALL_SC, Analyzers.SMART,
            F_TITLE_SC, Analyzers.SMART));

    /** Tokenized, not stored, no positions: enough for term queries and BM25. */
    private static final FieldType FREQS_ONLY = freqsOnly();

    private static final Sort SORT = new Sort(
            SortField.FIELD_SCORE,
            new SortField(F_KIND_SORT, SortField.Type.STRING),
            new SortField(F_SLUG_SORT, SortField.Type.STRING),
            new SortField(F_ORD, SortField.Type.LONG));

    /** Written last into a folder index: a folder without it is an interrupted build. */
    static final String COMPLETE = "concordance-index-complete";

    private static final SearchIndex EMPTY = new SearchIndex(0, null);

    private final int size;
    private final IndexSearcher searcher; // null when there are no entries

    private SearchIndex(int size, IndexSearcher searcher) {
        this.size = size;
        this.searcher = searcher;
    }

    public static SearchIndex empty() {
        return EMPTY;
    }

    /**
     * Builds an index in memory over the entries (kept in this order as the last tie-breaker).
     *
     * @throws IllegalArgumentException if an entry is null or has a blank kind or slug
     */
    public static SearchIndex build(List<SearchEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.isEmpty()) {
            return EMPTY;
        }
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            write(entries, dir);
            return open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index", e);
        }
    }

    /**
     * Builds the index into {@code folder} (which must not exist) and opens it. The folder is
     * marked complete only once everything is written, so {@link #openIfComplete} never opens
     * half an index after a crash.
     */
    public static SearchIndex build(List<SearchEntry> entries, Path folder) {
        Objects.requireNonNull(entries, "entries");
        try {
            Files.createDirectories(folder.getParent());
            Path building = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".building-");
            try (FSDirectory dir = FSDirectory.open(building)) {
                write(entries, dir);
            }
            Files.writeString(building.resolve(COMPLETE), entries.size() + "\n");
            try {
                Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                org.concordance.Folders.delete(building); // another process built the same version meanwhile: the same content, so use that one
            }
            return openIfComplete(folder).orElseThrow(() -> new IOException("the index just built in " + folder + " did not open"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index in " + folder, e);
        }
    }

    /**
     * The index in {@code from} with a change applied, built into {@code folder} (which must not
     * exist) and opened: every entry of the {@code owners} removed, {@code entries} added. The
     * files of {@code from} are linked, not copied (an index never rewrites a file it wrote), so
     * this costs what the change costs; {@code from} stays as it was, for the searches still on it.
     */
    public static SearchIndex update(Path from, java.util.Collection<String> owners, List<SearchEntry> entries, Path folder) {
        Objects.requireNonNull(entries, "entries");
        try {
            Path building = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".building-");
            try (var files = Files.list(from)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (!name.equals(COMPLETE) && !name.equals(IndexWriter.WRITE_LOCK_NAME) && Files.isRegularFile(f)) {
                        Files.createLink(building.resolve(name), f);
                    }
                }
            }
            SearchEntry[] copy = checked(entries);
            int size;
            try (FSDirectory dir = FSDirectory.open(building);
                    IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(INDEX_ANALYZER)
                            .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(true))) {
                writer.deleteDocuments(owners.stream().map(o -> new Term(F_OWNER, o)).toArray(Term[]::new));
                long first = writer.getDocStats().maxDoc;
                for (int i = 0; i < copy.length; i++) {
                    writer.addDocument(document(Math.toIntExact(first + i), copy[i]));
                }
                writer.commit();
                size = writer.getDocStats().numDocs;
            }
            Files.writeString(building.resolve(COMPLETE), size + "\n");
            try {
                Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                org.concordance.Folders.delete(building);
            }
            return openIfComplete(folder).orElseThrow(() -> new IOException("the index just updated in " + folder + " did not open"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not update the search index from " + from + " into " + folder, e);
        }
    }

    /** The index in {@code folder} if a build there completed, else empty. */
    public static java.util.Optional<SearchIndex> openIfComplete(Path folder) throws IOException {
        if (!Files.isRegularFile(folder.resolve(COMPLETE))) {
            return java.util.Optional.empty();
        }
        int size = Integer.parseInt(Files.readString(folder.resolve(COMPLETE)).strip());
        if (size == 0) {
            return java.util.Optional.of(EMPTY);
        }
        // Not closed: searches may still run on a replaced index; its maps go with it to the collector.
        return java.util.Optional.of(open(FSDirectory.open(folder)));
    }

    private static SearchIndex open(org.apache.lucene.store.Directory dir) throws IOException {
        DirectoryReader reader = DirectoryReader.open(dir);
        return new SearchIndex(reader.numDocs(), new IndexSearcher(reader));
    }

    private static SearchEntry[] checked(List<SearchEntry> entries) {
        SearchEntry[] copy = entries.toArray(new SearchEntry[0]);
        for (int i = 0; i < copy.length; i++) {
            SearchEntry e = copy[i];
            if (e == null) {
                throw new IllegalArgumentException("search entry " + i + " is null");
            }
            if (e.kind() == null || e.kind().isBlank() || e.slug() == null || e.slug().isBlank()) {
                throw new IllegalArgumentException("search entry " + i + " has a blank kind or slug: " + e);
            }
        }
        return copy;
    }

    private static void write(List<SearchEntry> entries, org.apache.lucene.store.Directory dir) throws IOException {
        SearchEntry[] copy = checked(entries);
        IndexWriterConfig config = new IndexWriterConfig(INDEX_ANALYZER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            IntStream ords = IntStream.range(0, copy.length);
            if (copy.length >= PARALLEL_THRESHOLD) {
                ords = ords.parallel();
            }
            ords.forEach(i -> {
                try {
                    writer.addDocument(document(i, copy[i]));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Document document(int ord, SearchEntry e) {
        String title = Objects.requireNonNullElse(e.title(), "");
        String text = Objects.requireNonNullElse(e.text(), "");
        String all = title + "\n" + text;
        Document doc = new Document();
        doc.add(new StringField(F_KIND, e.kind(), Field.Store.NO));
        doc.add(new SortedDocValuesField(F_KIND_SORT, new BytesRef(e.kind())));
        doc.add(new SortedDocValuesField(F_SLUG_SORT, new BytesRef(e.slug())));
        doc.add(new NumericDocValuesField(F_ORD, ord));
        if (e.owner() != null) {
            doc.add(new StringField(F_OWNER, e.owner(), Field.Store.NO));
        }
        doc.add(new Field(F_ALL_BI, all, TextField.TYPE_NOT_STORED));
        doc.add(new Field(F_TITLE_BI, title, TextField.TYPE_NOT_STORED));
        doc.add(new Field(F_ALL_UNI, all, FREQS_ONLY));
        doc.add(new Field(F_TITLE_UNI, title, FREQS_ONLY));
        if (QueryPlan.hasHan(all)) { // segmenting text without Chinese adds nothing a Chinese query can use
            doc.add(new Field(F_ALL_SC, all, FREQS_ONLY));
            doc.add(new Field(F_TITLE_SC, title, FREQS_ONLY));
        }
        // What a hit shows, kept in the index (not in memory beside it), so an index on disk is complete.
        doc.add(new StoredField(F_STORED_KIND, e.kind()));
        doc.add(new StoredField(F_STORED_SLUG, e.slug()));
        doc.add(new StoredField(F_STORED_TITLE, title));
        doc.add(new StoredField(F_STORED_TEXT, text));
        doc.add(new StoredField(F_STORED_LINK, Objects.requireNonNullElse(e.link(), "")));
        return doc;
    }

    private static FieldType freqsOnly() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** Number of entries in the index. */
    public int size() {
        return size;
    }

    /**
     * Searches the index.
     *
     * @param query  free text, Chinese and/or English (1..200 characters, not blank); never parsed as Lucene
     *               syntax. All its words must match; English is stemmed, Chinese matched as substrings.
     *               A query of only stop words or punctuation matches nothing.
     * @param kind   only entries of this kind, or null (or blank) for all kinds
     * @param offset number of hits to skip (0 or more)
     * @param limit  page size, 1..100
     * @throws IllegalArgumentException for a blank or too long query, a negative offset or a limit out of range
     */
    public SearchResult search(String query, String kind, int offset, int limit) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        String q = query.strip();
        int length = q.codePointCount(0, q.length());
        if (length > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException(
                    "query must be at most " + MAX_QUERY_LENGTH + " characters long (was " + length + ")");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative (was " + offset + ")");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        if (searcher == null) {
            return new SearchResult(q, 0, List.of());
        }
        QueryPlan plan = QueryPlan.parse(q);
        if (plan.isEmpty()) {
            return new SearchResult(q, 0, List.of());
        }
        Query lucene = toLucene(plan, kind);
        try {
            int maxDoc = searcher.getIndexReader().maxDoc();
            if (offset >= maxDoc) {
                return new SearchResult(q, searcher.count(lucene), List.of());
            }
            int numHits = (int) Math.min((long) offset + limit, maxDoc);
            TopFieldDocs top = searcher.search(lucene,
                    new TopFieldCollectorManager(SORT, numHits, null, Integer.MAX_VALUE));
            List<SearchHit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length; i++) {
                FieldDoc fd = (FieldDoc) docs[i];
                float score = (Float) fd.fields[0];
                Document stored = searcher.storedFields().document(fd.doc);
                String link = stored.get(F_STORED_LINK);
                SearchEntry e = new SearchEntry(stored.get(F_STORED_KIND), stored.get(F_STORED_SLUG),
                        stored.get(F_STORED_TITLE), stored.get(F_STORED_TEXT), link.isEmpty() ? null : link);
                String text = e.text() == null || e.text().isBlank() ? e.title() : e.text();
                hits.add(new SearchHit(e.kind(), e.slug(), e.title(), Snippets.snippet(text, plan), e.link(), score));
            }
            return new SearchResult(q, top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for query " + q, e);
        }
    }

    static Query toLucene(QueryPlan plan, String kind) {
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        for (QueryPlan.Group g : plan.groups()) {
            Query all;
            Query title;
            switch (g.kind()) {
                case PHRASE -> {
                    all = phraseOrTerm(F_ALL_BI, g.terms());
                    title = phraseOrTerm(F_TITLE_BI, g.terms());
                }
                case CHAR -> {
                    all = new TermQuery(new Term(F_ALL_UNI, g.terms().get(0)));
                    title = new TermQuery(new Term(F_TITLE_UNI, g.terms().get(0)));
                }
                default -> {
                    all = new TermQuery(new Term(F_ALL_BI, g.terms().get(0)));
                    title = new TermQuery(new Term(F_TITLE_BI, g.terms().get(0)));
                }
            }
            // the title is part of "all": the group matches iff "all" matches; a title match adds a boost
            required.add(new BooleanQuery.Builder()
                    .add(all, Occur.SHOULD)
                    .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        BooleanQuery.Builder root = new BooleanQuery.Builder().add(required.build(), Occur.MUST);
        if (!plan.smartTerms().isEmpty()) {
            BooleanQuery.Builder smart = new BooleanQuery.Builder();
            for (String t : plan.smartTerms()) {
                smart.add(new TermQuery(new Term(F_ALL_SC, t)), Occur.SHOULD);
                smart.add(new BoostQuery(new TermQuery(new Term(F_TITLE_SC, t)), TITLE_BOOST), Occur.SHOULD);
            }
            root.add(new BoostQuery(smart.build(), SMART_WEIGHT), Occur.SHOULD);
        }
        if (kind != null && !kind.isBlank()) {
            root.add(new TermQuery(new Term(F_KIND, kind)), Occur.FILTER);
        }
        return root.build();
    }

    private static Query phraseOrTerm(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        return new PhraseQuery(field, terms.toArray(new String[0]));
    }
}
