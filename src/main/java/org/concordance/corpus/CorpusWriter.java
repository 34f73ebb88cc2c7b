package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.concordance.actor.Actor;
import org.concordance.actor.Signature;
import org.concordance.change.ChangeLog;
import org.concordance.change.Item;
import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;
import org.concordance.corpus.Format.Link;
import org.concordance.corpus.Format.MeasureEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.SignatureEntry;
import org.concordance.document.Document;
import org.concordance.document.DocumentLink;
import org.concordance.document.MetadataReference;
import org.concordance.document.StoredText;
import org.concordance.measure.Measure;
import org.concordance.measure.parameters.ParameterRecords;
import org.concordance.position.Basis;
import org.concordance.position.Evidence;
import org.concordance.position.Position;

/**
 * Replaces the database's corpus with a validated {@link Corpus}, in one transaction: all of
 * it or, on any failure, none of it. An unchanged corpus (same hash as the last import) is
 * left alone. Inserts are batched by Hibernate (sequence ids in blocks of 50, JDBC batches);
 * the persistence context is flushed and cleared in chunks so memory stays flat at scale.
 */
@ApplicationScoped
public class CorpusWriter {

    private static final int CHUNK = 1000;

    /**
     * Seconds the one write transaction may take (setting {@code concordance.corpus.write-timeout}).
     * The transaction manager's default of 60 s is less than a large corpus needs; when it runs
     * out, the write is rolled back and (on H2) the interrupted file channel closes the database.
     */
    static final int WRITE_TIMEOUT_SECONDS = 3600;

    @Inject
    EntityManager em;

    /** Outcome: the import row now describing the database, and whether this call changed anything. */
    public record Written(CorpusImport state, boolean changed) {
    }

    /** As {@link #replaceWith(Corpus, Map)}, recording no file states (another writer's import). */
    public Written replaceWith(Corpus corpus) {
        return replaceWith(corpus, java.util.Map.of());
    }

    /** Replaces the content, and records what was known of each file ({@link FileStates}) with it. */
    @Transactional
    @TransactionConfiguration(timeout = WRITE_TIMEOUT_SECONDS, timeoutFromConfigProperty = "concordance.corpus.write-timeout")
    public Written replaceWith(Corpus corpus, Map<String, CorpusReader.FileState> files) {
        long started = System.nanoTime();
        CorpusImport latest = CorpusImport.latest();
        if (latest != null && latest.corpusHash.equals(corpus.hash())) {
            return new Written(latest, false);
        }
        org.jboss.logging.Logger.getLogger(CorpusWriter.class).infof("Corpus write started: replacing the database content with %s "
                + "in one transaction", corpus.hash().substring(0, 12));
        deleteAll();
        int pending = 0;
        Map<String, Long> texts = new HashMap<>();
        for (SourceText t : corpus.texts().values()) {
            StoredText text = new StoredText();
            fill(text, t);
            em.persist(text);
            texts.put(text.name, text.id);
            pending = flushIfFull(pending + 1 + text.parts.size());
        }
        Map<String, Long> actors = new HashMap<>();
        for (ActorFile a : corpus.actors()) {
            Actor actor = new Actor();
            fill(actor, a);
            em.persist(actor);
            actors.put(actor.slug, actor.id);
            pending = flushIfFull(pending + 1);
        }
        Map<String, Long> documents = new HashMap<>();
        Map<String, String> languages = new HashMap<>();
        for (DocumentFile d : corpus.documents()) {
            Document doc = new Document();
            fill(doc, d, texts, actors);
            em.persist(doc);
            documents.put(doc.slug, doc.id);
            languages.put(doc.slug, doc.language);
            pending = flushIfFull(pending + 1);
        }
        Map<String, Long> measures = new HashMap<>();
        for (DocumentFile d : corpus.documents()) {
            Document doc = ref(Document.class, documents, d.slug());
            pending = flushIfFull(pending + links(d, doc, documents));
            for (MeasureEntry m : nullSafe(d.measures())) {
                Measure measure = new Measure();
                fill(measure, m, doc);
                em.persist(measure);
                measures.put(measure.slug, measure.id);
                pending = flushIfFull(pending + 1);
            }
        }
        Ids ids = new Ids(documents, actors, measures, languages, corpus.anchors());
        Progress progress = new Progress("Corpus write", corpus.documents().size(), "documents");
        for (DocumentFile d : corpus.documents()) {
            progress.advance();
            pending = flushIfFull(pending + stances(d, ids));
        }
        em.flush();
        FileStates.replace(em, files);
        CorpusImport state = new CorpusImport();
        state.corpusHash = corpus.hash();
        state.importedAt = OffsetDateTime.now();
        state.documents = corpus.documents().size();
        state.measures = corpus.measureCount();
        state.actors = corpus.actors().size();
        state.positions = corpus.positionCount();
        state.signatures = corpus.signatureCount();
        state.evidence = corpus.evidenceCount();
        state.previousId = latest == null ? null : latest.id;
        em.persist(state);
        record(state, () -> CorpusItems.of(corpus), null);
        state.durationMs = (System.nanoTime() - started) / 1_000_000;
        return new Written(state, true);
    }

