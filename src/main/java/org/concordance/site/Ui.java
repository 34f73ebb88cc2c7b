package org.concordance.site;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.concordance.Coded;
import org.concordance.measure.MeasureType;
import org.concordance.web.Links;

/**
 * Everything a template needs about the request it renders: the language (and whether the
 * reader chose it explicitly, so links keep the choice), links built from the root path,
 * and the UI strings of {@code messages/messages*.properties}.
 */
public final class Ui {

    private final Language language;
    private final boolean explicit;
    private final Links links;
    private final String path;
    private final ResourceBundle messages;

    /** The context of one request: its explicit language choice (if any), Accept-Language and path. */
    public static Ui of(String chosen, String acceptLanguage, Links links, jakarta.ws.rs.core.UriInfo uri) {
        Language l = chosen == null ? null : Coded.fromCode(Language.class, chosen).orElse(null);
        String query = uri.getRequestUri().getRawQuery();
        String path = uri.getPath().replaceFirst("^/", "") + (query == null ? "" : "?" + query);
        return new Ui(l != null ? l : Language.fromAcceptLanguage(acceptLanguage), l != null, links, path);
    }

    /** A page at {@code path} (without its language prefix) rendered in one language, chosen explicitly: the static export's. */
    public static Ui of(Language language, Links links, String path) {
        return new Ui(language, true, links, path);
    }

