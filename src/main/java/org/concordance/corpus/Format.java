package org.concordance.corpus;

import java.time.LocalDate;
import java.util.List;

import org.concordance.actor.ActorKind;
import org.concordance.actor.SignatureRole;
import org.concordance.document.DocumentKind;
import org.concordance.document.LinkRelation;
import org.concordance.measure.MeasureType;
import org.concordance.measure.parameters.MeasureParameters;
import org.concordance.position.Basis;
import org.concordance.position.Stance;

/**
 * The corpus file format, as records. The {@link Binder} maps YAML onto these (kebab-case keys
 * for camelCase components), the JSON schema in {@code proposals/schema} is generated from
 * them, and {@link CorpusValidator} checks what a single file cannot (references, uniqueness).
 * A {@link Loc} component is not a key: it receives the place of the mapping it belongs to.
 */
public interface Format {

    String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    String LANGUAGE_HINT = "a lower-case language code such as en or zh";

    record ActorFile(
            Loc at,
            @Required Slug slug,
            @Required ActorKind kind,
            @Required ActorName name,
            @MaxLength(300) List<String> aliases,
            @MaxLength(500) String affiliation,
            String description,
            ActorReferences references,
            @MaxLength(4000) String curatorNote) {
    }

    /**
     * Where an actor's facts come from when no document of the corpus states them: a URL or a
     * document (optionally at lines of its source text).
     */
    record ActorReferences(Loc at, Reference affiliation, Reference description) {
    }

    /** Where a document's metadata comes from when its own source text does not state it. */
    record DocumentReferences(Loc at, Reference title, Reference published, Reference publisher, Reference url,
            Reference authors) {
    }

    /** One reference: exactly one of {@code url} and {@code document}; {@code lines} only with a document. */
    record Reference(
            Loc at,
            @MaxLength(2000) @Matches(value = "https?://\\S+", hint = "an http(s) URL") String url,
            Slug document,
            Lines lines,
            @MaxLength(500) String note) {
    }

    record ActorName(Loc at, @Required @MaxLength(300) String en, @MaxLength(300) String zh) {
    }

    /**
     * The record beside each source text ({@code sources/<name>.yaml} for {@code sources/<name>.txt}):
     * where the text came from. The text itself is never edited, so evidence locators hold.
     */
    record SourceTextFile(
            Loc at,
            @Required @MaxLength(2000) String provenance,
            @MaxLength(2000) @Matches(value = "https?://\\S+", hint = "an http(s) URL") String origin,
            LocalDate retrieved,
            Boolean partial,
            @MaxLength(2000) String gaps) {
    }

    record DocumentFile(
            Loc at,
            @Required Slug slug,
            @Required DocumentKind kind,
            @Required @MaxLength(16) @Matches(value = LANGUAGE, hint = LANGUAGE_HINT) String language,
            @Required Title title,
            LocalDate published,
            @MaxLength(300) String publisher,
            List<Slug> authors,
            @MaxLength(2000) @Matches(value = "https?://\\S+", hint = "an http(s) URL") String url,
            TextName sourceText,
            Summary summary,
            DocumentReferences references,
            @MaxLength(4000) String curatorNote,
            List<Link> links,
            List<MeasureEntry> measures,
            List<PositionEntry> positions,
            List<SignatureEntry> signatures) {
    }

    /** {@code descriptive: true}: the document has no title of its own in the sources; this one describes it. */
    record Title(Loc at, @Required @MaxLength(500) String en, @MaxLength(500) String original, Boolean descriptive) {
    }

    record Summary(Loc at, @Required @MaxLength(4000) String en, @MaxLength(4000) String zh) {
    }

    record Link(Loc at, @Required LinkRelation relation, @Required Slug target) {
    }

    record MeasureEntry(
            Loc at,
            @Required Slug slug,
            @Required MeasureType type,
            @Required MeasureName name,
            @MaxLength(4000) String summary,
            @TypedBy("type") MeasureParameters parameters,
            @MaxLength(4000) String curatorNote) {
    }

    record MeasureName(Loc at, @Required @MaxLength(500) String en, @MaxLength(500) String zh) {
    }

    record PositionEntry(
            Loc at,
            @Required Slug measure,
            Slug actor,
            @Required Stance stance,
            Basis basis,
            Slug via,
            Slug reportedBy,
            @MaxLength(2000) String note,
            @MaxLength(4000) String curatorNote,
            @Required List<EvidenceEntry> evidence) {
    }

    record SignatureEntry(
            Loc at,
            @Required Slug actor,
            @Required SignatureRole role,
            Slug document,
            @MaxLength(500) String affiliation,
            @MaxLength(2000) String reason,
            @MaxLength(4000) String curatorNote,
            @Required List<EvidenceEntry> evidence) {
    }

    record EvidenceEntry(
            Loc at,
            @Required @MaxLength(10000) String quote,
            @Required Lines lines,
            Slug source,
            @MaxLength(16) @Matches(value = LANGUAGE, hint = LANGUAGE_HINT) String language,
            @MaxLength(10000) String translation,
            @MaxLength(300) String section) {
    }
}