    /** Records what the import changed against the one before ({@link ChangeLog}), in its transaction. */
    private void record(CorpusImport state, java.util.function.Supplier<List<Item>> read, ChangeLog.Scope scope) {
        em.flush();
        long started = System.nanoTime();
        List<Item> items = read.get();
        long itemsRead = System.nanoTime();
        ChangeLog.Recorded recorded = ChangeLog.record(em, state.id, state.previousId == null, items, scope);
        org.jboss.logging.Logger.getLogger(CorpusWriter.class).infof("Corpus changes recorded: items=%d added=%d changed=%d removed=%d "
                + "items_ms=%d log_ms=%d", items.size(), recorded.added(), recorded.changed(), recorded.removed(),
                (itemsRead - started) / 1_000_000, (System.nanoTime() - itemsRead) / 1_000_000);
        state.added = recorded.added();
        state.changed = recorded.changed();
        state.removed = recorded.removed();
    }

    /** The database ids of what a document's rows refer to, by slug, and what its evidence needs. */
    private record Ids(Map<String, Long> documents, Map<String, Long> actors, Map<String, Long> measures,
            Map<String, String> languages, Map<EvidenceEntry, Anchor> anchors) {
    }

    private static void fill(StoredText text, SourceText t) {
        text.name = t.name();
        text.sha256 = t.sha256();
        text.lineCount = t.lineCount();
        text.setContent(t.content());
        Format.SourceTextFile about = t.about();
        text.provenance = about.provenance();
        text.origin = about.origin();
        text.retrieved = about.retrieved();
        text.partial = Boolean.TRUE.equals(about.partial());
        text.gaps = about.gaps();
    }

    private static void fill(Actor actor, ActorFile a) {
        actor.slug = a.slug().value();
        actor.kind = a.kind();
        actor.nameEn = a.name().en();
        actor.nameZh = a.name().zh();
        actor.aliases = new java.util.ArrayList<>(nullSafe(a.aliases()));
        actor.affiliation = a.affiliation();
        actor.description = a.description();
        actor.references.clear();
        if (a.references() != null) {
            put(actor.references, "affiliation", a.references().affiliation());
            put(actor.references, "description", a.references().description());
        }
    }

    private void fill(Document doc, DocumentFile d, Map<String, Long> texts, Map<String, Long> actors) {
        doc.slug = d.slug().value();
        doc.kind = d.kind();
        doc.language = d.language();
        doc.titleEn = d.title().en();
        doc.titleOriginal = d.title().original();
        doc.titleDescriptive = Boolean.TRUE.equals(d.title().descriptive());
        doc.setPublished(d.published());
        doc.publisher = d.publisher();
        doc.url = d.url();
        doc.sourceText = d.sourceText() == null ? null
                : em.getReference(StoredText.class, texts.get(d.sourceText().value()));
        doc.references.clear();
        if (d.references() != null) {
            Format.DocumentReferences r = d.references();
            put(doc.references, "title", r.title());
            put(doc.references, "published", r.published());
            put(doc.references, "publisher", r.publisher());
            put(doc.references, "url", r.url());
            put(doc.references, "authors", r.authors());
        }
        doc.summaryEn = d.summary() == null ? null : d.summary().en();
        doc.summaryZh = d.summary() == null ? null : d.summary().zh();
        doc.authors.clear();
        for (Slug author : nullSafe(d.authors())) {
            doc.authors.add(em.getReference(Actor.class, actors.get(author.value())));
        }
    }

