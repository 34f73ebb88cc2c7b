package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordance.actor.SignatureRole;
import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;
import org.concordance.corpus.Format.Link;
import org.concordance.corpus.Format.MeasureEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.SignatureEntry;
import org.concordance.position.Basis;

/**
 * What no single file can check: unique slugs, file names, references between files, and the
 * rules that tie fields together (a non-English quote needs a translation, a position derived
 * from a signature needs that signature). Bound values may be null where binding failed; those
 * were reported already and are skipped here.
 */
final class CorpusValidator {

    private final Problems problems;
    private final Map<String, Slug> actors = new HashMap<>();
    private final Map<String, DocumentFile> documents = new HashMap<>();
    private final Map<String, Slug> documentSlugs = new HashMap<>();
    private final Map<String, Slug> measures = new HashMap<>();

    /** Slugs of files that could not be read at all: their own problem is reported, references to them are not. */
    private final Set<String> unreadable;

    CorpusValidator(Problems problems, Set<String> unreadable) {
        this.problems = problems;
        this.unreadable = unreadable;
    }

    void validate(List<ActorFile> actorFiles, List<DocumentFile> documentFiles) {
        for (ActorFile a : actorFiles) {
            define(a.slug(), a.at(), "actor", actors);
        }
        for (DocumentFile d : documentFiles) {
            if (define(d.slug(), d.at(), "document", documentSlugs)) {
                documents.put(d.slug().value(), d);
            }
            for (MeasureEntry m : nullSafe(d.measures())) {
                if (m != null && m.slug() != null) {
                    unique(m.slug(), "measure", measures);
                }
            }
        }
        Set<String> signed = new HashSet<>();
        for (DocumentFile d : documentFiles) {
            for (SignatureEntry s : nullSafe(d.signatures())) {
                if (s.actor() != null && s.role() != null && s.role() != SignatureRole.DECLINED) {
                    Slug target = s.document() != null ? s.document() : d.slug();
                    if (target != null) {
                        signed.add(s.actor().value() + " " + target.value());
                    }
                }
            }
        }
        for (DocumentFile d : documentFiles) {
            document(d, signed);
        }
    }

    private void document(DocumentFile d, Set<String> signed) {
        if (d.language() != null && !"en".equals(d.language()) && d.title() != null && d.title().original() == null) {
            problems.add(d.title().at(), "title.original is required: the document's language is " + d.language());
        }
        for (Slug author : nullSafe(d.authors())) {
            ref(author, actors, "actor");
        }
        for (Link link : nullSafe(d.links())) {
            if (ref(link.target(), documentSlugs, "document") && d.slug() != null
                    && link.target().value().equals(d.slug().value())) {
                problems.add(link.target().at(), "a document cannot link to itself");
            }
        }
        for (PositionEntry p : nullSafe(d.positions())) {
            ref(p.measure(), measures, "measure");
            ref(p.actor(), actors, "actor");
            ref(p.via(), documentSlugs, "document");
            Basis basis = p.basis() == null ? Basis.DIRECT : p.basis();
            if (basis == Basis.SIGNATURE) {
                if (p.actor() == null || p.via() == null) {
                    problems.add(p.at(), "basis: signature needs both 'actor' and 'via' (the document they signed)");
                } else if (!signed.contains(p.actor().value() + " " + p.via().value())) {
                    problems.add(p.via().at(), "basis: signature, but no signature of '" + p.actor().value()
                            + "' on '" + p.via().value() + "' is recorded in the corpus");
                }
            } else if (p.via() != null) {
                problems.add(p.via().at(), "'via' is only for positions with basis: signature");
            }
            for (EvidenceEntry e : nullSafe(p.evidence())) {
                evidence(e, d);
            }
        }
        for (SignatureEntry s : nullSafe(d.signatures())) {
            ref(s.actor(), actors, "actor");
            ref(s.document(), documentSlugs, "document");
            for (EvidenceEntry e : nullSafe(s.evidence())) {
                evidence(e, d);
            }
        }
    }

    private void evidence(EvidenceEntry e, DocumentFile holder) {
        DocumentFile source = holder;
        if (e.source() != null) {
            if (!ref(e.source(), documentSlugs, "document")) {
                return;
            }
            source = documents.get(e.source().value());
        }
        if (source == null) {
            return;
        }
        String language = e.language() != null ? e.language() : source.language();
        if (language != null && !"en".equals(language) && e.translation() == null) {
            problems.add(e.at(), "translation is required: the quote is in '" + language
                    + "'; give an English rendering");
        }
        if (source.seed() == null && e.source() == null && holder.seed() == null) {
            problems.add(e.at(), "evidence needs a source text: set 'seed' on document '"
                    + (holder.slug() == null ? "?" : holder.slug().value())
                    + "' or name the document whose text holds the quote in 'source'");
        } else if (source.seed() == null) {
            problems.add(e.source() != null ? e.source().at() : e.at(), "document '"
                    + (source.slug() == null ? "?" : source.slug().value())
                    + "' has no 'seed', so the line numbers cannot be checked: name as 'source' the document whose text holds the quote");
        }
    }

    /** Registers a definition; false if it is a duplicate or missing. */
    private boolean define(Slug slug, Loc fileAt, String kind, Map<String, Slug> into) {
        if (slug == null) {
            return false;
        }
        String file = fileAt.file();
        String expected = slug.value() + ".yaml";
        if (!file.endsWith("/" + expected) && !file.equals(expected)) {
            problems.add(slug.at(), "the file name must be the slug: rename the file to " + expected
                    + " or change the slug");
        }
        return unique(slug, kind, into);
    }

    private boolean unique(Slug slug, String kind, Map<String, Slug> into) {
        Slug first = into.putIfAbsent(slug.value(), slug);
        if (first != null) {
            problems.add(slug.at(), "duplicate " + kind + " slug '" + slug.value() + "' (already defined at " + first.at() + ")");
            return false;
        }
        return true;
    }

    /** Checks a reference; true when it resolves (or is absent). */
    private boolean ref(Slug slug, Map<String, Slug> known, String kind) {
        if (slug == null) {
            return true;
        }
        if (!known.containsKey(slug.value()) && !unreadable.contains(slug.value())) {
            String hint = unreadable.isEmpty() ? "" : " (it may be defined in a file that could not be read; fix that first)";
            problems.add(slug.at(), "unknown " + kind + " '" + slug.value() + "': no " + kind + " with this slug in the corpus" + hint);
            return false;
        }
        return true;
    }
}
