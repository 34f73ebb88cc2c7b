package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.concordance.Coded;
import org.concordance.change.Item;
import org.concordance.change.ItemKind;
import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;
import org.concordance.corpus.Format.MeasureEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.SignatureEntry;
import org.concordance.measure.parameters.ParameterRecords;
import org.concordance.position.Basis;

/**
 * The items of a corpus version ({@link Item}): its documents, measures, positions, signatures
 * and actors by stable identifier, each with a fingerprint of what its file says of it (places
 * in the file left out, so a line moved is no change) and the fields a change is shown by.
 */
public final class CorpusItems {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A document's parts that are items of their own, left out of its fingerprint. */
    private static final Set<String> DOCUMENT_PARTS = Set.of("measures", "positions", "signatures");

    private CorpusItems() {
    }

    /** Every item of a whole corpus. */
    public static List<Item> of(Corpus corpus) {
        Map<String, String> types = new java.util.HashMap<>();
        for (DocumentFile d : corpus.documents()) {
            nullSafe(d.measures()).forEach(m -> types.put(m.slug().value(), m.type().code()));
        }
        return of(corpus.documents(), corpus.actors(), corpus.texts(), types::get);
    }

    /**
     * The items of these documents and actors; {@code measureType} gives the type of a measure
     * by slug (the measures of a partial change may be defined elsewhere).
     */
    public static List<Item> of(Collection<DocumentFile> documents, Collection<ActorFile> actors,
            Map<String, SourceText> texts, Function<String, String> measureType) {
        List<Item> items = new ArrayList<>();
        for (ActorFile a : actors) {
            Map<String, String> f = new LinkedHashMap<>();
            put(f, "name", a.name().en());
            put(f, "name-zh", a.name().zh());
            put(f, "kind", a.kind().code());
            put(f, "affiliation", a.affiliation());
            items.add(new Item(ItemKind.ACTOR, a.slug().value(), a.slug().value(), fingerprint(a, Set.of()), f));
        }
        for (DocumentFile d : documents) {
            String doc = d.slug().value();
            Map<String, String> f = new LinkedHashMap<>();
            put(f, "title", d.title().en());
            put(f, "title-original", d.title().original());
            put(f, "kind", d.kind().code());
            put(f, "language", d.language());
            put(f, "published", d.published() == null ? null : d.published().toString());
            put(f, "publisher", d.publisher());
            put(f, "authors", join(nullSafe(d.authors()).stream().map(Slug::value).toList()));
            put(f, "url", d.url());
            SourceText text = d.sourceText() == null ? null : texts.get(d.sourceText().value());
            put(f, "source-text", d.sourceText() == null ? null
                    : d.sourceText().value() + (text == null ? "" : " sha256:" + text.sha256().substring(0, 12)));
            put(f, "links", join(nullSafe(d.links()).stream().map(l -> l.relation().code() + " " + l.target().value()).toList()));
            items.add(new Item(ItemKind.DOCUMENT, doc, doc, fingerprint(d, DOCUMENT_PARTS, text == null ? null : text.sha256()), f));
            for (MeasureEntry m : nullSafe(d.measures())) {
                Map<String, String> mf = new LinkedHashMap<>();
                put(mf, "type", m.type().code());
                put(mf, "name", m.name().en());
                put(mf, "name-zh", m.name().zh());
                put(mf, "document", doc);
                if (m.parameters() != null) {
                    parameters(mf, ParameterRecords.toJson(m.parameters()));
                }
                items.add(new Item(ItemKind.MEASURE, m.slug().value(), doc, fingerprint(m, Set.of()), mf));
            }
            for (PositionEntry p : nullSafe(d.positions())) {
                Map<String, String> pf = new LinkedHashMap<>();
                put(pf, "measure", p.measure().value());
                put(pf, "type", measureType.apply(p.measure().value()));
                put(pf, "actor", p.actor() == null ? null : p.actor().value());
                put(pf, "document", doc);
                put(pf, "stance", p.stance().code());
                put(pf, "basis", (p.basis() == null ? Basis.DIRECT : p.basis()).code());
                put(pf, "via", p.via() == null ? null : p.via().value());
                put(pf, "reported-by", p.reportedBy() == null ? null : p.reportedBy().value());
                put(pf, "evidence", evidence(doc, p.evidence()));
                items.add(new Item(ItemKind.POSITION, Keys.position(d, p), doc,
                        fingerprint(p, Set.of(), pf.get("type")), pf));
            }
            for (SignatureEntry s : nullSafe(d.signatures())) {
                Map<String, String> sf = new LinkedHashMap<>();
                put(sf, "actor", s.actor().value());
                put(sf, "role", s.role().code());
                put(sf, "document", s.document() == null ? doc : s.document().value());
                put(sf, "recorded-in", doc);
                put(sf, "affiliation", s.affiliation());
                put(sf, "evidence", evidence(doc, s.evidence()));
                items.add(new Item(ItemKind.SIGNATURE, Keys.signature(d, s), doc, fingerprint(s, Set.of()), sf));
            }
        }
        return items;
    }

    /** Each parameter the measure states, as a field {@code parameters.<name>} with its JSON value. */
    private static void parameters(Map<String, String> fields, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    fields.put("parameters." + e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
                }
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("parameters are not JSON: " + json, e);
        }
    }

    /** Where the quotes are: {@code source:lines} each, in the file's order. */
    private static String evidence(String doc, List<EvidenceEntry> evidence) {
        return join(nullSafe(evidence).stream().map(e -> (e.source() == null ? doc : e.source().value()) + ":"
                + e.lines().start() + (e.lines().end() == e.lines().start() ? "" : "-" + e.lines().end())).toList());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /**
     * SHA-256 (32 hex digits) of a canonical rendering of a record: every component by name,
     * except places ({@link Loc}) and the named parts, nested records and lists alike; then {@code also}.
     */
    static String fingerprint(Record record, Set<String> without, String... also) {
        StringBuilder out = new StringBuilder(512);
        render(record, without, out);
        for (String a : also) {
            out.append('|');
            render(a, Set.of(), out);
        }
        java.security.MessageDigest d = DIGEST.get();
        d.reset();
        return java.util.HexFormat.of().formatHex(d.digest(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 16);
    }

    /** One SHA-256 per thread: an import hashes every item. */
    private static final ThreadLocal<java.security.MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** The components of each record type, read once (with their accessors) rather than per item. */
    private static final ClassValue<List<Part>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                parts.add(new Part(c.getName(), c.getType() == Loc.class, accessor));
            }
            return List.copyOf(parts);
        }
    };

    /** A record component: its name, whether it is a place in the file, its accessor. */
    private record Part(String name, boolean place, java.lang.reflect.Method accessor) {
    }

    private static void render(Object value, Set<String> without, StringBuilder out) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof Loc) {
            out.append('@');
        } else if (value instanceof Slug s) {
            quoted(s.value(), out);
        } else if (value instanceof TextName t) {
            quoted(t.value(), out);
        } else if (value instanceof Coded c) {
            quoted(c.code(), out);
        } else if (value instanceof Record r) {
            out.append('{');
            for (Part c : COMPONENTS.get(r.getClass())) {
                if (c.place() || without.contains(c.name())) {
                    continue;
                }
                out.append(c.name()).append('=');
                try {
                    render(c.accessor().invoke(r), Set.of(), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                out.append(';');
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            list.forEach(v -> {
                render(v, Set.of(), out);
                out.append(',');
            });
            out.append(']');
        } else {
            quoted(value.toString(), out);
        }
    }

    private static void quoted(String s, StringBuilder out) {
        out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