    Ui(Language language, boolean explicit, Links links, String path) {
        this.language = language;
        this.explicit = explicit;
        this.links = links;
        this.path = path.startsWith("/") ? path.substring(1) : path;
        this.messages = ResourceBundle.getBundle("messages.messages", language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    public String lang() {
        return language == Language.ZH ? "zh-Hans" : "en";
    }

    public boolean zh() {
        return language == Language.ZH;
    }

    /** A UI string. */
    public String t(String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A UI string with its placeholders {0}, {1}... filled in order. */
    public String t(String key, Object... args) {
        String v = t(key);
        for (int i = 0; i < args.length; i++) {
            v = v.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return v;
    }

    /** A link inside the site, keeping an explicit language choice. */
    public String href(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return links.to(explicit ? language.code() + "/" + p : p);
    }

    public String document(String slug) {
        return href("documents/" + Links.encode(slug));
    }

    public String measure(String slug) {
        return href("measures/" + Links.encode(slug));
    }

    /** A root-relative link of the site (as the API gives them) in the reader's chosen language. */
    public String local(String rootRelative) {
        String root = links.to("");
        return rootRelative.startsWith(root) ? href(rootRelative.substring(root.length())) : rootRelative;
    }

    /** The source text of a document, opened at a line. */
    public String sourceText(String slug, int line) {
        return href("documents/" + Links.encode(slug) + "/text") + "#L" + line;
    }

    /** The exact source text of a document, as the API serves it (offsets in selectors count into it). */
    public String plainText(String slug) {
        return links.to("api/documents/" + Links.encode(slug) + "/text");
    }

    /** Where a quote stands, in the page's language: its section (as the source names it) and lines. */
    public String locator(org.concordance.position.Refs.EvidenceView ev) {
        String lines = lines(ev.lineStart() == ev.lineEnd() ? String.valueOf(ev.lineStart()) : ev.lineStart() + "-" + ev.lineEnd());
        return ev.section() == null ? lines : ev.section() + (zh() ? "，" : ", ") + lines;
    }

    /**
     * A document's title in the page's language; a descriptive title (the document has none of its
     * own in the sources) in square brackets, as catalogues write a supplied title.
     */
    public String title(org.concordance.position.Refs.DocumentRef d) {
        String name = name(d.titleEn(), d.titleOriginal());
        return d.titleDescriptive() ? "[" + name + "]" : name;
    }

    /** A line locator in words: "line 3" / "lines 3-5", or 第3行 in Chinese. */
    public String lines(String locator) {
        if (zh()) {
            return "第" + locator + "行";
        }
        return (locator.contains("-") ? "lines " : "line ") + locator;
    }

    /** The source text page at a quote's anchor (highlighted there). */
    public String quote(String slug, String evidenceId) {
        return href("documents/" + Links.encode(slug) + "/text") + "#evidence-" + evidenceId;
    }

    public String sourceText(String slug) {
        return href("documents/" + Links.encode(slug) + "/text");
    }

    public String actor(String slug) {
        return href("actors/" + Links.encode(slug));
    }

    public String type(Object type) {
        return href("measure-types/" + (type instanceof Coded c ? c.code() : String.valueOf(type)));
    }

    /** Plain root-relative link to a static asset or an API resource (no language prefix). */
    public String asset(String p) {
        return links.to(p);
    }

    /** This page in the other language. */
    public String switchLanguage() {
        Language other = language == Language.ZH ? Language.EN : Language.ZH;
        return links.to(other.code() + "/" + path);
    }

    public String otherLanguageName() {
        return language == Language.ZH ? "English" : "中文";
    }

    /** This page's permanent address (language explicit). */
    public String permalink() {
        return links.to(language.code() + "/" + path);
    }

    /** Shows the name in the reader's language first and the other script after it, when both exist. */
    public String name(String en, String zh) {
        if (zh == null || zh.isBlank() || zh.equals(en)) {
            return en;
        }
        if (en == null || en.isBlank()) {
            return zh;
        }
        return language == Language.ZH ? zh + "（" + en + "）" : en + " (" + zh + ")";
    }

    /** What a search hit is (document, measure, person or organisation, quote), in the page's language. */
    public String searchKind(String kind) {
        return t("search.kind." + kind);
    }

    public String typeLabel(Object type) {
        MeasureType t = type instanceof MeasureType m ? m
                : Coded.fromCode(MeasureType.class, String.valueOf(type)).orElse(null);
        return t == null ? String.valueOf(type) : zh() ? t.labelZh() : t.labelEn();
    }

    public record Param(String key, String value) {
    }

    /** The stated parameters of a measure, as label and value in the page's language (silent ones left out). */
    public java.util.List<Param> params(Object parameters) {
        java.util.List<Param> out = new java.util.ArrayList<>();
        if (parameters == null || !parameters.getClass().isRecord()) {
            return out;
        }
        for (java.lang.reflect.RecordComponent c : parameters.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(parameters);
                if (v != null) {
                    out.add(new Param(param(org.concordance.corpus.Binder.key(c.getName())), value(v)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** A parameter's label in the page's language ({@code param.<key>} of the bundle), its key where none is given. */
    public String param(String key) {
        String k = "param." + key;
        String v = t(k);
        return v.equals(k) ? key : v;
    }

    /**
     * A parameter value in the page's language: yes and no, the labels of coded values ({@code value.<code>}),
     * numbers without trailing zeros; text as the source gives it.
     */
    public String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return t(b ? "value.yes" : "value.no");
        }
        if (v instanceof Coded c) {
            String k = "value." + c.code();
            String label = t(k);
            return label.equals(k) ? c.code() : label;
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    /** The UI string {@code <prefix>.<code>} of a coded value ({@code change.kind}, a kind: "document"). */
    public String keyed(String prefix, Object coded) {
        return t(prefix + "." + code(coded));
    }

    /** The page of a corpus version's changes. */
    public String changes(String version) {
        return href("changes/" + version);
    }

    /** The fields whose values are codes: shown by their label. */
    private static final java.util.Set<String> CODED_FIELDS = java.util.Set.of("kind", "type", "stance", "basis", "role");

    /** The name of a field a change lists ({@code change.field.<name>}; a parameter by its label). */
    public String field(String name) {
        if (name.startsWith("parameters.")) {
            return t("change.field.parameters") + ": " + param(name.substring("parameters.".length()));
        }
        String k = "change.field." + name;
        String v = t(k);
        return v.equals(k) ? name : v;
    }

    /** A field's value as a change lists it: codes by their label, the rest as stored. */
    public String fieldValue(String name, String value) {
        if (value == null) {
            return "";
        }
        return CODED_FIELDS.contains(name) ? label(value) : value;
    }

    /** The code of a coded value or of its string form. */
    public String code(Object coded) {
        return coded instanceof Coded c ? c.code() : String.valueOf(coded);
    }

    /** Label of any coded value (stance, kind, role...) from the bundle, falling back to the code. */
    public String label(Object coded) {
        if (coded == null) {
            return "";
        }
        String code = coded instanceof Coded c ? c.code() : String.valueOf(coded);
        String key = "code." + code;
        String v = t(key);
        return v.equals(key) ? code : v;
    }

    /** Which way a stance leans ({@code compare.Leaning}: for, against...), in the page's language. */
    public String lean(Object leaning) {
        return leaning == null ? "" : t("lean." + code(leaning));
    }

    /** The permalink of a position: on its measure's page, whichever page of it shows the position now. */
    public String position(String measure, String id) {
        return href("measures/" + org.concordance.web.Links.encode(measure) + "?position=" + org.concordance.web.Links.encode(id))
                + "#position-" + id;
    }
}