    private static void fill(Measure measure, MeasureEntry m, Document doc) {
        measure.slug = m.slug().value();
        measure.document = doc;
        measure.nameEn = m.name().en();
        measure.nameZh = m.name().zh();
        measure.summaryEn = m.summary();
        measure.setParameters(m.parameters() != null ? m.parameters() : ParameterRecords.empty(m.type().parametersType()));
    }

    /** Persists a document's links; returns how many rows. */
    private int links(DocumentFile d, Document doc, Map<String, Long> documents) {
        for (Link l : nullSafe(d.links())) {
            DocumentLink link = new DocumentLink();
            link.source = doc;
            link.relation = l.relation();
            link.target = ref(Document.class, documents, l.target());
            em.persist(link);
        }
        return nullSafe(d.links()).size();
    }

    /** Persists the signatures and positions recorded in a document, with their evidence; returns how many rows. */
    private int stances(DocumentFile d, Ids ids) {
        int rows = 0;
        Document doc = ref(Document.class, ids.documents(), d.slug());
        for (SignatureEntry s : nullSafe(d.signatures())) {
            Signature signature = new Signature();
            signature.stableId = Keys.signature(d, s);
            signature.actor = ref(Actor.class, ids.actors(), s.actor());
            signature.document = s.document() == null ? doc : ref(Document.class, ids.documents(), s.document());
            signature.recordedIn = doc;
            signature.role = s.role();
            signature.affiliation = s.affiliation();
            signature.reason = s.reason();
            em.persist(signature);
            rows += 1 + evidence(s.evidence(), signature.stableId, d, ids, e -> e.signature = signature);
        }
        for (PositionEntry p : nullSafe(d.positions())) {
            Position position = new Position();
            position.stableId = Keys.position(d, p);
            position.measure = ref(Measure.class, ids.measures(), p.measure());
            position.document = doc;
            position.publishedOrder = doc.published == null ? Position.UNDATED : doc.published;
            position.actor = p.actor() == null ? null : ref(Actor.class, ids.actors(), p.actor());
            position.stance = p.stance();
            position.basis = p.basis() == null ? Basis.DIRECT : p.basis();
            position.via = p.via() == null ? null : ref(Document.class, ids.documents(), p.via());
            position.reportedBy = p.reportedBy() == null ? null : ref(Actor.class, ids.actors(), p.reportedBy());
            position.note = p.note();
            em.persist(position);
            rows += 1 + evidence(p.evidence(), position.stableId, d, ids, e -> e.position = position);
        }
        return rows;
    }

