package org.concordance.download;

import static org.concordance.download.Table.bool;
import static org.concordance.download.Table.code;
import static org.concordance.download.Table.date;
import static org.concordance.download.Table.integer;
import static org.concordance.download.Table.key;
import static org.concordance.download.Table.optionalCode;
import static org.concordance.download.Table.required;
import static org.concordance.download.Table.text;

import java.util.List;

/**
 * The tables of the bulk download, in the order a loader needs them (a table's references come
 * before it). Identifiers are the corpus's own: slugs and stable identifiers, never database ids.
 * Every query is portable SQL (H2 and PostgreSQL) and reads its table in primary-key order.
 */
final class Tables {

    private Tables() {
    }

    static final Table DOCUMENTS = new Table("documents", "Documents",
            "Letters, statements, reports and articles, with their source text's name and SHA-256", List.of(
                    required("slug", "the document's identifier"),
                    code("kind", "open-letter, statement, report, article, ..."),
                    required("language", "the original language (en, zh ...)"),
                    required("title_en", "the title in English"),
                    text("title_original", "the title in the original language"),
                    bool("title_descriptive", "true: the document has no title of its own; this one describes it"),
                    date("published", "the date of publication; empty when no source gives one"),
                    text("publisher", "who published it"),
                    text("url", "where it was published"),
                    text("source_text", "the file of its source text in proposals/sources"),
                    text("source_text_sha256", "SHA-256 of that text, which line numbers and offsets refer to"),
                    text("summary_en", "a curator's summary in English"),
                    text("summary_zh", "a curator's summary in Chinese")),
            List.of("slug"), List.of(),
            "select d.slug, d.kind, d.language, d.title_en, d.title_original, d.title_descriptive, d.published, d.publisher, d.url, "
                    + "t.name, t.sha256, d.summary_en, d.summary_zh from document d left join source_text t on t.id = d.source_text_id "
                    + "order by d.slug");

    static final Table ACTORS = new Table("actors", "Actors", "People and organisations", List.of(
            required("slug", "the actor's identifier"),
            code("kind", "person, organisation, ..."),
            required("name_en", "the name in English"),
            text("name_zh", "the name in Chinese"),
            text("affiliation", "as a source or a reference states it"),
            text("description", "as a source or a reference states it")),
            List.of("slug"), List.of(),
            "select a.slug, a.kind, a.name_en, a.name_zh, a.affiliation, a.description from actor a order by a.slug");

    static final Table AUTHORS = new Table("document-authors", "Document authors", "Who wrote each document, in order", List.of(
            required("document", "the document"),
            integer("ordinal", "the author's place, from 0"),
            required("actor", "the author")),
            List.of("document", "ordinal"), List.of(key("document", "documents", "slug"), key("actor", "actors", "slug")),
            "select d.slug, x.ordinal, a.slug from document_author x join document d on d.id = x.document_id "
                    + "join actor a on a.id = x.actor_id order by d.slug, x.ordinal");

    static final Table LINKS = new Table("document-links", "Document links", "Typed links between documents: source relation target",
            List.of(required("source", "the document that links"),
                    code("relation", "responds-to, translation-of, ..."),
                    required("target", "the document linked to")),
            List.of("source", "relation", "target"),
            List.of(key("source", "documents", "slug"), key("target", "documents", "slug")),
            "select s.slug, l.relation, t.slug from document_link l join document s on s.id = l.source_id "
                    + "join document t on t.id = l.target_id order by s.slug, l.relation, t.slug");

    static final Table MEASURES = new Table("measures", "Measures",
            "Typed governance measures; 'parameters' holds the typed parameters as JSON (the silent ones left out)", List.of(
                    required("slug", "the measure's identifier"),
                    code("type", "moratorium, compute-tracking, watermarking, ..."),
                    required("document", "the document that states it"),
                    required("name_en", "its name in English"),
                    text("name_zh", "its name in Chinese"),
                    text("summary_en", "a curator's summary"),
                    new Table.Field("parameters", "object", "the parameters of its type that the document states, as JSON", false,
                            Table.Value.PLAIN)),
            List.of("slug"), List.of(key("document", "documents", "slug")),
            "select m.slug, m.type, d.slug, m.name_en, m.name_zh, m.summary_en, m.parameters_json from measure m "
                    + "join document d on d.id = m.document_id order by m.slug");

