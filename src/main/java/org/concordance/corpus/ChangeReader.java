package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.concordance.corpus.CorpusReader.FileHashes;
import org.concordance.corpus.CorpusReader.FileState;
import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;
import org.concordance.corpus.Format.Link;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.Reference;
import org.concordance.corpus.Format.SignatureEntry;
import org.concordance.position.Basis;

/**
 * Reads and checks only what changed since the last import, when that is a few document, actor
 * or source-text files: the changed files, the documents whose rows refer to what they define
 * or to the documents and actors whose files were removed (their quotes, links, positions and
 * signature-based stances are checked again, and rewritten),
 * and, to look things up in, the documents these refer to. What no file read says comes from the
 * last import ({@link Catalogue}), which held a valid corpus.
 * <p>
 * Anything else is read as a whole corpus by {@link CorpusReader#read()}, and so is a change with
 * a problem, so that a refusal always lists every problem exactly as {@code validate} does: a
 * file outside the three folders, more than {@link #MAX_DOCUMENTS}
 * documents to check, a text no document read names, a file that changed while it was read.
 */
final class ChangeReader {

    /** The most documents checked as a change; a larger change is read as a whole corpus. */
    static final int MAX_DOCUMENTS = 2000;

    /** What the last import in the database says of the files a change does not read. */
    interface Catalogue {
        /**
         * The documents whose rows refer to any of these: links to them, quotes from their texts,
         * signatures on them, positions on their measures, via them or resting on a signature
         * recorded in them, metadata references to them.
         */
        Set<String> documentsReferring(Set<String> documents);

        /** The documents whose rows name any of these actors: as author, signatory, holder or reporter of a stance. */
        Set<String> documentsNaming(Set<String> actors);

        /** The actors whose metadata references name any of these documents. */
        Set<String> actorsReferring(Set<String> documents);

        /** The document defining each of these measures, for those defined. */
        Map<String, String> measureOwners(Set<String> measures);

        /**
         * Of these {@code "<actor> <document>"} pairs, those signed (in any role but declined or withdrawn) in a
         * document not among {@code excluded}.
         */
        Set<String> signed(Set<String> pairs, Set<String> excluded);

        /** The documents naming each of these source texts. */
        Map<String, Set<String>> textOwners(Set<String> names);

        /** The source text each of these documents names. */
        Map<String, String> textsOf(Set<String> documents);
    }

    /**
     * A change, read and checked. {@code documents} are the documents to write again (changed and
     * affected), {@code context} those read only to look things up in; {@code texts} holds the
     * texts of both, {@code anchors} the quotes of {@code documents}.
     */
    record Change(String baseHash, String hash, Map<String, FileState> files, List<ActorFile> actors,
            List<DocumentFile> documents, List<DocumentFile> context, Map<String, SourceText> texts,
            Map<EvidenceEntry, Anchor> anchors, Removed removed) {

        /** The files read as a (partial) corpus, for what derives from it. */
        public Corpus corpus() {
            List<DocumentFile> all = new ArrayList<>(documents);
            all.addAll(context);
            return new Corpus(hash, actors, all, texts, anchors);
        }

        Set<String> slugs() {
            Set<String> slugs = new TreeSet<>();
            documents.forEach(d -> slugs.add(d.slug().value()));
            return slugs;
        }
    }

    /** The documents, actors and source texts whose files were removed (by slug, and by text file name). */
    record Removed(Set<String> documents, Set<String> actors, Set<String> texts) {
    }

    /** A change, or why the whole corpus is read instead. */
    record Outcome(Change change, String wholeReadBecause) {
        static Outcome whole(String because) {
            return new Outcome(null, because);
        }
    }

    private final CorpusReader reader;
    private final Catalogue catalogue;
    private final FileHashes digest = new FileHashes();
    private final Problems problems = new Problems();

    ChangeReader(CorpusReader reader, Catalogue catalogue) {
        this.reader = reader;
        this.catalogue = catalogue;
    }