    /**
     * Writes a change ({@link ChangeReader}) in one transaction: the changed actors and texts, and
     * for each document of the change its row (by slug: every row elsewhere that refers to it keeps
     * its id), its measures (updated in place by slug, so positions elsewhere keep theirs, added,
     * removed), and its links, signatures, positions and evidence, deleted and written again. The
     * counts of the import row are the last import's, plus what the change adds, minus what it
     * removes. The rows of removed documents, actors and texts are deleted; the check made sure
     * that nothing left refers to them.
     *
     * @throws IllegalStateException when the database no longer holds the version the change was
     *         read against (another writer imported meanwhile): nothing is written
     */
    @Transactional
    @TransactionConfiguration(timeout = WRITE_TIMEOUT_SECONDS, timeoutFromConfigProperty = "concordance.corpus.write-timeout")
    public Written apply(ChangeReader.Change change, Map<String, CorpusReader.FileState> files, Set<String> touched) {
        long started = System.nanoTime();
        CorpusImport latest = CorpusImport.latest();
        if (latest == null || !latest.corpusHash.equals(change.baseHash())) {
            throw new IllegalStateException("the database no longer holds corpus " + change.baseHash().substring(0, 12)
                    + ", which the change was read against");
        }
        if (latest.corpusHash.equals(change.hash())) {
            return new Written(latest, false);
        }
        ChangeReader.Removed removed = change.removed();
        org.jboss.logging.Logger.getLogger(CorpusWriter.class).infof("Corpus change write started: %d documents, %d actors "
                + "written, %d documents, %d actors, %d texts removed, in one transaction", change.documents().size(),
                change.actors().size(), removed.documents().size(), removed.actors().size(), removed.texts().size());
        ImportedCatalogue catalogue = new ImportedCatalogue(em);
        Map<String, Long> existing = catalogue.ids("document", change.slugs());
        Map<String, Long> gone = catalogue.ids("document", removed.documents());
        List<Long> before = new java.util.ArrayList<>(existing.values());
        before.addAll(gone.values());
        long[] was = counts(before);
        int newActors = 0;
        Map<String, Long> texts = new HashMap<>();
        for (DocumentFile d : change.documents()) {
            if (d.sourceText() != null) {
                SourceText t = change.texts().get(d.sourceText().value());
                StoredText text = StoredText.find("name", t.name()).firstResult();
                if (text == null) {
                    text = new StoredText();
                    fill(text, t);
                    em.persist(text);
                } else if (!text.sha256.equals(t.sha256()) || !same(text, t.about())) {
                    fill(text, t);
                }
                texts.put(text.name, text.id);
            }
        }
        Map<String, Long> actors = new HashMap<>();
        for (ActorFile a : change.actors()) {
            Actor actor = Actor.find("slug", a.slug().value()).firstResult();
            if (actor == null) {
                actor = new Actor();
                newActors++;
            }
            fill(actor, a);
            em.persist(actor);
            actors.put(actor.slug, actor.id);
        }
        em.flush();
        Set<String> actorSlugs = new HashSet<>();
        for (DocumentFile d : change.documents()) {
            nullSafe(d.authors()).forEach(a -> actorSlugs.add(a.value()));
            nullSafe(d.signatures()).forEach(sg -> actorSlugs.add(sg.actor().value()));
            nullSafe(d.positions()).forEach(p -> {
                if (p.actor() != null) {
                    actorSlugs.add(p.actor().value());
                }
                if (p.reportedBy() != null) {
                    actorSlugs.add(p.reportedBy().value());
                }
            });
        }
        actorSlugs.removeAll(actors.keySet());
        actors.putAll(catalogue.ids("actor", actorSlugs));
        if (!before.isEmpty()) {
            deleteStances(before);
        }
        if (!gone.isEmpty()) { // nothing else refers to them: the referring documents were checked and are rewritten
            String in = String.join(", ", gone.values().stream().map(String::valueOf).toList());
            for (String table : List.of("measure", "document_author", "document_reference")) {
                em.createNativeQuery("delete from " + table + " where document_id in (" + in + ")").executeUpdate();
            }
            em.createNativeQuery("delete from document where id in (" + in + ")").executeUpdate();
        }
        int newDocuments = 0;
        Map<String, Document> rows = new HashMap<>();
        for (DocumentFile d : change.documents()) {
            Document doc = existing.containsKey(d.slug().value()) ? em.find(Document.class, existing.get(d.slug().value()))
                    : null;
            if (doc == null) {
                doc = new Document();
                newDocuments++;
            }
            fill(doc, d, texts, actors);
            em.persist(doc);
            rows.put(doc.slug, doc);
        }
        em.flush();
        // Measures by slug: one that moved between two documents of the change keeps its row too.
        Map<String, Measure> measureRows = new HashMap<>();
        if (!existing.isEmpty()) {
            em.createQuery("select m from Measure m where m.document.id in :ids", Measure.class)
                    .setParameter("ids", existing.values()).getResultList().forEach(m -> measureRows.put(m.slug, m));
        }
        for (DocumentFile d : change.documents()) {
            for (MeasureEntry m : nullSafe(d.measures())) {
                Measure measure = measureRows.remove(m.slug().value());
                if (measure == null) {
                    measure = new Measure();
                }
                fill(measure, m, rows.get(d.slug().value()));
                em.persist(measure);
            }
        }
        measureRows.values().forEach(em::remove); // no longer defined; the check saw that nothing refers to them
        em.flush();
        Set<String> documentSlugs = new HashSet<>();
        Set<String> measureSlugs = new HashSet<>();
        Map<String, String> languages = new HashMap<>();
        for (DocumentFile d : change.corpus().documents()) {
            documentSlugs.add(d.slug().value());
            languages.put(d.slug().value(), d.language());
        }
        for (DocumentFile d : change.documents()) {
            nullSafe(d.positions()).forEach(p -> measureSlugs.add(p.measure().value()));
        }
        Ids ids = new Ids(catalogue.ids("document", documentSlugs), actors, catalogue.ids("measure", measureSlugs), languages,
                change.anchors());
        for (DocumentFile d : change.documents()) {
            links(d, rows.get(d.slug().value()), ids.documents());
            stances(d, ids);
        }
        em.flush();
        Map<String, Long> goneActors = catalogue.ids("actor", removed.actors());
        if (!goneActors.isEmpty()) {
            String in = String.join(", ", goneActors.values().stream().map(String::valueOf).toList());
            for (String table : List.of("actor_alias", "actor_reference")) {
                em.createNativeQuery("delete from " + table + " where actor_id in (" + in + ")").executeUpdate();
            }
            em.createNativeQuery("delete from actor where id in (" + in + ")").executeUpdate();
        }
        Map<String, Long> goneTexts = catalogue.ids("source_text", removed.texts());
        if (!goneTexts.isEmpty()) {
            String in = String.join(", ", goneTexts.values().stream().map(String::valueOf).toList());
            em.createNativeQuery("delete from source_text_part where source_text_id in (" + in + ")").executeUpdate();
            em.createNativeQuery("delete from source_text where id in (" + in + ")").executeUpdate();
        }
        FileStates.update(em, files, change.files(), touched);
        long[] now = counts(rows.values().stream().map(doc -> doc.id).toList());
        CorpusImport state = new CorpusImport();
        state.corpusHash = change.hash();
        state.importedAt = OffsetDateTime.now();
        state.documents = latest.documents + newDocuments - gone.size();
        state.actors = latest.actors + newActors - goneActors.size();
        state.measures = (int) (latest.measures + now[0] - was[0]);
        state.positions = (int) (latest.positions + now[1] - was[1]);
        state.signatures = (int) (latest.signatures + now[2] - was[2]);
        state.evidence = (int) (latest.evidence + now[3] - was[3]);
        state.previousId = latest.id;
        em.persist(state);
        Set<String> scopeDocuments = new HashSet<>(change.slugs());
        scopeDocuments.addAll(removed.documents());
        Set<String> scopeActors = new HashSet<>(removed.actors());
        change.actors().forEach(a -> scopeActors.add(a.slug().value()));
        Map<String, String> types = new HashMap<>();
        if (!measureSlugs.isEmpty()) {
            em.createQuery("select m.slug, m.type from Measure m where m.slug in :s", Object[].class)
                    .setParameter("s", measureSlugs).getResultList()
                    .forEach(r -> types.put((String) r[0], ((org.concordance.measure.MeasureType) r[1]).code()));
        }
        record(state, () -> CorpusItems.of(change.documents(), change.actors(), change.texts(), types::get),
                new ChangeLog.Scope(scopeDocuments, scopeActors));
        state.durationMs = (System.nanoTime() - started) / 1_000_000;
        return new Written(state, true);
    }