    static final Table POSITIONS = new Table("positions", "Positions",
            "Stances on measures: a document's own (no actor) or an actor's, with how it is known", List.of(
                    required("id", "the position's stable identifier"),
                    required("measure", "the measure"),
                    code("measure_type", "the measure's type"),
                    text("actor", "whose position; empty for the document's own"),
                    required("document", "the document that records it"),
                    date("date", "that document's publication date"),
                    code("stance", "proposes, supports, conditionally-supports, opposes, insufficient, silent, ..."),
                    code("basis", "direct, signature or reported"),
                    text("via", "the document a signature-based position rests on"),
                    text("reported_by", "the third party whose account this is"),
                    text("note", "a curator's note")),
            List.of("id"),
            List.of(key("measure", "measures", "slug"), key("actor", "actors", "slug"), key("document", "documents", "slug"),
                    key("via", "documents", "slug"), key("reported_by", "actors", "slug")),
            "select p.stable_id, m.slug, m.type, a.slug, d.slug, d.published, p.stance, p.basis, v.slug, r.slug, p.note "
                    + "from position p join measure m on m.id = p.measure_id join document d on d.id = p.document_id "
                    + "left join actor a on a.id = p.actor_id left join document v on v.id = p.via_document_id "
                    + "left join actor r on r.id = p.reported_by_id order by p.stable_id");

    static final Table SIGNATURES = new Table("signatures", "Signatures", "Who signed, initiated, convened, declined or withdrew from which document",
            List.of(required("id", "the signature's stable identifier"),
                    required("actor", "the signatory"),
                    required("document", "the document signed"),
                    required("recorded_in", "the document that reports the signature"),
                    code("role", "initiated, convened, signed, declined or withdrawn"),
                    text("affiliation", "as given with the signature"),
                    text("reason", "a reason given, e.g. for declining")),
            List.of("id"),
            List.of(key("actor", "actors", "slug"), key("document", "documents", "slug"), key("recorded_in", "documents", "slug")),
            "select s.stable_id, a.slug, d.slug, r.slug, s.role, s.affiliation, s.reason from signature s "
                    + "join actor a on a.id = s.actor_id join document d on d.id = s.document_id "
                    + "join document r on r.id = s.recorded_in_id order by s.stable_id");

    static final Table EVIDENCE = new Table("evidence", "Evidence",
            "Every verbatim quote behind a position or a signature, with its locator and its W3C Web Annotation selector", List.of(
                    required("id", "the quote's stable identifier"),
                    text("position", "the position it supports (or empty)"),
                    text("signature", "the signature it supports (or empty)"),
                    integer("ordinal", "its place among its owner's quotes, from 0"),
                    required("source", "the document whose source text holds it"),
                    required("quote", "the quote as the curator gives it"),
                    required("language", "its language"),
                    text("translation_en", "its English rendering"),
                    integer("line_start", "first line in the source text, from 1"),
                    integer("line_end", "last line, inclusive"),
                    text("section", "the section as the source names it"),
                    required("exact", "the text exactly as the source writes it (TextQuoteSelector exact)"),
                    required("prefix", "up to 32 characters before it"),
                    required("suffix", "up to 32 characters after it"),
                    integer("start", "offset of its first character, in Unicode code points from the start of the text"),
                    integer("end", "offset after its last character (exclusive)"),
                    required("text_sha256", "SHA-256 of the source text the offsets count into")),
            List.of("id"),
            List.of(key("position", "positions", "id"), key("signature", "signatures", "id"), key("source", "documents", "slug")),
            "select e.stable_id, p.stable_id, s.stable_id, e.ordinal, src.slug, e.quote, e.language, e.translation_en, e.line_start, "
                    + "e.line_end, e.section, e.exact, e.prefix, e.suffix, e.start_offset, e.end_offset, t.sha256 from evidence e "
                    + "left join position p on p.id = e.position_id left join signature s on s.id = e.signature_id "
                    + "join document src on src.id = e.source_id left join source_text t on t.id = src.source_text_id "
                    + "order by e.stable_id");

    static final List<Table> ALL = List.of(DOCUMENTS, ACTORS, AUTHORS, LINKS, MEASURES, POSITIONS, SIGNATURES, EVIDENCE);
}
