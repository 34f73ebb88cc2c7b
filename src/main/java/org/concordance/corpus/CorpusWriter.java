package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.concordance.actor.Actor;
import org.concordance.actor.Signature;
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
            em.persist(text);
            texts.put(text.name, text.id);
            pending = flushIfFull(pending + 1 + text.parts.size());
        }
        Map<String, Long> actors = new HashMap<>();
        for (ActorFile a : corpus.actors()) {
            Actor actor = new Actor();
            actor.slug = a.slug().value();
            actor.kind = a.kind();
            actor.nameEn = a.name().en();
            actor.nameZh = a.name().zh();
            actor.aliases = new java.util.ArrayList<>(nullSafe(a.aliases()));
            actor.affiliation = a.affiliation();
            actor.description = a.description();
            if (a.references() != null) {
                put(actor.references, "affiliation", a.references().affiliation());
                put(actor.references, "description", a.references().description());
            }
            em.persist(actor);
            actors.put(actor.slug, actor.id);
            pending = flushIfFull(pending + 1);
        }
        Map<String, Long> documents = new HashMap<>();
        Map<String, String> languages = new HashMap<>();
        for (DocumentFile d : corpus.documents()) {
            Document doc = new Document();
            doc.slug = d.slug().value();
            doc.kind = d.kind();
            doc.language = d.language();
            doc.titleEn = d.title().en();
            doc.titleOriginal = d.title().original();
            doc.titleDescriptive = Boolean.TRUE.equals(d.title().descriptive());
            doc.published = d.published();
            doc.publisher = d.publisher();
            doc.url = d.url();
            doc.sourceText = d.sourceText() == null ? null
                    : em.getReference(StoredText.class, texts.get(d.sourceText().value()));
            if (d.references() != null) {
                Format.DocumentReferences r = d.references();
                put(doc.references, "title", r.title());
                put(doc.references, "published", r.published());
                put(doc.references, "publisher", r.publisher());
                put(doc.references, "url", r.url());
                put(doc.references, "authors", r.authors());
            }
            if (d.summary() != null) {
                doc.summaryEn = d.summary().en();
                doc.summaryZh = d.summary().zh();
            }
            for (Slug author : nullSafe(d.authors())) {
                doc.authors.add(em.getReference(Actor.class, actors.get(author.value())));
            }
            em.persist(doc);
            documents.put(doc.slug, doc.id);
            languages.put(doc.slug, doc.language);
            pending = flushIfFull(pending + 1);
        }
        Map<String, Long> measures = new HashMap<>();
        for (DocumentFile d : corpus.documents()) {
            Document doc = ref(Document.class, documents, d.slug());
            for (Link l : nullSafe(d.links())) {
                DocumentLink link = new DocumentLink();
                link.source = doc;
                link.relation = l.relation();
                link.target = ref(Document.class, documents, l.target());
                em.persist(link);
                pending = flushIfFull(pending + 1);
            }
            for (MeasureEntry m : nullSafe(d.measures())) {
                Measure measure = new Measure();
                measure.slug = m.slug().value();
                measure.document = doc;
                measure.nameEn = m.name().en();
                measure.nameZh = m.name().zh();
                measure.summaryEn = m.summary();
                measure.setParameters(m.parameters() != null ? m.parameters()
                        : ParameterRecords.empty(m.type().parametersType()));
                em.persist(measure);
                measures.put(measure.slug, measure.id);
                pending = flushIfFull(pending + 1);
            }
        }
        Progress progress = new Progress("Corpus write", corpus.documents().size(), "documents");
        for (DocumentFile d : corpus.documents()) {
            progress.advance();
            Document doc = ref(Document.class, documents, d.slug());
            for (SignatureEntry s : nullSafe(d.signatures())) {
                Signature signature = new Signature();
                signature.stableId = Keys.signature(d, s);
                signature.actor = ref(Actor.class, actors, s.actor());
                signature.document = s.document() == null ? doc : ref(Document.class, documents, s.document());
                signature.recordedIn = doc;
                signature.role = s.role();
                signature.affiliation = s.affiliation();
                signature.reason = s.reason();
                em.persist(signature);
                int i = 0;
                for (EvidenceEntry e : s.evidence()) {
                    Evidence evidence = evidence(e, i++, signature.stableId, d, corpus, documents, languages);
                    evidence.signature = signature;
                    em.persist(evidence);
                }
                pending = flushIfFull(pending + 1 + s.evidence().size());
            }
            for (PositionEntry p : nullSafe(d.positions())) {
                Position position = new Position();
                position.stableId = Keys.position(d, p);
                position.measure = ref(Measure.class, measures, p.measure());
                position.document = doc;
                position.actor = p.actor() == null ? null : ref(Actor.class, actors, p.actor());
                position.stance = p.stance();
                position.basis = p.basis() == null ? Basis.DIRECT : p.basis();
                position.via = p.via() == null ? null : ref(Document.class, documents, p.via());
                position.reportedBy = p.reportedBy() == null ? null : ref(Actor.class, actors, p.reportedBy());
                position.note = p.note();
                em.persist(position);
                int i = 0;
                for (EvidenceEntry e : p.evidence()) {
                    Evidence evidence = evidence(e, i++, position.stableId, d, corpus, documents, languages);
                    evidence.position = position;
                    em.persist(evidence);
                }
                pending = flushIfFull(pending + 1 + p.evidence().size());
            }
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
        state.durationMs = (System.nanoTime() - started) / 1_000_000;
        em.persist(state);
        return new Written(state, true);
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

    private Evidence evidence(EvidenceEntry e, int ordinal, String owner, DocumentFile holder, Corpus corpus,
            Map<String, Long> documents, Map<String, String> languages) {
        Slug sourceSlug = e.source() == null ? holder.slug() : e.source();
        Anchor anchor = corpus.anchors().get(e);
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
        evidence.source = ref(Document.class, documents, sourceSlug);
        evidence.quote = e.quote();
        evidence.language = e.language() != null ? e.language() : languages.get(sourceSlug.value());
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