    private static boolean same(StoredText text, Format.SourceTextFile about) {
        return java.util.Objects.equals(text.provenance, about.provenance()) && java.util.Objects.equals(text.origin, about.origin())
                && java.util.Objects.equals(text.retrieved, about.retrieved())
                && text.partial == Boolean.TRUE.equals(about.partial()) && java.util.Objects.equals(text.gaps, about.gaps());
    }

    /** Measures defined in, and positions, signatures and evidence recorded in these documents. */
    private long[] counts(java.util.Collection<Long> documents) {
        if (documents.isEmpty()) {
            return new long[4];
        }
        long[] out = new long[4];
        String[] queries = {
                "select count(m) from Measure m where m.document.id in :ids",
                "select count(p) from Position p where p.documentId in :ids",
                "select count(s) from Signature s where s.recordedInId in :ids",
                "select (select count(e) from Evidence e where e.position.document.id in :ids)"
                        + " + (select count(e) from Evidence e where e.signature.recordedIn.id in :ids)" };
        for (int i = 0; i < queries.length; i++) {
            out[i] = ((Number) em.createQuery(queries[i]).setParameter("ids", documents).getSingleResult()).longValue();
        }
        return out;
    }

    /** Deletes the links, signatures, positions and evidence recorded in these documents. */
    private void deleteStances(java.util.Collection<Long> documents) {
        String in = String.join(", ", documents.stream().map(String::valueOf).toList()); // ids, not text: safe to inline
        em.createNativeQuery("delete from evidence where position_id in (select id from position where document_id in (" + in
                + "))").executeUpdate();
        em.createNativeQuery("delete from evidence where signature_id in (select id from signature where recorded_in_id in ("
                + in + "))").executeUpdate();
        em.createNativeQuery("delete from position where document_id in (" + in + ")").executeUpdate();
        em.createNativeQuery("delete from signature where recorded_in_id in (" + in + ")").executeUpdate();
        em.createNativeQuery("delete from document_link where source_id in (" + in + ")").executeUpdate();
    }

