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

    /**
     * What a check of some files knows of the corpus files it did not read, as the last import
     * left them (null when every file is read): the slugs of the document and actor files there
     * are, the document defining each measure the read files define or take a position on, and
     * the {@code "<actor> <document>"} pairs signed in documents that were not read.
     */
    record Outside(java.util.function.Predicate<String> documents, java.util.function.Predicate<String> actors,
            Map<String, String> measureOwners, Set<String> signed) {
    }

    private Outside outside;
    /** Slugs of the documents read (checked or context): the files, not the last import, say what they define. */
    private final Set<String> read = new HashSet<>();

    CorpusValidator(Problems problems, Set<String> unreadable) {
        this.problems = problems;
        this.unreadable = unreadable;
    }

    void validate(List<ActorFile> actorFiles, List<DocumentFile> documentFiles) {
        validate(actorFiles, documentFiles, List.of(), null);
    }

    /**
     * Checks {@code actorFiles} and {@code documentFiles} as a part of a corpus: {@code context}
     * holds documents they refer to, read to look things up in but not checked, and
     * {@code outside} what is known of the files not read at all. With no context and no
     * outside, this is the check of a whole corpus.
     */
    void validate(List<ActorFile> actorFiles, List<DocumentFile> documentFiles, List<DocumentFile> context, Outside outside) {
        this.outside = outside;
        for (ActorFile a : actorFiles) {
            define(a.slug(), a.at(), "actor", actors);
        }
        List<DocumentFile> all = new java.util.ArrayList<>(documentFiles);
        all.addAll(context);
        for (DocumentFile d : all) {
            if (define(d.slug(), d.at(), "document", documentSlugs)) {
                documents.put(d.slug().value(), d);
                read.add(d.slug().value());
            }
            for (MeasureEntry m : nullSafe(d.measures())) {
                if (m != null && m.slug() != null) {
                    unique(m.slug(), "measure", measures);
                }
            }
        }
        if (outside != null) {
            for (DocumentFile d : documentFiles) {
                for (MeasureEntry m : nullSafe(d.measures())) {
                    String owner = m == null || m.slug() == null ? null : outside.measureOwners().get(m.slug().value());
                    if (owner != null && !read.contains(owner)) {
                        problems.add(m.slug().at(), "duplicate measure slug '" + m.slug().value()
                                + "' (already defined in document '" + owner + "')");
                    }
                }
            }
        }
        for (ActorFile a : actorFiles) {
            actor(a); // after the documents: its references may name them
        }
        Set<String> signed = new HashSet<>();
        if (outside != null) {
            signed.addAll(outside.signed());
        }
        for (DocumentFile d : all) {
            for (SignatureEntry s : nullSafe(d.signatures())) {
                String pair = pair(d, s);
                if (pair != null && !SignatureRole.NOT_ON_IT.contains(s.role())) {
                    signed.add(pair);
                }
            }
        }
        for (DocumentFile d : documentFiles) {
            document(d, signed);
            identities(d);
        }
        withdrawals(all, documentFiles);
    }

    /**
     * A withdrawn signature replaces the record of the name on the list: an actor that withdrew
     * from a document cannot also have signed or initiated it (among the documents read), or the
     * document would both count and not count them.
     */
    private void withdrawals(List<DocumentFile> all, List<DocumentFile> checked) {
        Map<String, SignatureEntry> endorsing = new HashMap<>();
        for (DocumentFile d : all) {
            for (SignatureEntry s : nullSafe(d.signatures())) {
                String pair = pair(d, s);
                if (pair != null && SignatureRole.ENDORSING.contains(s.role())) {
                    endorsing.putIfAbsent(pair, s);
                }
            }
        }
        for (DocumentFile d : checked) {
            for (SignatureEntry s : nullSafe(d.signatures())) {
                String pair = pair(d, s);
                SignatureEntry other = pair == null || s.role() != SignatureRole.WITHDRAWN ? null : endorsing.get(pair);
                if (other != null) {
                    problems.add(s.at(), "'" + s.actor().value() + "' withdrew the signature of '"
                            + (s.document() != null ? s.document() : d.slug()).value()
                            + "' but is also recorded as " + other.role().code() + " at " + other.at()
                            + ": keep one withdrawn record with the evidence of both and remove the other");
                }
            }
        }
    }

    /** {@code "<actor> <signed document>"}, or null when the record could not be bound. */
    private static String pair(DocumentFile d, SignatureEntry s) {
        Slug target = s.document() != null ? s.document() : d.slug();
        return s.actor() == null || s.role() == null || target == null ? null : s.actor().value() + " " + target.value();
    }

    /** Whether a slug not among the files read is defined by a file that was not read. */
    private boolean outside(Slug slug, String kind) {
        if (outside == null) {
            return false;
        }
        String s = slug.value();
        return switch (kind) {
            case "document" -> outside.documents().test(s);
            case "actor" -> outside.actors().test(s);
            case "measure" -> {
                String owner = outside.measureOwners().get(s);
                yield owner != null && !read.contains(owner); // a document read says itself what it defines
            }
            default -> false;
        };
    }

    /** Two items with the same stable identifier would share a permalink: refuse, and say where the first is. */
    private void identities(DocumentFile d) {
        if (d.slug() == null) {
            return;
        }
        Map<String, Loc> seen = new HashMap<>();
        for (PositionEntry p : nullSafe(d.positions())) {
            if (p.measure() == null) {
                continue;
            }
            String key = Keys.position(d, p);
            Loc first = seen.putIfAbsent(key, p.at());
            if (first != null) {
                problems.add(p.at(), "a second position of " + (p.actor() == null ? "this document" : "'" + p.actor().value() + "'")
                        + " on '" + p.measure().value() + "' (the first is at " + first
                        + "): give one position with all its evidence");
            }
            quotes(key, d, p.evidence());
        }
        for (SignatureEntry s : nullSafe(d.signatures())) {
            if (s.actor() == null || s.role() == null) {
                continue;
            }
            String key = Keys.signature(d, s);
            Loc first = seen.putIfAbsent(key, s.at());
            if (first != null) {
                problems.add(s.at(), "the same signature twice ('" + s.actor().value() + "', " + s.role().code()
                        + "; the first is at " + first + "): give it once with all its evidence");
            }
            quotes(key, d, s.evidence());
        }
    }

    private void quotes(String owner, DocumentFile d, List<EvidenceEntry> evidence) {
        Map<String, Loc> seen = new HashMap<>();
        for (EvidenceEntry e : nullSafe(evidence)) {
            if (e.quote() == null) {
                continue;
            }
            Loc first = seen.putIfAbsent(Keys.evidence(owner, d, e), e.at());
            if (first != null) {
                problems.add(e.at(), "the same quote twice in one list (the first is at " + first + ")");
            }
        }
    }

    /** An actor's affiliation and description are facts: each needs a reference saying where it comes from. */
    private void actor(ActorFile a) {
        Format.ActorReferences refs = a.references();
        String why = "add references.%s with the url or the document (and lines) that states it, or remove the value";
        reference(true, a.affiliation() != null, refs == null ? null : refs.affiliation(), a.at(), "affiliation", why);
        reference(true, a.description() != null, refs == null ? null : refs.description(), a.at(), "description", why);
    }

    /** A value's reference is checked when given; when the value needs one and has none, that is a problem at {@code at}. */
    private void reference(boolean required, boolean present, Format.Reference reference, Loc at, String field, String why) {
        if (reference != null) {
            reference(reference, field, present);
        } else if (required && present) {
            problems.add(at, "'" + field + "' needs a reference: " + why.formatted(field));
        }
    }

    private void reference(Format.Reference r, String field, boolean present) {
        if (!present) {
            problems.add(r.at(), "references." + field + " refers to a value this file does not give");
        }
        if ((r.url() == null) == (r.document() == null)) {
            problems.add(r.at(), "a reference gives exactly one of 'url' and 'document'");
        }
        if (r.lines() != null && r.document() == null) {
            problems.add(r.at(), "'lines' locates the value in the source text of a 'document'; give the document");
        }
        if (r.document() != null) {
            ref(r.document(), documentSlugs, "document");
        }
    }

    private static final Set<org.concordance.document.LinkRelation> REPOSTS = Set.of(
            org.concordance.document.LinkRelation.TRANSLATION_OF);

    private void document(DocumentFile d, Set<String> signed) {
        if (d.language() != null && !"en".equals(d.language()) && d.title() != null && d.title().original() == null) {
            problems.add(d.title().at(), "title.original is required: the document's language is " + d.language());
        }
        metadata(d);
        boolean translation = nullSafe(d.links()).stream().anyMatch(l -> REPOSTS.contains(l.relation()));
        if (translation) {
            String original = nullSafe(d.links()).stream().filter(l -> REPOSTS.contains(l.relation()) && l.target() != null)
                    .map(l -> l.target().value()).findFirst().orElse("?");
            for (MeasureEntry m : nullSafe(d.measures())) {
                problems.add(m.at(), "a translation states the measures of its original: define this measure in '"
                        + original + "' and quote this text there as evidence (source: " + slug(d) + ")");
            }
            for (PositionEntry p : nullSafe(d.positions())) {
                if (p.actor() == null) {
                    problems.add(p.at(), "a translation is not a second proposer: record this stance on the position of '"
                            + original + "', with this quote as evidence (source: " + slug(d) + ")");
                }
            }
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
            ref(p.reportedBy(), actors, "actor");
            if (basis == Basis.REPORTED) {
                if (p.actor() == null || p.reportedBy() == null) {
                    problems.add(p.at(), "basis: reported needs both 'actor' (whose stance) and 'reported-by' (the actor who describes it)");
                } else if (p.actor().value().equals(p.reportedBy().value())) {
                    problems.add(p.reportedBy().at(), "'reported-by' is a third party: an actor's own words have basis: direct");
                }
            } else if (p.reportedBy() != null) {
                problems.add(p.reportedBy().at(), "'reported-by' is only for positions with basis: reported");
            }
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

    /**
     * Metadata that the document's own source text does not state needs a reference. Without a
     * source text nothing states it, so every value given needs one (a descriptive title excepted:
     * it is the corpus's own description and flagged as such).
     */
    private void metadata(DocumentFile d) {
        Format.DocumentReferences refs = d.references();
        boolean ownText = d.sourceText() != null;
        boolean descriptive = d.title() != null && Boolean.TRUE.equals(d.title().descriptive());
        String why = "the document has no source-text of its own, so add references.%s (the url or the document "
                + "that states it) or remove the value";
        reference(!ownText && !descriptive, d.title() != null, refs == null ? null : refs.title(), d.at(), "title", why);
        reference(!ownText, d.published() != null, refs == null ? null : refs.published(), d.at(), "published", why);
        reference(!ownText, d.publisher() != null, refs == null ? null : refs.publisher(), d.at(), "publisher", why);
        reference(!ownText, d.url() != null, refs == null ? null : refs.url(), d.at(), "url", why);
        reference(false, d.authors() != null && !d.authors().isEmpty(), refs == null ? null : refs.authors(), d.at(),
                "authors", why);
    }

    private static String slug(DocumentFile d) {
        return d.slug() == null ? "?" : d.slug().value();
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
        if (source.sourceText() == null && e.source() == null && holder.sourceText() == null) {
            problems.add(e.at(), "evidence needs a source text: set 'source-text' on document '"
                    + (holder.slug() == null ? "?" : holder.slug().value())
                    + "' or name the document whose text holds the quote in 'source'");
        } else if (source.sourceText() == null) {
            problems.add(e.source() != null ? e.source().at() : e.at(), "document '"
                    + (source.slug() == null ? "?" : source.slug().value())
                    + "' has no 'source-text', so the line numbers cannot be checked: name as 'source' the document whose text holds the quote");
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
        if (!known.containsKey(slug.value()) && !unreadable.contains(slug.value()) && !outside(slug, kind)) {
            String hint = unreadable.isEmpty() ? "" : " (it may be defined in a file that could not be read; fix that first)";
            problems.add(slug.at(), "unknown " + kind + " '" + slug.value() + "': no " + kind + " with this slug in the corpus" + hint);
            return false;
        }
        return true;
    }
}
