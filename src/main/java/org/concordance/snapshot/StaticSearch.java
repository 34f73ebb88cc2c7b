package org.concordance.snapshot;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The snapshot's search index, in shards that the browser loads one at a time by script tag (so
 * that it works from the file system, where a page may not fetch files): the reader's browser
 * never receives the corpus, only the shards of the query's terms and the entries it shows.
 *
 * <p>Terms are what {@code static/snapshot.js} derives from a query the same way: text folded
 * with NFKC and lower-cased; a run of letters or digits is a word (unless one of the
 * service's English stop words), with one ending folded ({@link #fold}); a run of
 * Chinese characters gives each character and each pair of neighbours. A query's words must all
 * appear (a Chinese run of two or more characters by its pairs). Lighter than the service's
 * search (no stemmer, no ranking): its hits are in the order of the entries.
 */
final class StaticSearch {

    /** Postings per term shard, about 100 KB of script each. */
    static final int POSTINGS_PER_SHARD = 16_384;

    /** Entries per entry chunk. */
    static final int ENTRIES_PER_CHUNK = 500;

    /** Characters of an entry's text kept to show under its title. */
    static final int SNIPPET = 200;

    private StaticSearch() {
    }

    /** One entry as the index keeps it: what a hit shows and where it links (a path from the snapshot's root). */
    record Entry(String kind, String title, String text, String path) {
    }

    /** What the index holds: how many entries, term shards and entry chunks. */
    record Shape(int entries, int termShards, int entryChunks) {
    }

    /** The files of the index, by path under the snapshot root, and its shape. */
    record Index(Map<String, String> files, Shape shape) {
    }

    /** The English words neither indexed nor asked for: the service's search's stop words. */
    static final Set<String> STOP = org.concordance.search.SearchService.stopWords();

    static Index build(List<Entry> entries) {
        Map<String, List<Integer>> postings = new TreeMap<>();
        long total = 0;
        for (int id = 0; id < entries.size(); id++) {
            Entry e = entries.get(id);
            for (String term : terms(e.title() + " " + e.text(), true)) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(id);
                total++;
            }
        }
        int shards = (int) Math.max(1, (total + POSTINGS_PER_SHARD - 1) / POSTINGS_PER_SHARD);
        List<StringBuilder> out = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            out.add(new StringBuilder("{"));
        }
        postings.forEach((term, ids) -> {
            StringBuilder b = out.get(shard(term, shards));
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(string(term)).append(":[");
            for (int i = 0; i < ids.size(); i++) {
                b.append(i == 0 ? "" : ",").append(ids.get(i));
            }
            b.append(']');
        });
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < shards; i++) {
            files.put("search/terms-" + i + ".js", "CONCORDANCE_LOADED(\"terms-" + i + "\"," + out.get(i).append('}') + ");\n");
        }
        int chunks = Math.max(1, (entries.size() + ENTRIES_PER_CHUNK - 1) / ENTRIES_PER_CHUNK);
        for (int c = 0; c < chunks; c++) {
            StringBuilder b = new StringBuilder("[");
            for (int id = c * ENTRIES_PER_CHUNK; id < Math.min(entries.size(), (c + 1) * ENTRIES_PER_CHUNK); id++) {
                Entry e = entries.get(id);
                String text = e.text().codePointCount(0, e.text().length()) > SNIPPET
                        ? e.text().substring(0, e.text().offsetByCodePoints(0, SNIPPET)) : e.text();
                b.append(b.length() > 1 ? "," : "").append('[').append(string(e.kind())).append(',').append(string(e.title()))
                        .append(',').append(string(e.path())).append(',').append(string(text)).append(']');
            }
            files.put("search/entries-" + c + ".js", "CONCORDANCE_LOADED(\"entries-" + c + "\"," + b.append(']') + ");\n");
        }
        return new Index(files, new Shape(entries.size(), shards, chunks));
    }

    /**
     * The terms of a text. {@code indexing}: a Chinese run gives its characters and its pairs; for
     * a query, a run of two or more gives only its pairs (every pair must match), a lone character itself.
     */
    static Set<String> terms(String text, boolean indexing) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        List<String> han = new ArrayList<>();
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                flushWord(word, out);
                han.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                flushHan(han, out, indexing);
                word.appendCodePoint(cp);
            } else {
                flushWord(word, out);
                flushHan(han, out, indexing);
            }
        }
        flushWord(word, out);
        flushHan(han, out, indexing);
        return out;
    }

    /** The Chinese characters the script's pattern names too: CJK unified ideographs, extension A, compatibility ideographs. */
    static boolean isHan(int cp) {
        return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
    }

    private static void flushWord(StringBuilder word, Set<String> out) {
        if (word.length() > 0) {
            if (!STOP.contains(word.toString())) {
                out.add(fold(word.toString()));
            }
            word.setLength(0);
        }
    }

    private static void flushHan(List<String> han, Set<String> out, boolean indexing) {
        if (han.isEmpty()) {
            return;
        }
        if (indexing || han.size() == 1) {
            out.addAll(han);
        }
        for (int i = 0; i + 1 < han.size(); i++) {
            out.add(han.get(i) + han.get(i + 1));
        }
        han.clear();
    }

    /**
     * One English ending folded ({@code -ing}, {@code -ed}, {@code -s}), then a final {@code e}, each
     * when at least three letters remain: pause, pauses, paused, pausing all give {@code paus}.
     */
    static String fold(String word) {
        String w = word;
        for (String suffix : new String[] {"ing", "ed", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** The shard of a term: FNV-1a over its UTF-8 bytes, as the script computes it. */
    static int shard(String term, int shards) {
        int h = 0x811c9dc5;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }

    /** A JSON string literal that is also safe inside a script file. */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c"); // never "</script>" inside a script
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