    /** Writes what is pending and forgets it: later rows refer to it by id, so memory stays flat. */
    private int flushIfFull(int pending) {
        if (pending >= CHUNK) {
            em.flush();
            em.clear();
            return 0;
        }
        return pending;
    }

    private <T> T ref(Class<T> type, Map<String, Long> ids, Slug slug) {
        return em.getReference(type, ids.get(slug.value()));
    }

    private static void put(Map<String, MetadataReference> into, String field, Format.Reference r) {
        if (r != null) {
            String lines = r.lines() == null ? null
                    : r.lines().start() == r.lines().end() ? String.valueOf(r.lines().start()) : r.lines().start() + "-" + r.lines().end();
            into.put(field, new MetadataReference(r.url(), r.document() == null ? null : r.document().value(), lines, r.note()));
        }
    }

    /** Persists a position's or signature's evidence, in order ({@code owned} sets the owner); returns how many. */
    private int evidence(List<EvidenceEntry> entries, String owner, DocumentFile holder, Ids ids,
            java.util.function.Consumer<Evidence> owned) {
        int ordinal = 0;
        for (EvidenceEntry e : entries) {
            Evidence evidence = evidence(e, ordinal++, owner, holder, ids);
            owned.accept(evidence);
            em.persist(evidence);
        }
        return entries.size();
    }

    private Evidence evidence(EvidenceEntry e, int ordinal, String owner, DocumentFile holder, Ids ids) {
        Slug sourceSlug = e.source() == null ? holder.slug() : e.source();
        Anchor anchor = ids.anchors().get(e);
        if (anchor == null) {
            throw new IllegalStateException("evidence at " + e.at() + " has no anchor: the corpus was not verified");
        }
        Evidence evidence = new Evidence();
        evidence.stableId = Keys.evidence(owner, holder, e);
        evidence.exact = anchor.exact();
        evidence.prefix = anchor.prefix();
        evidence.suffix = anchor.suffix();
        evidence.startOffset = anchor.start();
        evidence.endOffset = anchor.end();
        evidence.ordinal = ordinal;
        evidence.source = ref(Document.class, ids.documents(), sourceSlug);
        evidence.quote = e.quote();
        evidence.language = e.language() != null ? e.language() : ids.languages().get(sourceSlug.value());
        evidence.translationEn = e.translation();
        evidence.lineStart = e.lines().start();
        evidence.lineEnd = e.lines().end();
        evidence.section = e.section();
        return evidence;
    }

    private void deleteAll() {
        for (String table : List.of("evidence", "position", "signature", "measure", "document_link",
                "document_author", "document_reference", "document", "actor_alias", "actor_reference", "actor",
                "source_text_part", "source_text")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }
}