    /**
     * @param baseHash the corpus hash of the last import
     * @param before   the file states of the last import (by absolute path)
     * @param now      the files as they are now
     * @param touched  the only files (absolute paths) that can differ between the two, from file
     *                 events; null to compare every file
     */
    Outcome read(String baseHash, Map<String, FileState> before, CorpusReader.Hashed now, Set<String> touched) {
        if (!now.clean()) {
            return Outcome.whole("the folders hold something that is not a corpus file");
        }
        String base = reader.root().toAbsolutePath().normalize().toString() + java.io.File.separator;
        Set<String> documentSlugs = new TreeSet<>();
        Set<String> actorSlugs = new TreeSet<>();
        Set<String> textNames = new TreeSet<>();
        Removed removed = new Removed(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (String path : touched != null ? touched : before.keySet()) {
            if (now.files().containsKey(path) || !before.containsKey(path)) {
                continue;
            }
            String[] parts = path.startsWith(base) ? path.substring(base.length()).replace('\\', '/').split("/") : new String[0];
            if (parts.length != 2) {
                return Outcome.whole("a file outside the corpus folders was removed: " + path);
            }
            String stem = stem(parts[1]);
            switch (parts[0]) {
                case CorpusReader.DOCUMENTS -> removed.documents().add(stem);
                case CorpusReader.ACTORS -> removed.actors().add(stem);
                case CorpusReader.SOURCES -> {
                    if (parts[1].endsWith(".txt")) {
                        removed.texts().add(parts[1]);
                    } else {
                        textNames.add(stem + ".txt"); // a record gone: its text is checked (and found wanting) again
                    }
                }
                default -> {
                    return Outcome.whole("a file outside the corpus folders was removed: " + path);
                }
            }
        }
        String separator = java.io.File.separator;
        java.util.function.Predicate<String> onDiskDocuments = slug -> now.files()
                .containsKey(base + CorpusReader.DOCUMENTS + separator + slug + ".yaml");
        java.util.function.Predicate<String> onDiskActors = slug -> now.files()
                .containsKey(base + CorpusReader.ACTORS + separator + slug + ".yaml");
        for (String path : touched != null ? touched : now.files().keySet()) {
            FileState state = now.files().get(path);
            if (state == null) {
                continue; // removed: seen above
            }
            FileState was = before.get(path);
            if (was != null && Arrays.equals(was.sha256(), state.sha256())) {
                continue;
            }
            if (!path.startsWith(base)) {
                return Outcome.whole("a file outside the corpus folder: " + path);
            }
            String[] parts = path.substring(base.length()).replace('\\', '/').split("/");
            if (parts.length != 2) {
                return Outcome.whole("a file outside the corpus folders: " + path);
            }
            String stem = stem(parts[1]);
            switch (parts[0]) {
                case CorpusReader.DOCUMENTS -> documentSlugs.add(stem);
                case CorpusReader.ACTORS -> actorSlugs.add(stem);
                case CorpusReader.SOURCES -> textNames.add(stem + ".txt");
                default -> {
                    return Outcome.whole("a file outside the corpus folders: " + path);
                }
            }
        }
        textNames.removeAll(removed.texts());
        if (documentSlugs.isEmpty() && actorSlugs.isEmpty() && textNames.isEmpty() && removed.documents().isEmpty()
                && removed.actors().isEmpty() && removed.texts().isEmpty()) {
            return Outcome.whole("no file changed, but the corpus hash did (a new release's rules)");
        }
        if (documentSlugs.size() + actorSlugs.size() + removed.documents().size() + removed.actors().size() > MAX_DOCUMENTS) {
            return Outcome.whole("more than " + MAX_DOCUMENTS + " files changed");
        }

        Map<String, DocumentFile> checked = new TreeMap<>();
        Map<String, ActorFile> actors = new TreeMap<>();
        readDocuments(documentSlugs, checked);
        readActors(actorSlugs, actors);
        if (!problems.isEmpty()) {
            return Outcome.whole("a changed file has a problem");
        }
        // A changed text is checked with the documents that name it, and the quotes taken from it.
        Map<String, Set<String>> owners = catalogue.textOwners(textNames);
        Set<String> more = new TreeSet<>();
        for (String name : textNames) {
            boolean named = checked.values().stream().anyMatch(d -> d.sourceText() != null && d.sourceText().value().equals(name));
            Set<String> o = owners.getOrDefault(name, Set.of());
            if (!named && o.isEmpty()) {
                return Outcome.whole("source text " + name + " is new and no changed document names it");
            }
            more.addAll(o);
        }
        // A removed text: the documents that named it must name another, or be gone too.
        for (Set<String> o : catalogue.textOwners(removed.texts()).values()) {
            more.addAll(o);
        }
        // A removed document's text is gone with it, or no document would name it.
        for (Map.Entry<String, String> text : catalogue.textsOf(removed.documents()).entrySet()) {
            if (!removed.texts().contains(text.getValue())) {
                return Outcome.whole("document " + text.getKey() + " was removed but its source text " + text.getValue()
                        + " was not");
            }
        }
        more.removeAll(removed.documents());
        more.removeAll(checked.keySet());
        readDocuments(more, checked);
        Set<String> gone = new TreeSet<>(checked.keySet());
        gone.addAll(removed.documents());
        Set<String> referring = new TreeSet<>(catalogue.documentsReferring(gone));
        referring.addAll(catalogue.documentsNaming(removed.actors()));
        referring.removeAll(removed.documents());
        referring.removeAll(checked.keySet());
        readDocuments(referring, checked);
        Set<String> actorsReferring = new TreeSet<>(catalogue.actorsReferring(gone));
        actorsReferring.removeAll(removed.actors());
        readActors(actorsReferring, actors);
        if (!problems.isEmpty()) {
            return Outcome.whole("a file to check again has a problem");
        }
        if (checked.size() > MAX_DOCUMENTS) {
            return Outcome.whole("more than " + MAX_DOCUMENTS + " documents to check");
        }

        // What the checked files refer to: read to look things up in.
        Set<String> measures = new TreeSet<>();
        Set<String> defined = new HashSet<>();
        Set<String> context = new TreeSet<>();
        for (DocumentFile d : checked.values()) {
            nullSafe(d.measures()).forEach(m -> {
                measures.add(m.slug().value());
                defined.add(m.slug().value());
            });
            referencedDocuments(d, context);
            nullSafe(d.positions()).forEach(p -> measures.add(p.measure().value()));
        }
        for (ActorFile a : actors.values()) {
            if (a.references() != null) {
                addDocument(a.references().affiliation(), context);
                addDocument(a.references().description(), context);
            }
        }
        Map<String, String> measureOwners = new java.util.HashMap<>(catalogue.measureOwners(measures));
        measureOwners.values().removeAll(removed.documents()); // defined by a removed document: defined no more
        measures.stream().filter(m -> !defined.contains(m) && measureOwners.containsKey(m))
                .forEach(m -> context.add(measureOwners.get(m)));
        context.removeAll(checked.keySet());
        context.removeIf(onDiskDocuments.negate()); // a reference to a document that is not there is reported by the check
        Map<String, DocumentFile> lookup = new TreeMap<>();
        readDocuments(context, lookup);
        if (!problems.isEmpty()) {
            return Outcome.whole("a document referred to has a problem");
        }

        Map<String, SourceText> texts = new TreeMap<>();
        List<DocumentFile> all = new ArrayList<>(checked.values());
        all.addAll(lookup.values());
        for (DocumentFile d : all) {
            if (d.sourceText() != null && !texts.containsKey(d.sourceText().value())) {
                reader.text(d.sourceText().value(), digest, problems).ifPresent(t -> texts.put(t.name(), t));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.whole("a source text is missing or has a problem");
        }
        // A text that a checked document no longer names would be named by none.
        Set<String> namedNow = new HashSet<>();
        checked.values().forEach(d -> {
            if (d.sourceText() != null) {
                namedNow.add(d.sourceText().value());
            }
        });
        for (Map.Entry<String, String> was : catalogue.textsOf(checked.keySet()).entrySet()) {
            if (!namedNow.contains(was.getValue())) {
                return Outcome.whole("document " + was.getKey() + " no longer names source text " + was.getValue());
            }
        }
        for (String path : digest.paths()) {
            FileState read = digest.get(path);
            FileState hashed = now.files().get(base + path.replace('/', java.io.File.separatorChar));
            if (hashed == null || !Arrays.equals(read.sha256(), hashed.sha256())) {
                return Outcome.whole("a file changed while it was read: " + path);
            }
        }

        Set<String> pairs = new TreeSet<>();
        for (DocumentFile d : checked.values()) {
            for (PositionEntry p : nullSafe(d.positions())) {
                if (p.basis() == Basis.SIGNATURE && p.actor() != null && p.via() != null) {
                    pairs.add(p.actor().value() + " " + p.via().value());
                }
            }
        }
        Set<String> read = new HashSet<>(checked.keySet());
        read.addAll(lookup.keySet());
        Set<String> excluded = new HashSet<>(read);
        excluded.addAll(removed.documents()); // their signatures are gone with them
        CorpusValidator.Outside outside = new CorpusValidator.Outside(onDiskDocuments, onDiskActors, measureOwners,
                pairs.isEmpty() ? Set.of() : catalogue.signed(pairs, excluded));
        List<DocumentFile> checkedList = List.copyOf(checked.values());
        List<DocumentFile> contextList = List.copyOf(lookup.values());
        List<ActorFile> actorList = List.copyOf(actors.values());
        new CorpusValidator(problems, Set.of()).validate(actorList, checkedList, contextList, outside);
        for (DocumentFile d : checkedList) {
            if (d.sourceText() != null && !texts.containsKey(d.sourceText().value())) {
                return Outcome.whole("source text " + d.sourceText().value() + " not found");
            }
        }
        new ReferenceCheck(all, texts, problems).check(actorList, checkedList);
        if (!problems.isEmpty()) {
            return Outcome.whole("the change has a problem");
        }
        VerbatimCheck.Result verbatim = new VerbatimCheck(texts, reader.displayPrefix() + CorpusReader.SOURCES + "/")
                .check(checkedList, all);
        if (!verbatim.problems().isEmpty()) {
            return Outcome.whole("a quote is not verbatim");
        }
        return new Outcome(new Change(baseHash, now.hash(), now.files(), actorList, checkedList, contextList, texts,
                verbatim.anchors(), removed), null);
    }

    private void readDocuments(Set<String> slugs, Map<String, DocumentFile> into) {
        read(CorpusReader.DOCUMENTS, DocumentFile.class, slugs, into);
    }

    private void readActors(Set<String> slugs, Map<String, ActorFile> into) {
        read(CorpusReader.ACTORS, ActorFile.class, slugs, into);
    }

    /** Binds the files of these slugs not read yet; a file that does not bind adds its problems. */
    private <R extends Record> void read(String dir, Class<R> type, Set<String> slugs, Map<String, R> into) {
        for (String slug : slugs) {
            if (!into.containsKey(slug)) {
                R bound = reader.bindFile(dir, slug, type, digest, problems);
                if (bound != null) {
                    into.put(slug, bound);
                }
            }
        }
    }

    /** Every document a document's fields name. */
    private static void referencedDocuments(DocumentFile d, Set<String> into) {
        for (Link l : nullSafe(d.links())) {
            add(l.target(), into);
        }
        for (PositionEntry p : nullSafe(d.positions())) {
            add(p.via(), into);
            nullSafe(p.evidence()).forEach(e -> add(e.source(), into));
        }
        for (SignatureEntry s : nullSafe(d.signatures())) {
            add(s.document(), into);
            nullSafe(s.evidence()).forEach(e -> add(e.source(), into));
        }
        Format.DocumentReferences r = d.references();
        if (r != null) {
            for (Reference ref : java.util.Arrays.asList(r.title(), r.published(), r.publisher(), r.url(), r.authors())) {
                addDocument(ref, into);
            }
        }
    }

    private static void addDocument(Reference r, Set<String> into) {
        if (r != null) {
            add(r.document(), into);
        }
    }

    private static void add(Slug slug, Set<String> into) {
        if (slug != null) {
            into.add(slug.value());
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
